package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.communitysafety.core.io.Inspection;
import org.communitysafety.core.io.Inspection.ColumnReport;
import org.communitysafety.core.io.Inspection.FileReport;
import org.communitysafety.core.io.Inspection.How;
import org.communitysafety.core.io.Inspection.ValueCount;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code csi inspect DIR|FILE}: shows what an unknown export holds and how it would be read —
 * per file, its kind, each column with sample values and the field it maps to (built in, by the
 * profile, suggested, or not at all), the unknown values of coded columns with their counts, and
 * date columns that need a pattern — and with {@code --write-mapping} writes the mapping
 * profile it proposes, uncertain lines marked {@code # REVIEW:} for the user to accept. The
 * profile is written atomically ({@link OutputFile}), and never over the {@code --mapping}
 * profile or a data file of the inspected directory (a usage error).
 *
 * <p>Exit code 0 when every file could be read, 1 when one could not, 2 for a usage error.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show how the files of an export would be read, and propose a mapping profile.",
                "Lists each file's columns with sample values and the field each maps to, the values of coded "
                        + "columns that are not known, and dates that need a pattern."},
        footer = {"", "Exit codes: 0 every file read, 1 a file could not be read, 2 usage error."})
public final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR|FILE", description = "The export: a directory, or one file in it.")
    private Path input;

    @Option(names = "--mapping", paramLabel = "FILE", converter = MappingConverter.class,
            description = "Read the files through this mapping profile, to see what it leaves unmapped.")
    private MappingProfile mapping = MappingProfile.none();

    @Option(names = "--write-mapping", paramLabel = "FILE",
            description = "Write the proposed mapping profile to FILE, for review.")
    private Path writeMapping;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "utf-8",
            converter = ValidateCommand.EncodingConverter.class,
            description = "Encoding of the files: utf-8 (default), gbk, gb18030 or auto (detected per file).")
    private ReadOptions encoding;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(input)) {
            throw new ParameterException(spec.commandLine(), input + ": no such file or directory");
        }
        checkWriteMapping();
        PrintWriter out = spec.commandLine().getOut();
        Inspection inspection = Inspection.of(input, encoding.withMapping(mapping));
        out.println("inspecting " + input + " (" + encoding.encodingName()
                + (mapping.isEmpty() ? "" : ", mapping " + mapping.name()) + ")");
        inspection.notes().forEach(n -> out.println("note: " + n));
        boolean allRead = true;
        for (FileReport f : inspection.files()) {
            out.println();
            print(f, out);
            allRead &= f.error().isEmpty();
        }
        if (inspection.files().isEmpty()) {
            out.println("no .csv or .jsonl files");
        }
        if (writeMapping != null) {
            try {
                String proposal = inspection.proposal();
                OutputFile.write(writeMapping, f -> Files.writeString(f, proposal, StandardCharsets.UTF_8));
            } catch (IOException e) {
                spec.commandLine().getErr().println("csi inspect: cannot write the mapping profile to " + writeMapping
                        + ": " + Console.describe(e));
                return Csi.DATA_ERROR;
            }
            long review = inspection.proposal().lines().filter(l -> l.startsWith("# REVIEW:")).count();
            out.println();
            out.println("proposed mapping profile written to " + writeMapping + "; "
                    + Console.count(review, "line", "lines") + " to review (# REVIEW:)");
        }
        return allRead ? Csi.OK : Csi.DATA_ERROR;
    }

    /**
     * Refuses, before anything is read, a {@code --write-mapping} file that is an input: the
     * {@code --mapping} profile, the inspected file, or a data file ({@code .csv}, {@code .jsonl},
     * {@code .xlsx}) of the inspected directory, which the next inspection would read.
     *
     * @throws ParameterException when it is one of them
     */
    private void checkWriteMapping() {
        if (writeMapping == null) {
            return;
        }
        OutputFile.check(spec, "--write-mapping", writeMapping);
        if (!Files.isRegularFile(writeMapping)) {
            return;
        }
        var mappingOption = spec.commandLine().getParseResult().matchedOption("--mapping");
        if (mappingOption != null && same(writeMapping, Path.of(mappingOption.stringValues().get(0)))) {
            throw new ParameterException(spec.commandLine(), "--write-mapping " + writeMapping
                    + ": would overwrite the profile given with --mapping; write the proposal to another file");
        }
        Path dir = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        Path parent = writeMapping.toAbsolutePath().normalize().getParent();
        String name = String.valueOf(writeMapping.getFileName()).toLowerCase(Locale.ROOT);
        boolean dataFile = name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".xlsx");
        if (same(writeMapping, input) || (dataFile && parent != null && dir != null && same(parent, dir))) {
            throw new ParameterException(spec.commandLine(), "--write-mapping " + writeMapping
                    + ": would overwrite a data file of " + input + ", which is inspected");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;   // cannot tell: the write itself will say what is wrong
        }
    }

    private static void print(FileReport f, PrintWriter out) {
        out.println(f.name() + ": " + f.kind().map(k -> k + " (" + how(f.how(), true) + ")").orElse("kind unknown")
                + (f.error().isEmpty() ? ", " + Console.count(f.rows(), "row", "rows") : ""));
        f.error().ifPresent(e -> out.println("  " + e));
        for (ColumnReport c : f.columns()) {
            out.println("  " + c.header() + " -> " + c.field().map(x -> x + " (" + how(c.how(), false) + ")")
                    .orElse("not mapped") + (c.samples().isEmpty() ? "" : ": " + String.join(", ", c.samples())));
        }
        for (String m : f.missing()) {
            out.println("  missing: no column for the required field " + m);
        }
        for (ColumnReport c : f.columns()) {
            if (c.notDates() > 0) {
                out.printf(Locale.ROOT, "  %s: %s not dates as written%s%n", c.header(),
                        Console.count(c.notDates(), "value is", "values are"),
                        c.format().map(p -> "; all match " + p).orElse("; no common pattern matches them all"));
            }
            if (!c.unknown().isEmpty() && c.how() != How.UNMAPPED) {
                out.println("  unknown values of " + c.field().get() + ": " + c.unknown().stream()
                        .map(InspectCommand::value).collect(Collectors.joining(", "))
                        + (c.more() > 0 ? " and " + Console.count(c.more()) + " more" : ""));
            }
        }
    }

    private static String value(ValueCount v) {
        return v.value() + " (" + Console.count(v.rows(), "row", "rows")
                + v.suggestion().map(s -> "; did you mean " + s + "?").orElse("") + ")";
    }

    private static String how(How how, boolean kind) {
        return switch (how) {
            case BUILT_IN -> kind ? "by its name" : "built in";
            case PROFILE -> "by the profile";
            case CONFIDENT -> kind ? "by its columns" : "by its name";
            case SUGGESTED -> kind ? "guessed from its columns: review" : "suggested: review";
            case UNMAPPED -> "not mapped";
        };
    }
}
