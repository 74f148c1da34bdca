package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.record.Coded;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * A group resolved against the data: a mask over categories ({@code mask}, else null), one
 * category's or type's index ({@code index}, else −1), or all records (neither); {@code ordinal}
 * is its place in its list.
 */
record Selector(Group group, boolean[] mask, int index, int ordinal) {

    /** The selectors of each record kind's groups. */
    record All(List<Selector> taxonomy, List<Selector> disputes, List<Selector> outreach) {

        /** The selectors of a dataset with this taxonomy. */
        static All of(Taxonomy taxonomy) {
            return new All(ofTaxonomy(taxonomy), ofTypes(DisputeType.values()), ofTypes(OutreachType.values()));
        }

        /** The selectors an indicator is broken down by. */
        List<Selector> of(Indicator indicator) {
            return switch (indicator.source()) {
                case INCIDENTS, UNITS -> taxonomy;
                case DISPUTES -> disputes;
                case OUTREACH -> outreach;
            };
        }

        /** The selectors of an indicator that these settings report: only {@code all} for an ungrouped one. */
        List<Selector> chosen(Indicator indicator, IndicatorSettings settings) {
            return of(indicator).stream()
                    .filter(s -> !indicator.isUngrouped() || s.group().isAll())
                    .filter(s -> settings.reports(s.group()))
                    .toList();
        }

        /**
         * The selector of one group of an indicator.
         *
         * @throws IllegalArgumentException naming the indicator's groups when the group is not one of them
         */
        Selector find(Indicator indicator, Group group) {
            for (Selector s : of(indicator)) {
                if (s.group().equals(group)) {
                    if (indicator.isUngrouped() && !group.isAll()) {
                        break;
                    }
                    return s;
                }
            }
            List<String> names = of(indicator).stream()
                    .filter(s -> !indicator.isUngrouped() || s.group().isAll())
                    .map(s -> s.group().toString()).toList();
            throw new IllegalArgumentException("indicator " + indicator + " has no group '" + group + "'"
                    + Suggest.didYouMean(group.toString(), names) + " (its groups: " + String.join(", ", names) + ")");
        }

        /**
         * Checks that every group named is known.
         *
         * @throws IllegalArgumentException naming the nearest group and every group
         */
        void check(Collection<Group> groups) {
            Set<Group> known = new TreeSet<>();
            for (List<Selector> l : List.of(taxonomy, disputes, outreach)) {
                l.forEach(s -> known.add(s.group()));
            }
            for (Group g : groups) {
                if (!known.contains(g)) {
                    List<String> names = known.stream().map(Group::toString).toList();
                    throw new IllegalArgumentException("unknown group '" + g + "'"
                            + Suggest.didYouMean(g.toString(), names) + " (groups: " + String.join(", ", names) + ")");
                }
            }
        }
    }

    private static List<Selector> ofTaxonomy(Taxonomy taxonomy) {
        List<Selector> list = new ArrayList<>();
        list.add(new Selector(Group.ALL, null, -1, 0));
        for (String g : taxonomy.groups()) {
            list.add(new Selector(Group.group(g), taxonomy.groupMask(g), -1, list.size()));
        }
        for (int c = 0; c < taxonomy.size(); c++) {
            list.add(new Selector(Group.category(taxonomy.category(c).code()), null, c, list.size()));
        }
        return List.copyOf(list);
    }

    private static List<Selector> ofTypes(Enum<?>[] types) {
        List<Selector> list = new ArrayList<>();
        list.add(new Selector(Group.ALL, null, -1, 0));
        for (Enum<?> t : types) {
            list.add(new Selector(Group.type(((Coded) t).code()), null, t.ordinal(), list.size()));
        }
        return List.copyOf(list);
    }
}
