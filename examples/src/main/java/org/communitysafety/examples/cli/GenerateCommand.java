package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysafety.core.io.ReadProgress;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.examples.sample.ExportFiles;
import org.communitysafety.examples.sample.SampleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code csi generate}: writes a deterministic sample data directory, streaming the records so
 * that memory stays constant (20 million incidents need no more heap than 2,000). The files
 * replace their namesakes only once all of them are written ({@link OutputDirectory}): a run
 * that fails leaves the directory as it was.
 *
 * <p>The defaults are {@link SampleSpec#standard()}. With {@code --incidents} but without
 * {@code --disputes} or {@code --outreach}, those follow the standard ratios: 0.3 disputes and
 * 0.1 outreach sessions per incident.
 *
 * <p>{@code --villages} above {@link SampleSpec#MAX_VILLAGES}, up to {@link
 * SampleGenerator#LARGE_TREE_VILLAGES}, makes a {@linkplain SampleGenerator#largeTree large tree}
 * (a district per 25,000 villages) in the canonical style: the million-unit trees of the scale
 * tests ({@code benchmarks/scripts/tree1m.sh}). 1,000,000 villages with 10 million incidents
 * take about two and a half minutes and 1.3 GB of files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = GenerateCommand.StandardSpec.class,
        description = {"Write a deterministic sample data directory (jurisdictions, populations, incidents, "
                + "disputes and outreach sessions as CSV files).",
                "The same options always give byte-identical files. Records are streamed, so any size "
                        + "fits in constant memory."},
        footer = {"", "Example: csi generate --out big --incidents 20000000 --seed 7"})
public final class GenerateCommand implements Callable<Integer> {
    /** Disputes per incident in the standard sample: 15,000 / 50,000. */
    static final double DISPUTES_PER_INCIDENT = 0.3;
    /** Outreach sessions per incident in the standard sample: 5,000 / 50,000. */
    static final double OUTREACH_PER_INCIDENT = 0.1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write, created if needed; files of the same names are replaced, "
                    + "all at once when every file has been written.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--villages", paramLabel = "N",
            description = "Lowest-level units, villages and communities, 1 to 2,000,000 (default: ${DEFAULT-VALUE}); "
                    + "above 100,000 a large tree of a district per 25,000 villages.")
    private int villages;

    @Option(names = "--incidents", paramLabel = "N", description = "Incidents (default: ${DEFAULT-VALUE}).")
    private long incidents;

    @Option(names = "--disputes", paramLabel = "N",
            description = "Disputes (default: ${DEFAULT-VALUE}, or 0.3 per incident when --incidents is given).")
    private long disputes;

    @Option(names = "--outreach", paramLabel = "N",
            description = "Outreach sessions (default: ${DEFAULT-VALUE}, or 0.1 per incident when --incidents is "
                    + "given).")
    private long outreach;

    @Option(names = "--years", paramLabel = "FIRST-LAST", converter = Years.class,
            description = "The whole calendar years the records fall in, e.g. 2022-2024 or 2024 "
                    + "(default: ${DEFAULT-VALUE}).")
    private YearSpan years;

    @Option(names = "--style", paramLabel = "canonical|export|export-renamed",
            description = {"canonical (default): CSI's own schema, the CSV files the reader documents.",
                    "export: the same city as a police-platform export: a workbook (辖区, 警情 sheets) and "
                            + "Chinese-named CSV files with Chinese headers and labels, times and grid codes; "
                            + "read with no configuration.",
                    "export-renamed: the same export as another platform names it, which needs a mapping "
                            + "profile (see csi inspect)."})
    private String style = "canonical";

    @Option(names = {"-q", "--quiet"},
            description = "Say nothing on standard error about the rows of a file as it is written.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        SampleSpec sample = sampleSpec();
        if (villages > SampleSpec.MAX_VILLAGES && exportStyle() != Style.CANONICAL) {
            throw new ParameterException(spec.commandLine(), "--villages " + villages + ": an export (--style "
                    + style + ") has at most " + SampleSpec.MAX_VILLAGES + " villages; a larger tree is canonical only");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": not a directory");
        }
        o.printf(Locale.ROOT, "generating %s: seed %d, %s, %s, %s, %s, %d-%d%n", out, sample.seed(),
                Console.count(villages, "village", "villages"),
                Console.count(sample.incidents(), "incident", "incidents"),
                Console.count(sample.disputes(), "dispute", "disputes"),
                Console.count(sample.outreach(), "outreach session", "outreach sessions"), sample.firstYear(),
                sample.lastYear());
        o.flush();
        long start = System.nanoTime();
        try {
            ProgressReporter writing = ProgressReporter.writing(spec.commandLine().getErr(), quiet);
            java.util.function.Consumer<SampleFiles.Written> progress = w -> {
                writing.clear();
                o.printf(Locale.ROOT, "  %-18s %12s rows %10s  %s%n", w.file(), Console.count(w.records()),
                        Console.size(w.bytes()), Console.duration(w.took()));
                o.flush();
            };
            // all or nothing: the files are written aside and replace their namesakes once all are written
            Style style = exportStyle();
            List<SampleFiles.Written> written = OutputDirectory.write(out, dir -> switch (style) {
                case CANONICAL -> SampleFiles.write(SampleGenerator.largeTree(sample, villages), dir, progress,
                        (file, rows) -> writing.update(new ReadProgress.Status(file, rows, -1, -1, false)));
                case EXPORT -> ExportFiles.write(sample, dir, ExportFiles.Dialect.PLATFORM, progress);
                case EXPORT_RENAMED -> ExportFiles.write(sample, dir, ExportFiles.Dialect.RENAMED, progress);
            });
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long rows = written.stream().mapToLong(SampleFiles.Written::records).sum();
            long bytes = written.stream().mapToLong(SampleFiles.Written::bytes).sum();
            o.printf(Locale.ROOT, "wrote %s rows (%s) to %s in %s, %s%n", Console.count(rows),
                    Console.size(bytes), out.toAbsolutePath().normalize(), Console.duration(took),
                    Console.rate(rows, took));
            return Csi.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("csi generate: cannot write " + out + ": " + Console.describe(e));
            return Csi.DATA_ERROR;
        }
    }

    private enum Style { CANONICAL, EXPORT, EXPORT_RENAMED }

    /** The style {@code --style} names; anything else is a usage error listing the styles. */
    private Style exportStyle() {
        return switch (style.strip().toLowerCase(Locale.ROOT)) {
            case "canonical" -> Style.CANONICAL;
            case "export" -> Style.EXPORT;
            case "export-renamed" -> Style.EXPORT_RENAMED;
            default -> throw new ParameterException(spec.commandLine(), "--style " + style
                    + ": expected canonical, export or export-renamed");
        };
    }

    /** The spec the options ask for; a bad number is a usage error naming the rule. */
    SampleSpec sampleSpec() {
        ParseResult parsed = spec.commandLine().getParseResult();
        long d = disputes;
        long s = outreach;
        if (parsed.hasMatchedOption("--incidents")) {
            d = parsed.hasMatchedOption("--disputes") ? d : Math.round(incidents * DISPUTES_PER_INCIDENT);
            s = parsed.hasMatchedOption("--outreach") ? s : Math.round(incidents * OUTREACH_PER_INCIDENT);
        }
        try {
            if (villages > SampleSpec.MAX_VILLAGES) {   // a large tree: the spec has the rest, largeTree the villages
                Check.argument(villages <= SampleGenerator.LARGE_TREE_VILLAGES, "villages must be 1..%d, got %d",
                        SampleGenerator.LARGE_TREE_VILLAGES, villages);
                return new SampleSpec(seed, SampleSpec.MAX_VILLAGES, incidents, d, s, years.first(), years.last());
            }
            return new SampleSpec(seed, villages, incidents, d, s, years.first(), years.last());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The defaults shown in the help and used when an option is absent: the standard sample's. */
    static final class StandardSpec implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (!(arg instanceof OptionSpec option)) {
                return null;
            }
            SampleSpec s = SampleSpec.standard();
            return switch (option.longestName()) {
                case "--seed" -> Long.toString(s.seed());
                case "--villages" -> Integer.toString(s.villages());
                case "--incidents" -> Long.toString(s.incidents());
                case "--disputes" -> Long.toString(s.disputes());
                case "--outreach" -> Long.toString(s.outreach());
                case "--years" -> s.firstYear() + "-" + s.lastYear();
                default -> null;
            };
        }
    }

    /** Whole calendar years, first to last inclusive; the spec checks the range. */
    record YearSpan(int first, int last) {}

    /** {@code 2022-2024} → 2022 to 2024; {@code 2024} → 2024 to 2024; also {@code 2022..2024}. */
    static final class Years implements CommandLine.ITypeConverter<YearSpan> {
        @Override
        public YearSpan convert(String value) {
            String[] parts = value.strip().split("\\s*(-|\\.\\.)\\s*", -1);
            try {
                if (parts.length == 1) {
                    int y = Integer.parseInt(parts[0]);
                    return new YearSpan(y, y);
                }
                if (parts.length == 2) {
                    return new YearSpan(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a span of years; expected FIRST-LAST, e.g. 2022-2024, or one year");
        }
    }
}
