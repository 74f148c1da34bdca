package org.communitysafety.core.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An enumerated value with the code used in data files and Chinese and English labels.
 * Codes are lower-case ASCII, matched case-insensitively when reading.
 */
public interface Coded {
    /**
     * A code and its labels.
     *
     * @param code    the code written in data files, e.g. {@code walk_in}
     * @param labelZh the Chinese label, e.g. {@code 来所报案}
     * @param labelEn the English label, e.g. {@code walk-in}
     */
    record Labels(String code, String labelZh, String labelEn) {
        public Labels {
            java.util.Objects.requireNonNull(code, "code");
            java.util.Objects.requireNonNull(labelZh, "labelZh");
            java.util.Objects.requireNonNull(labelEn, "labelEn");
        }
    }

    /** The code and labels. */
    Labels labels();

    /** The code written in data files, e.g. {@code walk_in}. */
    default String code() {
        return labels().code();
    }

    /** The Chinese label, e.g. {@code 来所报案}. */
    default String labelZh() {
        return labels().labelZh();
    }

    /** The English label, e.g. {@code walk-in}. */
    default String labelEn() {
        return labels().labelEn();
    }

    /**
     * The constant of {@code type} whose code equals {@code text} ignoring case and surrounding
     * whitespace.
     *
     * @throws IllegalArgumentException naming the accepted codes if there is none
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
        Objects.requireNonNull(text, "text");
        Object exact = ExactCodes.BY_TYPE.get(type).get(text); // the common case, one hash look-up
        if (exact != null) {
            return type.cast(exact);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s is not a known %s; expected one of %s", text, what, codes(type)));
    }

    /** The non-empty codes of {@code type}, separated by " / ". */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.joining(" / "));
    }

    /** The constants of each coded enum by their exact code, built once per type. */
    final class ExactCodes {
        static final ClassValue<java.util.Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> byCode = new java.util.HashMap<>();
                for (Object e : type.getEnumConstants()) {
                    byCode.put(((Coded) e).code(), e);
                }
                return java.util.Map.copyOf(byCode);
            }
        };

        private ExactCodes() {}
    }
}
