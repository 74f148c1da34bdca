package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, hardening item 7: text from the data reaches a Markdown renderer and a terminal as
 * text. A unit named {@code <img src=x onerror=alert(1)>} does not become an HTML tag in the
 * Markdown report, and an ESC ] 0; … BEL sequence in a value is shown in {@code csi validate}'s
 * messages, not obeyed by the terminal.
 */
final class HostileTextTest {
    @TempDir
    Path tmp;

    @Test
    void markdownReport_unitNameWithHtmlOrALink_isTextNotMarkup() throws IOException {
        String hostile = "<img src=x onerror=alert(1)>[click](javascript:alert(1))\n# 标题";
        Path data = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS.replace("白兴区",
                "\"" + hostile + "\""), TinyData.INCIDENTS_CLEAN);
        Path md = tmp.resolve("r.md");

        CliRun r = CliRun.csi("report", "--data", data.toString(), "--period", "2023", "--unit", "330102",
                "--format", "md", "--lang", "en", "--out", md.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text).contains("&lt;img src=x onerror=alert(1)>\\[click\\](javascript:alert(1)) # 标题")
                .doesNotContain("<img").doesNotContain("[click]").doesNotContain("\n# 标题");
    }

    @Test
    void validate_controlSequenceInAValue_isShownEscaped() throws IOException {
        Path data = TinyData.write(tmp.resolve("c"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN.replace(
                "I3,330102001001,fraud", "I3,330102001001,\u001B]0;pwned\u0007fraud"));

        CliRun v = CliRun.csi("validate", "--data", data.toString());

        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("\\u001B]0;pwned\\u0007fraud").doesNotContain("\u001B").doesNotContain("\u0007");
    }
}
