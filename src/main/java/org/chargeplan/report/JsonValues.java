package org.chargeplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Writes property values to JSON the same way in every output: text, booleans, {@code null},
 * whole numbers as integers, other numbers rounded to 4 decimals (values below 1e-3 to 4
 * significant digits, so small gaps stay visible), maps as objects and lists as arrays.
 */
final class JsonValues {

    private JsonValues() {
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            json.writeNumber(Math.abs(d) < 1e-3 && d != 0 ? BigDecimal.valueOf(d).round(new MathContext(4))
                    : Numbers.round(d, Numbers.VALUE_DECIMALS));
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("unsupported JSON value " + value.getClass());
        }
    }
}
