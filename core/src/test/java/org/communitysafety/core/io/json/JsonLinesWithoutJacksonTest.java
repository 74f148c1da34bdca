package org.communitysafety.core.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysafety.core.io.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jackson is an optional dependency: with only the library's own classes on the class path,
 * CSV directories read as usual and a {@code .jsonl} file is a problem that says what is
 * missing, not a crash.
 */
final class JsonLinesWithoutJacksonTest {
    @TempDir
    Path dir;

    /** A class loader that sees the library's main classes and the JDK, nothing else. */
    private static URLClassLoader coreOnly() {
        URL classes = DatasetReader.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
    }

    /** {@code DatasetReader.read(dir).report().problems()} as strings, run in {@code loader}. */
    private static List<String> problems(ClassLoader loader, Path dir) throws ReflectiveOperationException {
        Class<?> reader = Class.forName(DatasetReader.class.getName(), true, loader);
        Object result = reader.getMethod("read", Path.class).invoke(null, dir);
        Object report = result.getClass().getMethod("report").invoke(result);
        List<?> problems = (List<?>) report.getClass().getMethod("problems").invoke(report);
        return problems.stream().map(Object::toString).toList();
    }

    @Test
    void coreOnlyClassPath_reallyLacksJackson() throws IOException {
        try (URLClassLoader loader = coreOnly()) {
            assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void read_csvWithoutJackson_readsCleanly() throws Exception {
        Files.writeString(dir.resolve("jurisdictions.csv"), "code,name,level\n1,市,city\n");
        Files.writeString(dir.resolve("incidents.csv"), "id,unit,category,occurred_on\nI1,1,theft,2024-03-07\n");

        try (URLClassLoader loader = coreOnly()) {
            assertThat(problems(loader, dir)).isEmpty();
        }
    }

    @Test
    void read_jsonlWithoutJackson_isAProblemNamingTheMissingLibrary() throws Exception {
        Files.writeString(dir.resolve("jurisdictions.csv"), "code,name,level\n1,市,city\n");
        Files.writeString(dir.resolve("incidents.jsonl"),
                "{\"id\":\"I1\",\"unit\":\"1\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\"}\n");

        try (URLClassLoader loader = coreOnly()) {
            assertThat(problems(loader, dir)).singleElement().asString().startsWith(
                    "incidents.jsonl: the file cannot be read: reading JSON Lines needs jackson-databind on the"
                            + " class path (com/fasterxml/jackson/core/");
        }
    }
}
