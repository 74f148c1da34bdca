package org.communitysafety.core.aggregate;

import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * A data set as the aggregation core reads it: the jurisdiction tree, the taxonomy, the
 * year-specific populations and the records as column stores — built straight from files by
 * {@code DatasetReader.readColumnar}, or from a {@link Dataset} by {@link #of(Dataset)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tree        the jurisdictions
 * @param taxonomy    the incident categories
 * @param populations year-specific populations
 * @param incidents   the incidents as columns
 * @param disputes    the disputes as columns
 * @param outreach    the outreach sessions as columns
 */
public record ColumnarDataset(JurisdictionTree tree, Taxonomy taxonomy, Populations populations,
        IncidentStore incidents, RecordStore<DisputeMeasure> disputes, RecordStore<OutreachMeasure> outreach) {
    public ColumnarDataset {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(disputes, "disputes");
        Objects.requireNonNull(outreach, "outreach");
        if (disputes.kind() != RecordKind.DISPUTES || outreach.kind() != RecordKind.OUTREACH) {
            throw new IllegalArgumentException("the dispute and outreach stores hold " + disputes.kind() + " and "
                    + outreach.kind());
        }
        if (disputes.unitCount() != tree.size() || outreach.unitCount() != tree.size()) {
            throw new IllegalArgumentException("the dispute and outreach stores have " + disputes.unitCount() + " and "
                    + outreach.unitCount() + " units; the tree " + tree.size());
        }
        if (incidents.unitCount() != tree.size() || incidents.categoryCount() != taxonomy.size()) {
            throw new IllegalArgumentException("the incident store has " + incidents.unitCount() + " units and "
                    + incidents.categoryCount() + " categories; the tree " + tree.size() + " and the taxonomy "
                    + taxonomy.size());
        }
    }

    /** The records of a data set as column stores. */
    public static ColumnarDataset of(Dataset data) {
        return new ColumnarDataset(data.tree(), data.taxonomy(), data.populations(), IncidentStore.of(data),
                RecordStore.disputesOf(data), RecordStore.outreachOf(data));
    }

    @Override
    public String toString() {
        return "ColumnarDataset[" + tree + ", " + taxonomy.size() + " categories, " + incidents + ", " + disputes + ", "
                + outreach + "]";
    }
}
