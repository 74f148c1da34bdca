package org.communitysafety.core.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An enumerated value with the code used in data files and Chinese and English labels.
 * Codes are lower-case ASCII, matched case-insensitively when reading.
 *
 * <p>An enum states only its constants: their codes and labels are data, read once per type from
 * {@code labels.properties} in the enum's package, one line a constant —
 * {@code DisputeType.NEIGHBOUR = neighbour | 邻里纠纷 | neighbour} (code, Chinese, English; UTF-8),
 * then optionally further words data files use for it ({@code DisputeStatus.RESOLVED = resolved |
 * 调解成功 | resolved | 已化解}) — so that each coded enum does not repeat the same fields,
 * constructor and accessor, and the wording sits with the other text, not in code.
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

    /**
     * The code and labels, from the {@code labels.properties} of the enum's package. (For enums;
     * any other implementation overrides this.)
     *
     * @throws IllegalStateException if the file has no line for this constant (a packaging error)
     */
    default Labels labels() {
        Enum<?> constant = (Enum<?>) this;
        return LabelTable.BY_TYPE.get(constant.getDeclaringClass()).get(constant.ordinal());
    }

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
     * The constant of {@code type} that {@code text} names — by its code, its Chinese or English
     * label, or a synonym listed in {@code labels.properties} — ignoring case and surrounding
     * whitespace.
     *
     * @throws IllegalArgumentException naming the accepted codes if there is none
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
        Objects.requireNonNull(text, "text");
        java.util.Map<String, Object> names = ExactCodes.BY_TYPE.get(type);
        Object exact = names.get(text); // the common case, one hash look-up
        if (exact == null) {
            exact = names.get(text.strip().toLowerCase(Locale.ROOT));
        }
        if (exact != null) {
            return type.cast(exact);
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

    /** The labels of each coded enum's constants, by ordinal, read once per type. */
    final class LabelTable {
        /** Each type's lines, read and split once: the labels and {@link ExactCodes} both come from them. */
        static final ClassValue<java.util.List<java.util.List<String>>> LINES = new ClassValue<>() {
            @Override
            protected java.util.List<java.util.List<String>> computeValue(Class<?> type) {
                return read(type);
            }
        };
        static final ClassValue<java.util.List<Labels>> BY_TYPE = new ClassValue<>() {
            @Override
            protected java.util.List<Labels> computeValue(Class<?> type) {
                return LINES.get(type).stream().map(line -> new Labels(line.get(0), line.get(1), line.get(2))).toList();
            }
        };

        private LabelTable() {}

        /** Each constant's line, split at {@code |} and stripped: code, Chinese, English, synonyms. */
        private static java.util.List<java.util.List<String>> read(Class<?> type) {
            String file = type.getPackageName().replace('.', '/') + "/labels.properties";
            java.util.Properties lines = org.communitysafety.core.lang.Resources.properties(type, "labels.properties");
            java.util.List<java.util.List<String>> labels = new java.util.ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                String line = lines.getProperty(key);
                java.util.List<String> parts = line == null ? java.util.List.of()
                        : org.communitysafety.core.lang.Resources.parts(line);
                if (parts.size() < 3) {
                    throw new IllegalStateException(file + ": " + key + " needs 'code | 中文 | English', then any"
                            + " synonyms, got " + line);
                }
                labels.add(java.util.List.copyOf(parts));
            }
            return java.util.List.copyOf(labels);
        }
    }

    /**
     * The constants of each coded enum by every name data files may give them — code, labels and
     * synonyms, as written and in lower case — built once per type. A name that names two
     * constants is a packaging error: an {@code IllegalStateException} naming both.
     */
    final class ExactCodes {
        static final ClassValue<java.util.Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> byName = new java.util.HashMap<>();
                java.util.List<java.util.List<String>> lines = LabelTable.LINES.get(type);
                Object[] constants = type.getEnumConstants();
                for (int i = 0; i < constants.length; i++) {
                    for (String name : lines.get(i)) {
                        for (String key : java.util.List.of(name, name.toLowerCase(Locale.ROOT))) {
                            Object other = byName.putIfAbsent(key, constants[i]);
                            if (other != null && other != constants[i]) {
                                throw new IllegalStateException(type.getSimpleName() + " in labels.properties: " + key
                                        + " names both " + other + " and " + constants[i]);
                            }
                        }
                    }
                }
                return java.util.Map.copyOf(byName);
            }
        };

        private ExactCodes() {}
    }
}
