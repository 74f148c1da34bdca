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
 * {@code DisputeType.NEIGHBOUR = neighbour | 邻里纠纷 | neighbour} (code, Chinese, English; UTF-8)
 * — so that each coded enum does not repeat the same fields, constructor and accessor, and the
 * wording sits with the other text, not in code.
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

    /** The labels of each coded enum's constants, by ordinal, read once per type. */
    final class LabelTable {
        static final ClassValue<java.util.List<Labels>> BY_TYPE = new ClassValue<>() {
            @Override
            protected java.util.List<Labels> computeValue(Class<?> type) {
                return read(type);
            }
        };

        private LabelTable() {}

        private static java.util.List<Labels> read(Class<?> type) {
            String file = type.getPackageName().replace('.', '/') + "/labels.properties";
            java.util.Properties lines = new java.util.Properties();
            try (java.io.InputStream in = type.getResourceAsStream("labels.properties")) {
                if (in == null) {
                    throw new IllegalStateException(file + " is missing; it labels " + type.getName());
                }
                lines.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(file, e);
            }
            java.util.List<Labels> labels = new java.util.ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                String line = lines.getProperty(key);
                String[] parts = line == null ? new String[0] : line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException(file + ": " + key + " needs 'code | 中文 | English', got " + line);
                }
                labels.add(new Labels(parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
            return java.util.List.copyOf(labels);
        }
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
