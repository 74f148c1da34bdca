/**
 * The {@code csi} command line, {@code java -jar examples/target/csi.jar}: {@code validate}
 * reads a data directory and lists every problem in it; {@code inspect} shows how an unknown
 * export would be read and proposes a mapping profile for it ({@code --mapping} then reads it
 * with {@code validate} and {@code report}); {@code generate} writes a sample directory of any
 * size in constant memory (20 million incidents ≈ 1.6 GB of CSV).
 *
 * <p>{@link org.communitysafety.examples.cli.Csi} parses the arguments with picocli and maps
 * every outcome to an exit code — 0 clean, 1 errors in the data, 2 usage error, 3 internal
 * error — so that bad input or bad arguments print one line, never a stack trace.
 * {@code Csi.run(out, err, args)} runs it in-process for tests.
 */
package org.communitysafety.examples.cli;
