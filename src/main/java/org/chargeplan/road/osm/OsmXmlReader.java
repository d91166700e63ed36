package org.chargeplan.road.osm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chargeplan.scenario.InputException;

/**
 * Streams an OpenStreetMap XML file ({@code .osm}, or gzip-compressed {@code .osm.gz}, detected by
 * its magic bytes) with StAX, passing nodes and ways to an {@link OsmSink}. Relations and metadata
 * are skipped. Memory does not grow with the file beyond what the sink keeps. DTDs and external
 * entities are disabled. Errors name the file, the line and the attribute.
 */
public final class OsmXmlReader {

    private OsmXmlReader() {
    }

    /** Reads {@code file} into {@code sink}. */
    public static void read(Path file, OsmSink sink) {
        read(file, sink, org.chargeplan.road.ProgressListener.NONE);
    }

    /** Reads {@code file} into {@code sink}, telling {@code progress} the file bytes read. */
    public static void read(Path file, OsmSink sink, org.chargeplan.road.ProgressListener progress) {
        try (InputStream in = open(file, progress)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                new Parse(file, xml, sink).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new InputException(file, line > 0 ? "line " + line : "", "", "",
                    "not valid OSM XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read OSM file (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream open(Path file, org.chargeplan.road.ProgressListener progress) throws IOException {
        InputStream raw = new BufferedInputStream(new ProgressInputStream(Files.newInputStream(file), Files.size(file),
                progress), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /** One pass over the document; holds the element being read. */
    private static final class Parse {
        private final Path file;
        private final XMLStreamReader xml;
        private final OsmSink sink;
        private final Map<String, String> tags = new HashMap<>();
        private long[] refs = new long[64];
        private int refCount;
        private String element = "";
        private long id;
        private int lonE7;
        private int latE7;
        private boolean sawOsm;

        Parse(Path file, XMLStreamReader xml, OsmSink sink) {
            this.file = file;
            this.xml = xml;
            this.sink = sink;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (!sawOsm) {
                throw InputException.ofFile(file, "not an OSM XML file: the root element must be <osm>", null);
            }
        }

        private void start(String name) {
            switch (name) {
                case "osm" -> sawOsm = true;
                case "node" -> {
                    begin(name);
                    latE7 = fixedPoint("lat", 90);
                    lonE7 = fixedPoint("lon", 180);
                }
                case "way" -> begin(name);
                case "relation" -> element = name;
                case "nd" -> {
                    if (element.equals("way")) {
                        if (refCount == refs.length) {
                            refs = Arrays.copyOf(refs, refCount * 2);
                        }
                        refs[refCount++] = longAttribute("ref");
                    }
                }
                case "tag" -> {
                    if (!element.equals("relation")) {
                        tags.put(attribute("k"), attribute("v"));
                    }
                }
                default -> {
                }
            }
        }

        private void end(String name) {
            if (name.equals("node") && element.equals("node")) {
                sink.node(id, lonE7, latE7, tags.isEmpty() ? Map.of() : tags);
                element = "";
            } else if (name.equals("way") && element.equals("way")) {
                sink.way(id, Arrays.copyOf(refs, refCount), tags);
                element = "";
            } else if (name.equals("relation")) {
                element = "";
            }
        }

        private void begin(String name) {
            element = name;
            tags.clear();
            refCount = 0;
            id = longAttribute("id");
        }

        private String attribute(String name) {
            String value = xml.getAttributeValue(null, name);
            if (value == null) {
                throw fail(name, "", "every <" + xml.getLocalName() + "> needs a '" + name + "' attribute");
            }
            return value;
        }

        private long longAttribute(String name) {
            String value = attribute(name);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw fail(name, value, "a whole number (an OSM id)");
            }
        }

        private int fixedPoint(String name, double limit) {
            String value = attribute(name);
            try {
                double degrees = Double.parseDouble(value);
                if (Math.abs(degrees) <= limit) {
                    return (int) Math.round(degrees * 1e7);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw fail(name, value, "degrees within ±" + (int) limit);
        }

        private InputException fail(String field, String value, String expected) {
            String where = "line " + xml.getLocation().getLineNumber()
                    + (element.isEmpty() ? "" : " (" + element + " " + id + ")");
            return new InputException(file, where, field, value, expected);
        }
    }
}
