package org.communitysafety.core.io;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.communitysafety.core.io.Inspection.ColumnReport;
import org.communitysafety.core.io.Inspection.Match;
import org.communitysafety.core.io.Inspection.ValueCount;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.record.Coded;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The tally of one column of a file while {@link Inspection} reads it: a few sample values, the
 * distinct values of a coded field that are not known (with their rows and a suggestion), whether
 * a date field's values are dates as written or in a common pattern, and — for a column no name
 * maps — every distinct value, to find the field its values fit ({@link #byValues}). At most
 * {@value Inspection#DISTINCT} distinct values are kept; the rest are only counted. Mutable,
 * confined to one reading; package-private.
 */
final class ColumnTally {
    /** What the coded values are checked against. */
    record Known(Taxonomy taxonomy, JurisdictionTree tree) {}

    /**
     * For a column no name maps, the first field not yet mapped, required ones first, that its
     * values fit: a coded field when at least 80% of its rows are known values or near one, a
     * date when every value is a date as written or in one common pattern, a flag when every
     * value is a boolean, the id when every row's value differs.
     */
    static Optional<String> byValues(Schema schema, ColumnTally c, List<String> mapped, Known known, long rows) {
        long filled = c.counts.values().stream().mapToLong(n -> n[0]).sum();
        if (filled == 0) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        schema.columns.stream().filter(Schema.Column::required).forEach(x -> fields.add(x.name()));
        schema.columns.stream().filter(x -> !x.required()).forEach(x -> fields.add(x.name()));
        for (String f : fields) {
            if (mapped.contains(f)) {
                continue;
            }
            Function<String, Optional<Optional<String>>> check = checker(schema, f, known);
            long fit = 0;
            if (f.equals("id")) {
                if (c.counts.size() == filled && filled == rows && rows >= 2 && c.overflow == 0) {
                    return Optional.of(f);
                }
                continue;
            } else if (check != null) {
                for (Map.Entry<String, long[]> e : c.counts.entrySet()) {
                    Optional<Optional<String>> v = check.apply(e.getKey());
                    fit += v.isEmpty() || v.get().isPresent() ? e.getValue()[0] : 0;
                }
                if (fit >= 0.8 * filled) {
                    return Optional.of(f);
                }
            } else if (f.equals("criminal") || f.equals("repeat_call")) {
                if (c.counts.keySet().stream().allMatch(v -> FieldValues.bool(v).isOk())) {
                    return Optional.of(f);
                }
            } else if (f.endsWith("_on")) {
                DateCheck d = new DateCheck(null);
                c.counts.forEach((v, n) -> d.add(v));
                if (d.notDates == 0 || d.format().isPresent()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a coded field: what tells whether a value is known — empty when it is, else the
     * suggestion (itself optional) — or null for a field that is not coded.
     */
    static Function<String, Optional<Optional<String>>> checker(Schema schema, String field, Known known) {
        String key = schema.base + "." + field;
        return switch (key) {
            case "incidents.category" -> {
                Map<String, String> names = new LinkedHashMap<>();
                known.taxonomy().categories().forEach(c -> {
                    for (String n : List.of(c.code(), c.labelZh(), c.labelEn())) {
                        names.putIfAbsent(n, c.code());
                    }
                    known.taxonomy().synonyms(c.code()).forEach(n -> names.putIfAbsent(n, c.code()));
                });
                yield v -> known.taxonomy().resolve(v).isPresent() ? Optional.empty()
                        : Optional.of(known.taxonomy().suggest(v).map(ColumnTally::codeOf).or(() -> within(v, names)));
            }
            case "incidents.source" -> coded(IncidentSource.class);
            case "disputes.type" -> coded(DisputeType.class);
            case "disputes.status" -> coded(DisputeStatus.class);
            case "outreach.type" -> coded(OutreachType.class);
            case "jurisdictions.level" -> v -> Level.find(v).isPresent() ? Optional.empty()
                    : Optional.of(Suggest.nearest(v, List.of("city", "district", "county", "town", "street", "village",
                            "community")));
            case "incidents.unit", "disputes.unit", "outreach.unit", "populations.unit" -> known.tree().size() == 0 ? null
                    : v -> known.tree().find(v).isPresent() || known.tree().findByName(v).isPresent() ? Optional.empty()
                            : Optional.of(known.tree().suggest(v));
            default -> null;
        };
    }

    /**
     * The code of the longest known name of at least two characters that {@code value} contains,
     * for labels an export decorates: {@code 刑事-盗窃} → {@code theft}; a suggestion to review.
     */
    static Optional<String> within(String value, Map<String, String> names) {
        String best = null;
        for (String n : names.keySet()) {
            if (n.length() >= 2 && value.contains(n) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return Optional.ofNullable(best).map(names::get);
    }

    /** {@code 盗窃案 (theft)} → {@code theft}; a bare code stays. */
    private static String codeOf(String suggestion) {
        int open = suggestion.lastIndexOf(" (");
        return open >= 0 && suggestion.endsWith(")") ? suggestion.substring(open + 2, suggestion.length() - 1)
                : suggestion;
    }

    private static <E extends Enum<E> & Coded> Function<String, Optional<Optional<String>>> coded(Class<E> type) {
        Map<String, String> names = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            for (String n : List.of(e.code(), e.labelZh(), e.labelEn())) {
                if (!n.isEmpty()) {
                    names.putIfAbsent(n, e.code());
                }
            }
        }
        return v -> {
            try {
                Coded.parse(type, v, "value");
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(Suggest.nearest(v, names.keySet()).map(names::get).or(() -> within(v, names)));
            }
        };
    }

    /** Whether a date column's values are dates as written, and which patterns read the rest. */
    static final class DateCheck {
        final DateTimeFormatter profileFormat;
        final boolean[] alive = new boolean[Inspection.PATTERNS.size()];
        final DateTimeFormatter[] formats = new DateTimeFormatter[Inspection.PATTERNS.size()];
        long notDates;

        DateCheck(DateTimeFormatter profileFormat) {
            this.profileFormat = profileFormat;
            java.util.Arrays.fill(alive, true);
            for (int i = 0; i < formats.length; i++) {
                formats[i] = MappingProfile.formatter(Inspection.PATTERNS.get(i));
            }
        }

        void add(String text) {
            add(text, 1);
        }

        /** Counts {@code rows} rows of {@code text}. */
        void add(String text, long rows) {
            String t = profileFormat == null ? text : MappedRowSource.reformat(profileFormat, text);
            if (!FieldValues.dateTime(t).isBad()) {
                return;
            }
            notDates += rows;
            for (int i = 0; i < alive.length; i++) {
                alive[i] = alive[i] && FieldValues.dateTime(MappedRowSource.reformat(formats[i], text)).isOk();
            }
        }

        Optional<String> format() {
            if (notDates == 0) {
                return Optional.empty();
            }
            for (int i = 0; i < alive.length; i++) {
                if (alive[i]) {
                    return Optional.of(Inspection.PATTERNS.get(i));
                }
            }
            return Optional.empty();
        }
    }

    final String header;
    final Map<String, String> values;
    DateCheck dates;
    final List<String> samples = new ArrayList<>();
    final Map<String, long[]> unknown = new LinkedHashMap<>();
    final Map<String, Optional<String>> suggestions = new LinkedHashMap<>();
    /** For a column no name maps: every distinct value's rows (at most {@value Inspection#DISTINCT} values), to fit a field by. */
    final Map<String, long[]> counts = new LinkedHashMap<>();
    Match match;
    Function<String, Optional<Optional<String>>> check;
    long overflow;

    ColumnTally(String header, Match match, Function<String, Optional<Optional<String>>> check,
            Map<String, String> values) {
        this.header = header;
        this.match = match;
        this.check = check;
        this.values = values;
    }

    void add(String raw) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return;
        }
        if (samples.size() < Inspection.SAMPLES && !samples.contains(v)) {
            samples.add(v);
        }
        if (match.field() == null) {
            long[] n = counts.get(v);
            if (n != null) {
                n[0]++;
            } else if (counts.size() < Inspection.DISTINCT) {
                counts.put(v, new long[] {1});
            } else {
                overflow++;
            }
            return;
        }
        if (dates != null) {
            dates.add(v);
        }
        tally(v, 1);
    }

    /** Counts {@code rows} rows of value {@code v} against the column's field. */
    private void tally(String v, long rows) {
        if (check == null) {
            return;
        }
        long[] n = unknown.get(v);
        if (n != null) {
            n[0] += rows;
            return;
        }
        String mapped = values.getOrDefault(v, v);
        Optional<Optional<String>> verdict = check.apply(mapped);
        if (verdict.isEmpty()) {
            return;   // known; known values are checked again, which costs one look-up
        }
        if (unknown.size() >= Inspection.DISTINCT) {
            overflow++;
            return;
        }
        unknown.put(v, new long[] {rows});
        suggestions.put(v, verdict.get());
    }

    /** Takes a field suggested by the values, and counts the values kept so far against it. */
    void suggest(Match m, Function<String, Optional<Optional<String>>> check, DateCheck dates) {
        this.match = m;
        this.check = check;
        this.dates = dates;
        overflow = 0;
        counts.forEach((v, n) -> {
            if (dates != null) {
                dates.add(v, n[0]);
            }
            tally(v, n[0]);
        });
        counts.clear();
    }

    ColumnReport report() {
        List<ValueCount> all = new ArrayList<>();
        unknown.forEach((v, n) -> all.add(new ValueCount(v, n[0], suggestions.get(v))));
        all.sort(Comparator.comparingLong(ValueCount::rows).reversed());   // stable: first seen first on ties
        long more = Math.max(0, all.size() - Inspection.LISTED) + overflow;
        return new ColumnReport(header, Optional.ofNullable(match.field()), match.how(), samples,
                all.subList(0, Math.min(Inspection.LISTED, all.size())), more,
                dates == null ? Optional.empty() : dates.format(), dates == null ? 0 : dates.notDates);
    }
}
