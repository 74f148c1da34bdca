package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csi inspect} on a small export with renamed headers, labels and file names
 * ({@code src/test/resources/export/renamed}) of the data in {@code export/canonical}: the
 * output and the proposed profile are pinned by golden files, and the proposal, once reviewed,
 * reads the export exactly as the canonical files read.
 */
final class InspectCommandTest {
    private static final Path EXPORT = Path.of("src/test/resources/export/renamed");
    private static final Path CANONICAL = Path.of("src/test/resources/export/canonical");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("csi.golden.update");

    @TempDir
    Path tmp;

    @Test
    void inspect_export_printsAndProposesAsTheGoldenFilesSay() throws IOException {
        Path proposal = tmp.resolve("export.mapping");

        CliRun run = CliRun.csi("inspect", EXPORT.toString(), "--write-mapping", proposal.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        String out = run.out().replace(proposal.toString(), "export.mapping");
        assertGolden("inspect-export.txt.golden", out);
        assertGolden("inspect-export.mapping.golden", Files.readString(proposal, StandardCharsets.UTF_8));
    }

    @Test
    void inspect_reviewedProposal_readsTheExportAsTheCanonicalFilesRead() throws IOException {
        Path proposal = tmp.resolve("export.mapping");
        assertThat(CliRun.csi("inspect", EXPORT.toString(), "--write-mapping", proposal.toString()).code()).isZero();
        // the review: accept every suggestion, and say what the one label without a suggestion means
        String reviewed = Files.readString(proposal, StandardCharsets.UTF_8)
                .replace("# REVIEW: ", "")
                .replace("# value.category.两抢 = ?", "value.category.两抢 = robbery");
        MappingProfile profile = MappingProfile.parse("export.mapping", reviewed);

        ReadResult mapped = DatasetReader.read(EXPORT, ReadOptions.defaults().withMapping(profile));
        ReadResult canonical = DatasetReader.read(CANONICAL);

        assertThat(mapped.report().errors()).isEmpty();
        assertThat(mapped.report().warnings()).singleElement().asString()
                .startsWith("警情导出.csv line 1, column 备注: warning: unknown column, ignored; the columns of 警情导出.csv are id,");
        Dataset a = mapped.orThrow();
        Dataset b = canonical.orThrow();
        assertThat(a.incidents()).isEqualTo(b.incidents());
        assertThat(a.disputes()).isEqualTo(b.disputes());
        assertThat(a.outreach()).isEqualTo(b.outreach());
        assertThat(a.tree().units()).extracting(Jurisdiction::toString)
                .isEqualTo(b.tree().units().stream().map(Jurisdiction::toString).toList());
    }

    @Test
    void inspect_unreviewedProposal_leavesTheUncertainPartsUnread() throws IOException {
        Path proposal = tmp.resolve("export.mapping");
        CliRun.csi("inspect", EXPORT.toString(), "--write-mapping", proposal.toString());

        CliRun validate = CliRun.csi("validate", "--data", EXPORT.toString(), "--mapping", proposal.toString());

        assertThat(validate.code()).isEqualTo(Csi.DATA_ERROR);
        assertThat(validate.out()).contains("矛盾纠纷.csv line 4, column type: 劳资争议 is not a known dispute type;"
                + " expected one of");
    }

    @Test
    void validate_badMappingProfile_isAUsageErrorNamingTheLine() throws IOException {
        Path bad = tmp.resolve("bad.mapping");
        Files.writeString(bad, "[incidents]\ncolumn.catgory = 类别\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.csi("validate", "--data", EXPORT.toString(), "--mapping", bad.toString());

        assertThat(run.code()).isEqualTo(Csi.USAGE);
        assertThat(run.err()).contains("bad.mapping line 2: unknown field catgory of incidents");
    }

    @Test
    void inspect_oneFile_showsThatFileOnly() {
        CliRun run = CliRun.csi("inspect", EXPORT.resolve("矛盾纠纷.csv").toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.outLines()).filteredOn(l -> l.contains(".csv:")).containsExactly(
                "矛盾纠纷.csv: disputes (by its name), 4 rows");
        assertThat(run.out()).contains("  unknown values of type: 劳资争议 (2 rows; did you mean labour?)");
    }

    @Test
    void inspect_missingInput_isAUsageError() {
        CliRun run = CliRun.csi("inspect", tmp.resolve("nothing").toString());

        assertThat(run.code()).isEqualTo(Csi.USAGE);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    void readme_mappingProfileExample_isAValidProfile() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```ini\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("README.md has an ```ini block").isTrue();

        MappingProfile profile = MappingProfile.parse("README.md", m.group(1));

        assertThat(profile.values("incidents", "category")).containsEntry("两抢", "robbery");
        assertThat(profile.format("incidents", "occurred_on")).contains("yyyy.MM.dd HH:mm");
        assertThat(profile.file("disputes")).contains("矛盾纠纷.csv");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
