package org.communitysafety.indicators.report;

import java.util.Locale;

/** The formats a {@link Report} is written in. */
public enum ReportFormat {
    /** A self-contained HTML page. */
    HTML,
    /** Markdown. */
    MARKDOWN,
    /** JSON. */
    JSON;

    /** Parses {@code html}, {@code md} (or {@code markdown}) and {@code json}, in any case. */
    public static ReportFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown report format '" + text + "'; use html, md or json");
        };
    }
}
