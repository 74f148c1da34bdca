package org.communitysafety.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Everything one data directory holds: the jurisdiction tree, the taxonomy, year-specific
 * populations and the three kinds of record.
 *
 * <p>The factory checks that the records are consistent with the tree and the taxonomy (every
 * unit and category exists); readers check much more and report it against file lines, see
 * {@link org.communitysafety.core.io.DatasetReader}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints a bounded summary, handy in JShell.
 *
 * @param tree        the jurisdictions
 * @param taxonomy    the incident categories
 * @param populations year-specific populations (possibly none)
 * @param incidents   incidents, in file order
 * @param disputes    disputes, in file order
 * @param outreach    outreach sessions, in file order
 */
public record Dataset(
        JurisdictionTree tree,
        Taxonomy taxonomy,
        Populations populations,
        List<Incident> incidents,
        List<Dispute> disputes,
        List<OutreachSession> outreach) {

    public Dataset {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(populations, "populations");
        incidents = List.copyOf(incidents);
        disputes = List.copyOf(disputes);
        outreach = List.copyOf(outreach);
        for (Incident i : incidents) {
            Check.argument(tree.contains(i.unit()), "incident %s: unknown unit %s", i.id(), i.unit());
            Check.argument(taxonomy.contains(i.category()), "incident %s: unknown category %s", i.id(), i.category());
        }
        for (Dispute d : disputes) {
            Check.argument(tree.contains(d.unit()), "dispute %s: unknown unit %s", d.id(), d.unit());
        }
        for (OutreachSession o : outreach) {
            Check.argument(tree.contains(o.unit()), "outreach %s: unknown unit %s", o.id(), o.unit());
        }
        populations.figures().forEach(f -> Check.argument(tree.contains(f.unit()),
                "population figure for unknown unit %s", f.unit()));
    }

    /** A data set of the given tree and records, with the default taxonomy and no year-specific populations. */
    public static Dataset of(JurisdictionTree tree, List<Incident> incidents, List<Dispute> disputes,
            List<OutreachSession> outreach) {
        return new Dataset(tree, Taxonomy.defaultTaxonomy(), Populations.none(), incidents, disputes, outreach);
    }

    /** A copy with another taxonomy. */
    public Dataset withTaxonomy(Taxonomy taxonomy) {
        return new Dataset(tree, taxonomy, populations, incidents, disputes, outreach);
    }

    /** A copy with other year-specific populations. */
    public Dataset withPopulations(Populations populations) {
        return new Dataset(tree, taxonomy, populations, incidents, disputes, outreach);
    }

    /** The earliest date of any record: occurred, received or held. */
    public Optional<LocalDate> firstDate() {
        return dates().min(LocalDate::compareTo);
    }

    /** The latest date of any record: occurred, received or held. */
    public Optional<LocalDate> lastDate() {
        return dates().max(LocalDate::compareTo);
    }

    private java.util.stream.Stream<LocalDate> dates() {
        return java.util.stream.Stream.of(
                        incidents.stream().map(Incident::occurredOn),
                        disputes.stream().map(Dispute::receivedOn),
                        outreach.stream().map(OutreachSession::heldOn))
                .flatMap(s -> s);
    }

    @Override
    public String toString() {
        return "Dataset[" + tree + ", " + taxonomy.size() + " categories, " + incidents.size() + " incidents, "
                + disputes.size() + " disputes, " + outreach.size() + " outreach sessions"
                + (populations.isEmpty() ? "" : ", " + populations) + "]";
    }
}
