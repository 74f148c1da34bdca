package org.communitysafety.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A hand-written data directory of four units, small enough to read in a test's source. */
final class TinyData {
    static final String JURISDICTIONS = """
            code,name,level,parent_code,population,households,area_km2,kind
            330100,后阴市,city,,,,,
            330102,白兴区,district,330100,,,,
            330102001,东湖街道,town,330102,,,,
            330102001001,春晖社区,community,330102001,5000,1800,1.2,
            """;

    /** Line 3 (the second row) has a 30 February. */
    static final String INCIDENTS_WITH_BAD_DATE = """
            id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source
            I1,330102001001,theft,2023-01-10,2023-01-10,2023-02-01,true,false,100.00,,call
            I2,330102001001,theft,2023-02-01,2023-02-01,2023-02-30,true,false,,,call
            I3,330102001001,fraud,2023-03-05,,,,,,,
            """;

    static final String INCIDENTS_CLEAN = """
            id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source
            I1,330102001001,theft,2023-01-10,2023-01-10,2023-02-01,true,false,100.00,,call
            I3,330102001001,fraud,2023-03-05,,,,,,,
            """;

    private TinyData() {}

    static Path write(Path dir, String jurisdictions, String incidents) throws IOException {
        return write(dir, jurisdictions, incidents, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String jurisdictions, String incidents, Charset charset) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jurisdictions.csv"), jurisdictions, charset);
        if (incidents != null) {
            Files.writeString(dir.resolve("incidents.csv"), incidents, charset);
        }
        return dir;
    }
}
