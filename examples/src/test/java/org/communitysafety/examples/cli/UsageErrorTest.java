package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad arguments: exit code 2, one line saying what is wrong and a hint on standard error,
 * nothing on standard output, never a stack trace.
 */
final class UsageErrorTest {
    @TempDir
    static Path tmp;

    /** {@code FILE} in an argument becomes an existing regular file, {@code OUT} a fresh directory. */
    @ParameterizedTest(name = "csi {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            validate                                  => csi validate: missing required argument (specify one of these): (--data=DIR | --sample)
            validate --data                           => csi validate: missing required parameter for option '--data' (DIR)
            validate --sample --data OUT              => csi validate: --data=DIR, --sample are mutually exclusive (specify only one)
            validate --sample --bogus                 => csi validate: unknown option: '--bogus'
            validate --data /no/such/dir              => csi validate: --data /no/such/dir: no such directory
            validate --data FILE                      => csi validate: --data FILE: not a directory
            validate --sample --encoding klingon      => csi validate: invalid value for option '--encoding': klingon is not a known encoding; use utf-8, gbk or gb18030
            generate                                  => csi generate: missing required option: '--out=DIR'
            generate --out OUT --seed abc             => csi generate: invalid value for option '--seed': 'abc' is not a long
            generate --out OUT --villages 0           => csi generate: villages must be 1..100000, got 0
            generate --out OUT --incidents -5         => csi generate: incidents must not be negative, got -5
            generate --out OUT --years 2024-2022      => csi generate: firstYear (2024) must not be after lastYear (2022)
            generate --out OUT --years twenty         => csi generate: invalid value for option '--years': 'twenty' is not a span of years; expected FIRST-LAST, e.g. 2022-2024, or one year
            generate --out FILE                       => csi generate: --out FILE: not a directory
            frobnicate                                => csi: unmatched argument at index 0: 'frobnicate'
            """)
    void run_badArguments_exit2WithOneLineAndHint(String args, String message) throws IOException {
        Path file = tmp.resolve("a-file.csv");
        Files.writeString(file, "x\n");
        Path out = tmp.resolve("out");
        List<String> argv = new ArrayList<>();
        for (String a : args.split(" ")) {
            argv.add(a.equals("FILE") ? file.toString() : a.equals("OUT") ? out.toString() : a);
        }
        String expected = message.replace("FILE", file.toString()).replace("OUT", out.toString());

        CliRun r = CliRun.csi(argv.toArray(String[]::new));

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        List<String> err = r.err().lines().toList();
        assertThat(err.get(0)).isEqualTo(expected);
        assertThat(err.get(err.size() - 1)).matches("Try 'csi( \\w+)? --help' for more information\\.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(out.resolve("incidents.csv")).doesNotExist();
    }
}
