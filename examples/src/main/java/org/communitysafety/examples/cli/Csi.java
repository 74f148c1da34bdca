package org.communitysafety.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code csi} command: {@code report} indicators, {@code validate} a data directory,
 * {@code inspect} an unknown export, {@code generate} a sample directory.
 *
 * <pre>
 * java -jar examples/target/csi.jar report --sample --period 2024 --compare yoy --format json --out report.json
 * java -jar examples/target/csi.jar validate --sample
 * java -jar examples/target/csi.jar validate --data dir --encoding gbk --lenient
 * java -jar examples/target/csi.jar inspect export --write-mapping export.mapping
 * java -jar examples/target/csi.jar validate --data export --mapping export.mapping
 * java -jar examples/target/csi.jar generate --out big --incidents 20000000
 * </pre>
 *
 * <p>Exit codes: {@value #OK} success (warnings allowed), {@value #DATA_ERROR} the data has
 * errors or could not be written, {@value #USAGE} a usage error, {@value #INTERNAL} an internal
 * error. Bad input and bad arguments never print a stack trace: an internal error prints one
 * only with {@code --debug} or the environment variable {@code CSI_DEBUG=1}.
 */
@Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = Csi.Version.class,
        description = "Community-safety indicators: report indicators, validate and generate data directories.",
        subcommands = {ReportCommand.class, ValidateCommand.class, InspectCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 errors in the data, 2 usage error, 3 internal error.",
                "Run 'csi <command> --help' for a command's options."})
public final class Csi implements Callable<Integer> {
    /** Success; warnings allowed. */
    public static final int OK = 0;
    /** The data has errors (a row was rejected), or files could not be read or written. */
    public static final int DATA_ERROR = 1;
    /** A usage error: unknown option, missing or bad argument. */
    public static final int USAGE = 2;
    /** An unexpected internal error. */
    public static final int INTERNAL = 3;

    @Spec
    private CommandSpec spec;

    /** Read from the raw arguments by {@link #run}, which must know it even when parsing fails. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (or set CSI_DEBUG=1).")
    private boolean debug;

    /** Runs {@code csi} with {@code args} and exits with its exit code. */
    public static void main(String... args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs {@code csi} with {@code args}, printing to {@code out} and {@code err}, and returns
     * the exit code; never throws. Both streams are flushed, not closed. When {@code out} fails
     * ({@link PrintStream#checkError()}), says so and exits with {@value #DATA_ERROR}, not 0.
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        String[] argv = args == null ? new String[0] : args;
        PrintWriter o = Console.writer(out);
        PrintWriter e = Console.writer(err);
        try {
            CommandLine cli = new CommandLine(new Csi())
                    .setOut(o)
                    .setErr(e)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler(Csi::usageError)
                    .setExecutionExceptionHandler((ex, cmd, parsed) -> internalError(ex, e, isDebug(argv)));
            int code = cli.execute(argv);
            o.flush();
            if (out.checkError()) {   // a PrintStream keeps quiet about a failed write: a full disk, a closed pipe
                e.println("csi: cannot write to standard output (disk full or output closed?); the output is incomplete");
                return code == OK ? DATA_ERROR : code;
            }
            return code;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
            return internalError(ex, e, isDebug(argv));
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** {@code csi} alone: a usage error, one line and the hint. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; use report, validate, inspect, generate or help");
    }

    /** One line saying what is wrong, suggestions for a misspelt option, and where to get help. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage() == null ? "bad arguments" : ex.getMessage().replaceFirst("^Error: ", "");
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + Console.lowerFirst(message));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /** Says what went wrong in one line; the stack trace only when debugging. */
    static int internalError(Throwable ex, PrintWriter err, boolean debug) {
        if (ex instanceof OutOfMemoryError) {
            err.println("csi: internal error: out of memory; give Java more heap, e.g. java -Xmx4g -jar csi.jar ...");
        } else {
            err.println("csi: internal error: " + (ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage()));
        }
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("Run again with --debug (or CSI_DEBUG=1) to see the stack trace.");
        }
        err.flush();
        return INTERNAL;
    }

    private static boolean isDebug(String[] args) {
        return Arrays.asList(args).contains("--debug") || "1".equals(System.getenv("CSI_DEBUG"));
    }

    /** The version from the jar's manifest, or {@code development build} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Csi.class.getPackage().getImplementationVersion();
            return new String[] {"csi " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
