package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Bad input: a file, a feature or line in it, a field, the offending value and what would be valid.
 *
 * <p>The message is one line, ready to print to a user:
 * {@code roads.geojson: feature 12: field 'travel_minutes' = -3: must be a number > 0}. The
 * command line maps this exception to exit code 2.
 */
public final class InputException extends RuntimeException {

    private final transient Path file;

    /**
     * @param file     the file at fault (shown as given, relative paths stay relative)
     * @param location the feature, row or line inside the file, e.g. {@code "feature 3"} or
     *                 {@code "line 17"}; empty when the problem concerns the whole file
     * @param field    the field or column, e.g. {@code "chargers[1].power_kw"}; empty when none
     * @param value    the offending value as text; empty when the value is missing
     * @param expected what would be valid, e.g. {@code "a number > 0"}
     */
    public InputException(Path file, String location, String field, String value, String expected) {
        this(file, location, field, value, expected, null);
    }

    public InputException(Path file, String location, String field, String value, String expected,
            Throwable cause) {
        super(format(file, location, field, value, expected), cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** A problem with a whole file, e.g. it cannot be read. */
    public static InputException ofFile(Path file, String problem, Throwable cause) {
        return new InputException(file, "", "", "", problem, cause);
    }

    private static String format(Path file, String location, String field, String value,
            String expected) {
        StringBuilder text = new StringBuilder(String.valueOf(Objects.requireNonNull(file, "file")));
        if (location != null && !location.isEmpty()) {
            text.append(": ").append(location);
        }
        if (field != null && !field.isEmpty()) {
            text.append(": field '").append(field).append('\'');
            if (value == null || value.isEmpty()) {
                text.append(" is missing");
            } else {
                text.append(" = ").append(value);
            }
        } else if (value != null && !value.isEmpty()) {
            text.append(": ").append(value);
        }
        text.append(": ").append(expected);
        return text.toString().replace('\n', ' ');
    }
}
