package org.communitysafety.core.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.communitysafety.core.lang.Resources;

/**
 * The synonyms of the default taxonomy's categories, read from {@code synonyms.properties}
 * beside this class: one line a category, {@code theft = 盗窃案 | 盗窃案件 | 扒窃} (UTF-8).
 * Stateless; package-private.
 */
final class DefaultSynonyms {
    private DefaultSynonyms() {}

    /** The synonyms by category code. */
    static Map<String, List<String>> read() {
        Properties lines = Resources.properties(DefaultSynonyms.class, "synonyms.properties");
        Map<String, List<String>> synonyms = new TreeMap<>();
        for (String code : lines.stringPropertyNames()) {
            synonyms.put(code, Resources.parts(lines.getProperty(code)));
        }
        return synonyms;
    }
}
