package org.communitysafety.core.io.json;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.communitysafety.core.io.RowSource;

/** TEMPORARY placeholder, replaced by the JSON Lines implementation. */
public final class JsonLinesRowSource {
    private JsonLinesRowSource() {}

    public static RowSource open(Path file, Charset charset, List<String> columns) throws IOException {
        throw new IOException("not yet");
    }
}
