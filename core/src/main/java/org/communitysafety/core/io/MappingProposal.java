package org.communitysafety.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitysafety.core.io.Inspection.ColumnReport;
import org.communitysafety.core.io.Inspection.FileReport;
import org.communitysafety.core.io.Inspection.How;
import org.communitysafety.core.io.Inspection.ValueCount;

/**
 * Writes the mapping profile an {@link Inspection} proposes. What is certain is written active:
 * a file found by its name or the profile, a column mapped by a built-in heading, the profile or
 * a name that differs only in case and separators, a label the profile maps, a date pattern that
 * every value matches. What is not is commented out behind {@value #REVIEW}, so that reviewing
 * it is deleting that prefix: a kind guessed from the columns, a column or label with a near
 * name; a label with no suggestion is written {@code # value.F.L = ?} with its count. Stateless;
 * package-private.
 */
final class MappingProposal {
    /** The prefix of a line to review; removing it accepts the line. */
    static final String REVIEW = "# REVIEW: ";

    private MappingProposal() {}

    static String write(Inspection inspection) {
        StringBuilder s = new StringBuilder();
        s.append("# CSI mapping profile proposed by csi inspect for ").append(inspection.input().getFileName())
                .append('\n');
        s.append("# Review each line that starts with '").append(REVIEW.strip())
                .append("' and delete that prefix to accept it;\n");
        s.append("# a line '# value.FIELD.LABEL = ?' needs the code the label stands for.\n");
        inspection.notes().forEach(n -> s.append("# note: ").append(n).append('\n'));
        Map<String, List<FileReport>> byKind = new LinkedHashMap<>();
        List<FileReport> unknown = new ArrayList<>();
        for (FileReport f : inspection.files()) {
            if (f.kind().isPresent()) {
                byKind.computeIfAbsent(f.kind().get(), k -> new ArrayList<>()).add(f);
            } else {
                unknown.add(f);
            }
        }
        for (String kind : Schema.bases()) {
            List<FileReport> files = byKind.get(kind);
            if (files == null) {
                continue;
            }
            s.append("\n[").append(kind).append("]\n");
            FileReport f = files.get(0);
            section(s, f, inspection.profile());
            for (FileReport other : files.subList(1, files.size())) {
                s.append("# ").append(other.name()).append(" holds ").append(kind)
                        .append(" too; one file per kind is read: name it with file = to read it instead\n");
            }
        }
        for (FileReport f : unknown) {
            s.append("\n# ").append(f.name()).append(": ")
                    .append(f.error().orElse("no kind of file fits its columns; to read it, put file = " + f.file()
                            + " in the section of its kind and map its columns"))
                    .append('\n');
        }
        return s.toString();
    }

    private static void section(StringBuilder s, FileReport f, MappingProfile profile) {
        String kind = f.kind().get();
        String kindLine = "file = " + f.file() + f.sheet().map(x -> "\n" + (f.how() == How.SUGGESTED ? REVIEW : "")
                + "sheet = " + x).orElse("");
        switch (f.how()) {
            case SUGGESTED -> s.append(REVIEW).append(kindLine).append("   # the kind is guessed from the columns\n");
            case CONFIDENT -> s.append(kindLine).append("   # its columns are those of ").append(f.kind().get())
                    .append('\n');
            default -> s.append(kindLine).append('\n');
        }
        f.error().ifPresent(e -> s.append("# ").append(f.name()).append(": ").append(e).append('\n'));
        for (ColumnReport c : f.columns()) {
            String field = c.field().orElse(null);
            String line = "column." + field + " = " + c.header();
            switch (c.how()) {
                case BUILT_IN, PROFILE, CONFIDENT -> {
                    if (!Schema.normalise(c.header()).equals(field)) {
                        s.append(line).append(c.how() == How.BUILT_IN ? "   # built in\n" : "\n");
                    }
                }
                case SUGGESTED -> s.append(REVIEW).append(line).append("   # near ").append(field).append('\n');
                case UNMAPPED -> s.append("# column ").append(c.header())
                        .append(" is not mapped and will be ignored; to read it, write column.FIELD = ")
                        .append(c.header()).append('\n');
            }
        }
        profile.defaults(kind).forEach((field, v) -> s.append("default.").append(field).append(" = ").append(v)
                .append('\n'));
        for (String m : f.missing()) {
            s.append("# the required field ").append(m).append(" has no column: write column.").append(m)
                    .append(" = HEADER, or default.").append(m).append(" = VALUE\n");
        }
        for (ColumnReport c : f.columns()) {
            c.field().flatMap(field -> profile.format(kind, field)).ifPresent(p -> s.append("format.")
                    .append(c.field().get()).append(" = ").append(p).append('\n'));
            c.format().ifPresent(p -> s.append("format.").append(c.field().get()).append(" = ").append(p)
                    .append(String.format(Locale.ROOT, "   # all %,d values that are not dates as written match it%n",
                            c.notDates())));
            if (c.format().isEmpty() && c.notDates() > 0) {
                s.append(String.format(Locale.ROOT, "# %,d values of %s are not dates as written and match no"
                        + " common pattern; write format.%s = PATTERN (java.time)%n", c.notDates(), c.header(),
                        c.field().get()));
            }
        }
        for (ColumnReport c : f.columns()) {
            if (c.field().isEmpty() || c.how() == How.UNMAPPED) {
                continue;
            }
            String field = c.field().get();
            profile.values(kind, field).forEach((label, v) -> s.append("value.").append(field).append('.')
                    .append(label).append(" = ").append(v).append('\n'));
            for (ValueCount v : c.unknown()) {
                String key = "value." + field + "." + v.value();
                String count = String.format(Locale.ROOT, "   # %,d row%s", v.rows(), v.rows() == 1 ? "" : "s");
                if (v.suggestion().isPresent()) {
                    s.append(REVIEW).append(key).append(" = ").append(v.suggestion().get()).append(count).append('\n');
                } else {
                    s.append("# ").append(key).append(" = ?").append(count).append('\n');
                }
            }
            if (c.more() > 0) {
                s.append(String.format(Locale.ROOT, "# ... and %,d more unknown values of %s%n", c.more(), field));
            }
        }
    }
}
