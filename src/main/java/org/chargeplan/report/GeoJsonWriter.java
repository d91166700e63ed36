package org.chargeplan.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chargeplan.geo.LonLat;

/**
 * Writes an RFC 7946 GeoJSON FeatureCollection feature by feature: WGS84 longitude/latitude with 7
 * decimals, no {@code crs} member, properties in the order given, numbers rounded to 4 decimals
 * (integers as integers). Property values may be text, numbers, booleans, {@code null} or a map of
 * the same (written as an object), as {@link JsonValues} writes them.
 */
final class GeoJsonWriter implements AutoCloseable {

    private final Path file;
    private final JsonGenerator json;

    GeoJsonWriter(Path file, String layerName) {
        this.file = file;
        try {
            this.json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", layerName);
            json.writeArrayFieldStart("features");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void point(LonLat position, Map<String, ?> properties) {
        feature("Point", List.of(position), properties);
    }

    void lineString(List<LonLat> line, Map<String, ?> properties) {
        feature("LineString", line, properties);
    }

    private void feature(String type, List<LonLat> positions, Map<String, ?> properties) {
        try {
            json.writeRaw('\n');
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            Object id = properties.get("id");
            if (id != null) {
                json.writeStringField("id", String.valueOf(id));
            }
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", type);
            json.writeFieldName("coordinates");
            if (type.equals("Point")) {
                position(positions.get(0));
            } else {
                json.writeStartArray();
                for (LonLat p : positions) {
                    position(p);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeFieldName("properties");
            JsonValues.write(json, properties);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void position(LonLat p) throws IOException {
        json.writeStartArray();
        json.writeNumber(Numbers.round(p.lon(), Numbers.COORDINATE_DECIMALS));
        json.writeNumber(Numbers.round(p.lat(), Numbers.COORDINATE_DECIMALS));
        json.writeEndArray();
    }

    @Override
    public void close() {
        try {
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
