package org.communitysafety.core.io.json;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Locale;

/**
 * How a JSON token is named in an error message ("must be a string, not an array"), shared by
 * the cube reader and the JSON Lines reader so that both speak of JSON alike.
 */
final class JsonTokens {
    private JsonTokens() {}

    /** {@code t} as a reader would say it: "an array", "a number", "nothing" for {@code null}. */
    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY, END_ARRAY -> "an array";
            case START_OBJECT, END_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            // the tokens that are no JSON value: Jackson has no text for them
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * {@link #describe}, but a number says which kind it is ("a whole number", "a decimal
     * number"), for fields where that is the error.
     */
    static String describeNumberKind(JsonToken t) {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return "a whole number";
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return "a decimal number";
        }
        return describe(t);
    }
}
