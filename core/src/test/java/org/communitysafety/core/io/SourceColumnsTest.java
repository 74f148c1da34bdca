package org.communitysafety.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class SourceColumnsTest {

    @Test
    void position_englishAndChineseHeadings_theFieldTheReaderTakes() {
        assertEquals(OptionalInt.of(1), SourceColumns.position("incidents", List.of("unit", " ID ", "category"),
                MappingProfile.none(), "id"));
        assertEquals(OptionalInt.of(2), SourceColumns.position("incidents", List.of("所属单位", "案件类别", "警情编号"),
                MappingProfile.none(), "id"));
    }

    @Test
    void position_renamedByAMappingProfile_theRenamedField() {
        MappingProfile profile = MappingProfile.parse("p.mapping", "[incidents]\ncolumn.id = case_no\n");
        assertEquals(OptionalInt.of(0), SourceColumns.position("incidents", List.of("case_no", "unit"), profile, "id"));
    }

    @Test
    void position_missingTwiceOrADefault_empty() {
        assertEquals(OptionalInt.empty(), SourceColumns.position("incidents", List.of("unit"), MappingProfile.none(),
                "id"));
        assertEquals(OptionalInt.empty(), SourceColumns.position("incidents", List.of("id", "警情编号"),
                MappingProfile.none(), "id"));
        MappingProfile defaults = MappingProfile.parse("d.mapping", "[disputes]\ndefault.status = open\n");
        assertEquals(OptionalInt.empty(), SourceColumns.position("disputes", List.of("id", "unit"), defaults,
                "status"));
    }

    @Test
    void position_unknownSourceOrColumn_namesIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> SourceColumns.position("incident", List.of("id"),
                MappingProfile.none(), "id"));
        assertEquals("unknown source incident; the sources are taxonomy, jurisdictions, populations, incidents, "
                + "disputes, outreach", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> SourceColumns.position("incidents", List.of("id"),
                MappingProfile.none(), "identifier"));
        assertEquals("no column identifier in incidents.csv", f.getMessage());
    }
}
