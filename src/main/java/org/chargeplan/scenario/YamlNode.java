package org.chargeplan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping or value in a scenario file together with its field path, so that every complaint
 * names the file and the field ({@code chargers[1].power_kw}). Not thread-safe; short-lived.
 */
final class YamlNode {

    private final Path file;
    private final String path;
    private final JsonNode node;

    YamlNode(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    /** Fails on any key that is not one of {@code known}, listing the valid ones. */
    YamlNode allowOnly(String... known) {
        Set<String> allowed = new TreeSet<>(List.of(known));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(child(name), "", "unknown field; valid fields here are " + String.join(", ", allowed));
            }
        }
        return this;
    }

    Optional<YamlNode> optional(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new YamlNode(file, child(key), value));
    }

    YamlNode required(String key, String expected) {
        return optional(key).orElseThrow(() -> error(child(key), "", expected));
    }

    YamlNode requireMapping() {
        if (!node.isObject()) {
            throw error(path, node.toString(), "must be a mapping of fields");
        }
        return this;
    }

    List<YamlNode> elements(String expected) {
        if (!node.isArray()) {
            throw error(path, node.toString(), expected);
        }
        List<YamlNode> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            list.add(new YamlNode(file, path + "[" + i + "]", node.get(i)));
        }
        return list;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whether this is a mapping of fields. */
    boolean isMapping() {
        return node.isObject();
    }

    /** Whether this is a list. */
    boolean isList() {
        return node.isArray();
    }

    /** Whether this is a text value (as opposed to a list, a mapping or a number). */
    boolean isText() {
        return node.isTextual();
    }

    String text() {
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw error(path, node.toString(), "must be a non-empty text");
        }
        return node.asText();
    }

    /** A boolean ({@code true} or {@code false}). */
    boolean flag() {
        if (!node.isBoolean()) {
            throw error(path, node.asText(), "true or false");
        }
        return node.booleanValue();
    }

    /** A number within [min, max]; {@code expected} describes the range for the error message. */
    double number(double min, double max, String expected) {
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isTextual()) {
            try {
                value = Double.parseDouble(node.asText().trim());
            } catch (NumberFormatException e) {
                throw error(path, quoted(), expected + " (a plain number, units are in the field name)");
            }
        } else {
            throw error(path, node.toString(), expected);
        }
        if (!(value >= min && value <= max)) {
            throw error(path, node.asText(), expected);
        }
        return value;
    }

    int integer(int min, int max, String expected) {
        double value = number(min, max, expected);
        if (value != Math.rint(value)) {
            throw error(path, node.asText(), expected);
        }
        return (int) value;
    }

    /** A path relative to the scenario file; the file must exist. */
    Path existingFile(Path baseDir) {
        Path resolved = baseDir.resolve(text()).normalize();
        if (!java.nio.file.Files.isRegularFile(resolved)) {
            throw error(path, text(), "no such file (" + resolved + ")");
        }
        return resolved;
    }

    InputException error(String expected) {
        return error(path, node.isValueNode() ? node.asText() : node.toString(), expected);
    }

    private InputException error(String fieldPath, String value, String expected) {
        return new InputException(file, "", fieldPath, value, expected);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String quoted() {
        return "'" + node.asText() + "'";
    }
}
