package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.communitysafety.core.io.ColumnarReadResult;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.examples.sample.BundledSample;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code csi validate}: reads a data directory and prints what was read, accepted and rejected
 * per file, the units per level, the date range of each kind of record, and every problem.
 *
 * <p>Exit code 0 when there is no error (warnings allowed), 1 when a row was rejected or a
 * file could not be read, 2 for a usage error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read a data directory and report every problem in it.",
                "Prints rows read, accepted and rejected per file, units per level, the date range of "
                        + "each kind of record, then every error and warning, one per line."},
        footer = {"", "Exit codes: 0 clean (warnings allowed), 1 errors in the data, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {
    /** Where {@code --lenient} writes the rejected rows unless {@code --rejects} says otherwise. */
    static final Path DEFAULT_REJECTS = Path.of("rejects.csv");

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "utf-8", converter = EncodingConverter.class,
            description = "Encoding of the files: utf-8 (default, byte-order mark allowed), gbk, gb18030, or auto"
                    + " (detected per file: UTF-8, UTF-16 with a byte-order mark, or GB18030; the choice is reported).")
    private ReadOptions encoding;

    @Option(names = "--mapping", paramLabel = "FILE", converter = MappingConverter.class,
            description = "Read the files through this mapping profile: which file holds what, which column is "
                    + "which field, what the labels mean (csi inspect --write-mapping proposes one).")
    private MappingProfile mapping = MappingProfile.none();

    @Option(names = "--dates", paramLabel = "FIRST..LAST", converter = DateWindow.Converter.class,
            description = DateWindow.HELP)
    private DateWindow dates;

    @Option(names = "--lenient",
            description = "Load the good rows despite errors and write the rejected ones to rejects.csv.")
    private boolean lenient;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the rejected rows to FILE (default with --lenient: rejects.csv in the current "
                    + "directory).")
    private Path rejects;

    @Option(names = "--csv-raw", description = "Write the rejected rows' cells exactly as read; by default a cell "
            + "that starts with = + - @ (not a number) gets a leading ' so that a spreadsheet does not run it as a formula, "
            + "and control characters other than tab and line breaks are written as \\u001B so that a terminal shows "
            + "them rather than obeying them.")
    private boolean csvRaw;

    /** {@code --data DIR} or {@code --sample}, exactly one. */
    static final class Source {
        @Option(names = "--data", paramLabel = "DIR", required = true,
                description = "The data directory: jurisdictions.csv and optional incidents.csv, disputes.csv, "
                        + "outreach.csv, populations.csv, taxonomy.csv (or .jsonl).")
        Path data;

        @Option(names = "--sample", required = true,
                description = "Read the bundled standard sample (seed 20240101, 500 villages, 50,000 incidents).")
        boolean sample;

        /**
         * The directory to read: {@code --data} once checked, or the sample extracted to a temporary
         * directory that {@link #close} deletes.
         *
         * @throws ParameterException when {@code --data} is not a directory
         */
        Path open(CommandSpec spec) throws IOException {
            if (sample) {
                return BundledSample.extract();
            }
            if (!Files.isDirectory(data)) {
                throw new ParameterException(spec.commandLine(),
                        "--data " + data + ": " + (Files.exists(data) ? "not a directory" : "no such directory"));
            }
            return data;
        }

        /** Deletes the extracted sample; a leftover temporary file is no reason to fail (the JVM deletes it on exit anyway). */
        void close(Path dir) {
            if (sample) {
                try {
                    BundledSample.delete(dir);
                } catch (IOException e) {
                    // ignored: extract() registered the files for deletion on exit
                }
            }
        }

        /** How messages name what is read. */
        String describe() {
            return sample ? "the bundled sample" : data.toString();
        }
    }

    @Option(names = {"-q", "--quiet"},
            description = "Say nothing on standard error about the reading as it goes (files, rows, time, heap).")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        OutputFile.check(spec, "--rejects", rejects);
        Path dir = source.open(spec);
        String what = source.describe();
        try {
            ReadOptions options = (lenient ? encoding.asLenient() : encoding).withMapping(mapping);
            if (dates != null) {
                options = dates.applyTo(options);
            }
            out.println("reading " + what + " (" + options.encodingName() + ", " + (lenient ? "lenient" : "strict") + ")");
            out.flush();
            long start = System.nanoTime();
            ProgressReporter progress = ProgressReporter.of(spec.commandLine().getErr(), quiet);
            ColumnarReadResult result = DatasetReader.readColumnar(dir, options, progress);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Runtime rt = Runtime.getRuntime();
            long heapInUse = rt.totalMemory() - rt.freeMemory();

            ValidationPrinter.print(result, lenient, out);
            out.println("read in " + Console.duration(took) + "; heap in use after reading: "
                    + Console.megabytes(heapInUse) + " (total minus free memory, not a peak)");
            int code = writeRejects(result.report(), out);
            ReadReport report = result.report();
            boolean clean = report.isClean() && report.rowsRejected() == 0;
            out.println("result: " + (clean ? "clean" : "NOT clean") + " ("
                    + Console.count(report.errors().size(), "error", "errors") + ", "
                    + Console.count(report.warnings().size(), "warning", "warnings") + ", "
                    + Console.count(report.rowsRejected(), "row", "rows") + " rejected)");
            progress.done();
            return clean ? code : Csi.DATA_ERROR;
        } finally {
            source.close(dir);
        }
    }

    /** Writes the rejected rows when asked to; says where, or why it could not. */
    private int writeRejects(ReadReport report, PrintWriter out) {
        Path file = rejects != null ? rejects : lenient ? DEFAULT_REJECTS : null;
        if (file == null) {
            return Csi.OK;
        }
        OutputFile.checkNotRead(spec, "--rejects", file, source, report);
        try {
            OutputFile.write(file, f -> DatasetWriter.writeRejects(report.rejected(), f, !csvRaw));
            out.println("rejected rows: " + Console.count(report.rejected().size()) + " written to "
                    + file.toAbsolutePath().normalize());
            return Csi.OK;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("csi validate: cannot write the rejected rows to " + file + ": " + Console.describe(e));
            return Csi.DATA_ERROR;
        }
    }

    /**
     * {@code --encoding NAME}: utf-8, gbk (read as GB18030), gb18030, auto (detected per file) or
     * any name Java knows, as strict {@link ReadOptions}.
     */
    static final class EncodingConverter implements CommandLine.ITypeConverter<ReadOptions> {
        @Override
        public ReadOptions convert(String value) {
            try {
                return ReadOptions.defaults().withEncoding(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
