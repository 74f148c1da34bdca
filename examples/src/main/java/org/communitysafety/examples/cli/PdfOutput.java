package org.communitysafety.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysafety.indicators.report.Report;
import org.communitysafety.pdf.PdfFontException;
import org.communitysafety.pdf.PdfReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code csi report --format pdf}: the report as a PDF bulletin (csi-pdf's {@link PdfReport}),
 * written atomically to {@code --out} like the other formats. Kept out of {@link ReportCommand}
 * so that the command only routes to it. Stateless.
 *
 * <p>A PDF is binary, so it needs {@code --out} (standard output is usually a terminal; a
 * device such as {@code /dev/stdout} may still be named). A font that cannot be found or used is
 * the data's problem rather than the command line's, exit {@value Csi#DATA_ERROR}, with
 * csi-pdf's message: which characters need a font, how to install one, {@code --font}.
 */
final class PdfOutput {
    private PdfOutput() {}

    /**
     * Checks the options before any data is read.
     *
     * @throws ParameterException for {@code --format pdf} without {@code --out}, {@code --font}
     *     with another format, or a {@code --font} file that does not exist
     */
    static void check(CommandSpec spec, String format, Path out, Path font) {
        boolean pdf = format.equals("pdf");
        if (pdf && out == null) {
            throw new ParameterException(spec.commandLine(), "--format pdf writes a binary file: name it with "
                    + "--out FILE (e.g. --out report.pdf)");
        }
        if (font != null && !pdf) {
            throw new ParameterException(spec.commandLine(), "--font applies to --format pdf, not " + format);
        }
        if (font != null && !Files.isRegularFile(font)) {
            throw new ParameterException(spec.commandLine(), "--font " + font + ": no such file");
        }
    }

    /** Writes the PDF of {@code report} to {@code out}; returns the exit code. */
    static int write(Report report, Path font, Path out, PrintWriter err) {
        PdfReport.silenceLibraryLogging();
        PdfReport pdf = font == null ? PdfReport.of(report) : PdfReport.of(report).withFont(font);
        try {
            OutputFile.write(out, file -> {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    pdf.write(os);
                }
            });
        } catch (PdfFontException e) {
            err.println("csi report: cannot write the PDF: " + e.getMessage());
            return Csi.DATA_ERROR;
        } catch (IOException e) {
            err.println("csi report: cannot write " + out + ": " + Console.describe(e));
            return Csi.DATA_ERROR;
        }
        err.println("csi report: " + report.title() + " written to " + out.toAbsolutePath().normalize());
        return Csi.OK;
    }
}
