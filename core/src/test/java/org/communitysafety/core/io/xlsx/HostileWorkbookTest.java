package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks found by the reader fuzzer (issue 13): each gives one clear problem, with nothing
 * printed behind the caller's back and no exception class in the words.
 */
class HostileWorkbookTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("hostile/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }

    /** Runs {@code action}, returning what it printed to System.err. */
    private static String stderrOf(ThrowingRunnable action) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, "UTF-8"));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString("UTF-8");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void sharedStringsWithInvalidUtf8_oneProblem_nothingOnStandardError() throws Exception {
        // xl/sharedStrings.xml holds the bytes C3 78: the JDK's parser printed "[Fatal Error] …" twice
        Path book = resource("invalid-utf8-shared-strings.xlsx");
        String printed = stderrOf(() -> assertThatThrownBy(() -> {
            try (XlsxWorkbook w = XlsxWorkbook.open(book)) {
                for (String sheet : w.sheetNames()) {
                    try (var rows = w.sheet(sheet, List.of("code"), Map.of())) {
                        rows.header();
                        while (rows.next()) {
                            rows.fields();
                        }
                    }
                }
            }
        }).isInstanceOf(IOException.class)
                .hasMessageContaining("the part xl/sharedStrings.xml cannot be read: it holds bytes that are not valid UTF-8")
                .hasMessageNotContaining("Exception"));
        assertThat(printed).isEmpty();
    }

    @Test
    void aDamagedZip_saysSo_withoutTheExceptionsClassName() throws Exception {
        // one byte inserted before the local header of a part
        Path book = resource("broken-zip.xlsx");
        String printed = stderrOf(() -> assertThatThrownBy(() -> {
            try (XlsxWorkbook w = XlsxWorkbook.open(book)) {
                w.sheetNames();
            }
        }).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be read: the zip is damaged (invalid LOC header (bad signature))")
                .hasMessageNotContaining("java.util.zip"));
        assertThat(printed).isEmpty();
    }

    @Test
    void aSmallSheetNamingOneHugeStringInManyCells_stopsBeingRead() throws Exception {
        // a 5.6 KB workbook: one shared string of 200,000 characters named as the unit of 200 rows;
        // read in full, its rejects file was 80 MB (and a 4 MiB string in 10,000 cells, 80 GB)
        Path book = resource("shared-string-amplification.xlsx");
        try (XlsxWorkbook w = XlsxWorkbook.open(book)) {
            String sheet = w.sheetNames().get(0);
            try (var rows = w.sheet(sheet, List.of("id", "unit"), Map.of())) {
                rows.header();
                long text = 0;
                long read = 0;
                try {
                    while (rows.next()) {
                        read++;
                        for (String f : rows.fields()) {
                            text += f.length();
                        }
                    }
                    org.assertj.core.api.Assertions.fail("read all " + read + " rows");
                } catch (org.communitysafety.core.io.RowSource.RowSourceException e) {
                    assertThat(e.getMessage()).contains("it looks built to amplify").contains("are not read");
                }
                assertThat(read).isBetween(1L, 50L);
                assertThat(text).isLessThan(SharedTextBudget.BASE + SharedTextBudget.RATIO * 100_000);
            }
        }
    }
}
