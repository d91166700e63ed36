package org.chargeplan.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts "90", "90s", "2m" or "1h" to seconds. */
final class DurationSeconds implements ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        double factor = 1;
        if (t.endsWith("ms")) {
            factor = 0.001;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factor = 60;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            factor = 3600;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double seconds = Double.parseDouble(t) * factor;
            if (seconds > 0 && Double.isFinite(seconds)) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new TypeConversionException("'" + text + "' is not a duration > 0 (e.g. 60, 60s, 2m)");
    }
}
