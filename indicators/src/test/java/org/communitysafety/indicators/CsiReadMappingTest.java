package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.io.InvalidDataException;
import org.communitysafety.core.io.MappingProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Csi.read(dir, mapping)}: an export read through a mapping profile, as from JShell. */
final class CsiReadMappingTest {
    @TempDir
    Path dir;

    @Test
    void read_exportWithProfile_readsWhatWithoutItIsRejected() throws IOException {
        Files.writeString(dir.resolve("辖区.csv"), """
                单位代码,单位名称,级别,上级代码,常住人口
                33,测试市,市,,
                330101001,西溪社区,社区,33,5000
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("警情导出.csv"), """
                编号,所属单位,警情性质,发生时间
                I1,西溪社区,两抢,2024.03.07
                I2,西溪社区,两抢,2024.03.08
                """, StandardCharsets.UTF_8);
        MappingProfile profile = MappingProfile.parse("export.mapping", """
                [incidents]
                file = 警情导出.csv
                column.category = 警情性质
                column.occurred_on = 发生时间
                value.category.两抢 = robbery
                format.occurred_on = yyyy.MM.dd
                """);

        ColumnarDataset data = Csi.read(dir, profile);

        assertThat(data.incidents().size()).isEqualTo(2);
        assertThatThrownBy(() -> Csi.read(dir, MappingProfile.parse("partial", """
                [incidents]
                file = 警情导出.csv
                column.category = 警情性质
                column.occurred_on = 发生时间
                format.occurred_on = yyyy.MM.dd
                """))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("警情导出.csv line 2, column category: unknown category 两抢 (2 rows; lines 2, 3)");
    }
}
