package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.RowSourceProvider;

/**
 * Registers Excel workbooks ({@code .xlsx}) with {@link org.communitysafety.core.io.DatasetReader}
 * through {@code META-INF/services}: {@code incidents.xlsx} is read when there is no
 * {@code incidents.csv}. It needs nothing beyond the JDK, so it is always available.
 *
 * <p>Which sheet: the workbook's only worksheet; when it has several, the first one with a
 * non-empty row (a workbook whose first sheet is a blank template or was emptied), in workbook
 * order. The others are not read and not warned about: one file holds one kind of record. The
 * charset is not used — a workbook's XML says its own encoding.
 *
 * <p>A workbook of any name may also hold several kinds, one a sheet: its sheets are its
 * {@linkplain #parts parts}, and the reader takes each kind from the sheet named after it
 * ({@code 警情}, {@code incidents}) or named by a mapping profile ({@code sheet = 警情}); problems
 * then name {@code book.xlsx [警情]}.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxProvider implements RowSourceProvider {
    /** For {@link java.util.ServiceLoader}. */
    public XlsxProvider() {}

    @Override
    public String extension() {
        return "xlsx";
    }

    /** A workbook is a zip of XML parts that name their own encoding: no charset is detected for it. */
    @Override
    public boolean textual() {
        return false;
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public RowSource open(Path file, Charset charset, List<String> columns) throws IOException {
        return open(file, charset, columns, Map.of());
    }

    /** Opens the sheet of {@code file} chosen as the class description says; closing the rows closes the workbook. */
    @Override
    public RowSource open(Path file, Charset charset, List<String> columns, Map<String, String> aliases)
            throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.open(file);
        try {
            List<String> names = workbook.sheetNames();
            if (names.isEmpty()) {
                throw new IOException(file.getFileName() + " has no worksheet");
            }
            String chosen = names.get(0);
            if (names.size() > 1) {
                for (String name : names) {
                    try (RowSource peek = workbook.sheet(name, columns, aliases)) {
                        if (peek.header().isPresent()) {
                            chosen = name;
                            break;
                        }
                    } catch (RowSource.RowSourceException e) {
                        chosen = name; // broken, not empty: read it and report where it breaks
                        break;
                    }
                }
            }
            return workbook.sheet(chosen, columns, aliases, workbook);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The workbook's worksheets, in workbook order: each may hold a kind of record ({@code 警情}, {@code incidents}). */
    @Override
    public List<String> parts(Path file) throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.sheetNames();
        }
    }

    /** Opens the sheet {@code part} of {@code file}; closing the rows closes the workbook. */
    @Override
    public RowSource open(Path file, String part, Charset charset, List<String> columns, Map<String, String> aliases)
            throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.open(file);
        try {
            return workbook.sheet(part, columns, aliases, workbook);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }
}
