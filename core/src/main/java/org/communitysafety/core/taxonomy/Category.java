package org.communitysafety.core.taxonomy;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.communitysafety.core.lang.Check;

/**
 * An incident category: its code, Chinese and English labels, whether it is criminal, and the
 * groups it belongs to (for example {@code property}, {@code two_robberies}).
 *
 * <p>A criminal category always belongs to the group {@value Taxonomy#CRIMINAL}; the factory
 * adds it, and rejects a non-criminal category that names it. Codes and group names are
 * lower-case letters, digits and underscores.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code     e.g. {@code telecom_fraud}
 * @param labelZh  e.g. {@code 电信网络诈骗}
 * @param labelEn  e.g. {@code telecom fraud}
 * @param criminal whether incidents of this category are criminal cases by default
 * @param groups   the groups it belongs to, sorted
 */
public record Category(String code, String labelZh, String labelEn, boolean criminal, Set<String> groups) {
    public Category {
        checkName(code, "code");
        Check.notBlank(labelZh, "labelZh");
        Check.notBlank(labelEn, "labelEn");
        Objects.requireNonNull(groups, "groups");
        TreeSet<String> sorted = new TreeSet<>();
        for (String g : groups) {
            checkName(g, "group");
            sorted.add(g);
        }
        Check.argument(criminal || !sorted.contains(Taxonomy.CRIMINAL),
                "category %s is not criminal but lists the group %s", code, Taxonomy.CRIMINAL);
        if (criminal) {
            sorted.add(Taxonomy.CRIMINAL);
        }
        groups = java.util.Collections.unmodifiableSortedSet(sorted);
    }

    /** A category; {@code groups} need not include {@value Taxonomy#CRIMINAL}. */
    public static Category of(String code, String labelZh, String labelEn, boolean criminal, String... groups) {
        return new Category(code, labelZh, labelEn, criminal, Set.of(groups));
    }

    /** Whether the category belongs to {@code group}. */
    public boolean isIn(String group) {
        return groups.contains(group);
    }

    static void checkName(String name, String what) {
        Check.notBlank(name, what);
        Check.argument(name.equals(name.toLowerCase(Locale.ROOT)) && name.chars().allMatch(
                c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'),
                "%s %s must be lower-case letters, digits and underscores", what, name);
    }

    @Override
    public String toString() {
        return code + " (" + labelZh + ", " + labelEn + (criminal ? ", criminal" : "") + ") " + groups;
    }
}
