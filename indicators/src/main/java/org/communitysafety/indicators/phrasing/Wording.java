package org.communitysafety.indicators.phrasing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Resources;

/**
 * The wording of one language: named templates read from a resource bundle of UTF-8
 * {@code .properties} files, one file a language ({@code PhrasingText_zh.properties},
 * {@code ReportText_en.properties}). Immutable and thread-safe; loaded once per bundle and
 * language.
 *
 * <p>A template names its parts in braces — {@code 受理矛盾纠纷{received}，调结率达{rate}} /
 * {@code received {received}, with a conclusion rate of {rate}} — so each language orders a
 * sentence its own way. The parts are text already written: a number reaches a template only as
 * a {@code String}, an {@code int} or a {@code long} (whose decimal digits do not depend on a
 * locale), never as a {@code double}, so no default locale can change a digit. Templates are
 * not {@link java.text.MessageFormat} patterns: those format numbers with a locale and take
 * apostrophes as quotes, which Chinese and English text both contain.
 *
 * <p>Bundles are looked up without falling back to the default locale
 * ({@link ResourceBundle.Control#getNoFallbackControl}): a report in English is English whatever
 * the machine's locale, and a key missing from a language's file is an error, not a silent
 * switch to another language.
 */
public final class Wording {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Wording> CACHE = new ConcurrentHashMap<>();

    private final String baseName;
    private final Language language;
    private final Map<String, String> templates;

    private Wording(String baseName, Language language, Map<String, String> templates) {
        this.baseName = baseName;
        this.language = language;
        this.templates = templates;
    }

    /**
     * The wording of {@code language} in the bundle {@code baseName}, e.g.
     * {@code org.communitysafety.indicators.report.ReportText}.
     *
     * @throws MissingResourceException if the language has no file in that bundle
     */
    public static Wording of(String baseName, Language language) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(language, "language");
        return CACHE.computeIfAbsent(baseName + "_" + language, k -> load(baseName, language));
    }

    private static Wording load(String baseName, Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(), Wording.class.getClassLoader(),
                NO_FALLBACK);
        Map<String, String> templates = new HashMap<>();
        for (String key : bundle.keySet()) {
            templates.put(key, bundle.getString(key));
        }
        return new Wording(baseName, language, Map.copyOf(templates));
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** Whether the wording has a template for {@code key}. */
    public boolean has(String key) {
        return templates.containsKey(Objects.requireNonNull(key, "key"));
    }

    /** The template of {@code key}, if the wording has one. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(templates.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * The text of {@code key} with its parts filled in: {@code names} alternate a part's name and
     * its value ({@code "received", "4.5万余宗", "rate", "98.0%"}).
     *
     * @throws MissingResourceException if there is no such key
     * @throws IllegalArgumentException if a part is named in the template but not given, a value
     *     is neither text nor a whole number, or the names and values do not pair up
     */
    public String text(String key, Object... names) {
        String template = templates.get(Objects.requireNonNull(key, "key"));
        if (template == null) {
            throw new MissingResourceException("no text '" + key + "' in " + baseName + "_"
                    + language.locale().toLanguageTag() + ".properties", baseName, key);
        }
        return fill(key, template, names);
    }

    /**
     * The text of {@code key.one} when {@code n} is 1 and the language has that key, else of
     * {@code key.other}: English writes "1 year" and "3 years", Chinese "连续1年" and "连续3年".
     */
    public String plural(String key, long n, Object... names) {
        return text(pluralKey(key, n), names);
    }

    /**
     * The key {@link #plural} reads: {@code key.one} when {@code n} is 1 and the language has it, else
     * {@code key.other}.
     */
    String pluralKey(String key, long n) {
        String one = key + ".one";
        return n == 1 && has(one) ? one : key + ".other";
    }

    /** The text of {@code key} split at {@code |}: the twelve month names, for instance. */
    public List<String> list(String key) {
        return List.copyOf(Resources.parts(text(key)));
    }

    private String fill(String key, String template, Object[] names) {
        Check.argument(names.length % 2 == 0, "the parts of '%s' come in name, value pairs; got %d arguments",
                key, names.length);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            Check.argument(close > open, "the template '%s' opens a part at %d and never closes it", key, open);
            out.append(template, i, open).append(value(key, template.substring(open + 1, close), names));
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String key, String name, Object[] names) {
        for (int k = 0; k < names.length; k += 2) {
            if (name.equals(names[k])) {
                Object v = Objects.requireNonNull(names[k + 1], name);
                Check.argument(v instanceof CharSequence || v instanceof Integer || v instanceof Long,
                        "the part {%s} of '%s' must be text or a whole number, got a %s: format it first",
                        name, key, v.getClass().getSimpleName());
                return v.toString();
            }
        }
        throw new IllegalArgumentException("the template '" + key + "' has a part {" + name + "} that was not given");
    }

    /** {@code Wording[ReportText_en, 120 texts]}. */
    @Override
    public String toString() {
        String base = baseName.substring(baseName.lastIndexOf('.') + 1);
        return "Wording[" + base + "_" + language.locale().toLanguageTag().toLowerCase(Locale.ROOT) + ", "
                + templates.size() + " texts]";
    }
}
