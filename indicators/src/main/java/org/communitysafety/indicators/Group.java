package org.communitysafety.indicators;

import java.util.Objects;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * What a result row is restricted to: all records, a taxonomy group ({@code criminal},
 * {@code theft} …), one incident category, or one dispute or outreach type. Immutable and
 * thread-safe.
 *
 * <p>The text form, used in JSON and CSV and accepted by {@link #parse}, is {@code all}, the
 * group's name ({@code criminal}), {@code category:} and the category's code
 * ({@code category:theft}), or {@code type:} and the type's code ({@code type:family}). The
 * prefixes keep a category apart from a group of the same name (the default taxonomy has both a
 * group and a category called {@code theft}).
 *
 * @param kind what the code names
 * @param code the group's name or the category's or type's code; empty for {@link Kind#ALL}
 */
public record Group(Kind kind, String code) implements Comparable<Group> {

    /** What a group's code names. */
    public enum Kind {
        /** Every record. */
        ALL,
        /** A taxonomy group: the incidents whose category belongs to it. */
        GROUP,
        /** One incident category. */
        CATEGORY,
        /** One dispute or outreach type. */
        TYPE
    }

    /** Every record. */
    public static final Group ALL = new Group(Kind.ALL, "");

    /** The criminal incidents: the taxonomy group {@value Taxonomy#CRIMINAL}, which every taxonomy has. */
    public static final Group CRIMINAL = new Group(Kind.GROUP, Taxonomy.CRIMINAL);

    /** Checks that {@link Kind#ALL} has an empty code and every other kind a code that is not blank. */
    public Group {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Check.argument(kind == Kind.ALL ? code.isEmpty() : !code.isBlank(),
                "a %s group needs %s code, got '%s'", kind, kind == Kind.ALL ? "an empty" : "a", code);
    }

    /** The criminal incidents, {@link #CRIMINAL}: the headline group of reports. */
    public static Group criminal() {
        return CRIMINAL;
    }

    /** A taxonomy group, e.g. {@code criminal}. */
    public static Group group(String name) {
        return new Group(Kind.GROUP, name);
    }

    /** An incident category, e.g. {@code telecom_fraud}. */
    public static Group category(String code) {
        return new Group(Kind.CATEGORY, code);
    }

    /** A dispute or outreach type, e.g. {@code family}. */
    public static Group type(String code) {
        return new Group(Kind.TYPE, code);
    }

    /** Parses the text form: {@code all}, {@code criminal}, {@code category:theft}, {@code type:family}. */
    public static Group parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().strip();
        Check.argument(!s.isEmpty(), "a group must not be blank");
        if (s.equals("all")) {
            return ALL;
        }
        if (s.startsWith("category:")) {
            return category(s.substring("category:".length()));
        }
        if (s.startsWith("type:")) {
            return type(s.substring("type:".length()));
        }
        return group(s);
    }

    /** Whether this is {@link #ALL}. */
    public boolean isAll() {
        return kind == Kind.ALL;
    }

    /** The text form; round-trips with {@link #parse}. */
    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "all";
            case GROUP -> code;
            case CATEGORY -> "category:" + code;
            case TYPE -> "type:" + code;
        };
    }

    /** All first, then groups, categories and types, each by code. */
    @Override
    public int compareTo(Group o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : code.compareTo(o.code);
    }
}
