package org.chargeplan.road.osm;

import com.google.protobuf.InvalidProtocolBufferException;
import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chargeplan.scenario.InputException;

/**
 * Streams an OpenStreetMap PBF file ({@code .osm.pbf}) with the osmpbf library, passing nodes
 * (plain and dense) and ways to an {@link OsmSink}. Coordinates are decoded with the block's
 * granularity and offsets into 1e-7 degree units. Files that need a feature this reader does not
 * have (anything beyond {@code OsmSchema-V0.6}, {@code DenseNodes}, {@code HistoricalInformation})
 * are refused with a message, as the format asks.
 */
public final class OsmPbfReader {

    private static final Set<String> SUPPORTED = Set.of("OsmSchema-V0.6", "DenseNodes", "HistoricalInformation");

    private OsmPbfReader() {
    }

    /** Reads {@code file} into {@code sink}. */
    public static void read(Path file, OsmSink sink) {
        read(file, sink, org.chargeplan.road.ProgressListener.NONE);
    }

    /** Reads {@code file} into {@code sink}, telling {@code progress} the file bytes read. */
    public static void read(Path file, OsmSink sink, org.chargeplan.road.ProgressListener progress) {
        checkFraming(file);
        try (InputStream in = new BufferedInputStream(new ProgressInputStream(Files.newInputStream(file),
                Files.size(file), progress), 1 << 16)) {
            new BlockInputStream(in, new Parser(file, sink)).process();
        } catch (InputException e) {
            throw e;
        } catch (InvalidProtocolBufferException e) {
            throw InputException.ofFile(file, "not a valid OSM PBF file (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw InputException.ofFile(file, "cannot read OSM PBF file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Checks the file's blob framing before parsing: a 4-byte big-endian header length, a BlobHeader
     * naming the blob's size, the blob, and so on to exactly the end of the file, the first blob an
     * {@code OSMHeader}. The osmpbf library treats an end of file inside a blob as a normal end, so
     * without this a truncated download would read as a smaller network.
     */
    private static void checkFraming(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            long position = 0;
            int blobs = 0;
            java.nio.ByteBuffer length = java.nio.ByteBuffer.allocate(4);
            while (position < size) {
                length.clear();
                if (channel.read(length, position) != 4) {
                    throw truncated(file, position);
                }
                int headerLength = length.getInt(0);
                if (headerLength <= 0 || headerLength > 64 * 1024 || position + 4 + headerLength > size) {
                    throw truncated(file, position);
                }
                java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(headerLength);
                channel.read(header, position + 4);
                header.flip();
                var blobHeader = crosby.binary.Fileformat.BlobHeader.parseFrom(header);
                if (blobs == 0 && !blobHeader.getType().equals("OSMHeader")) {
                    throw InputException.ofFile(file, "not an OSM PBF file: its first block is '"
                            + blobHeader.getType() + "', not 'OSMHeader'", null);
                }
                position += 4L + headerLength + blobHeader.getDatasize();
                blobs++;
            }
            if (position != size || blobs == 0) {
                throw truncated(file, Math.min(position, size));
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read OSM PBF file (" + e.getMessage() + ")", e);
        }
    }

    private static InputException truncated(Path file, long position) {
        return InputException.ofFile(file, "OSM PBF file is empty or cut short (the block at byte " + position
                + " runs past the end of the file); download it again", null);
    }

    private static final class Parser extends BinaryParser {
        private final Path file;
        private final OsmSink sink;
        private final Map<String, String> tags = new HashMap<>();
        private long latOffset;
        private long lonOffset;

        Parser(Path file, OsmSink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void parse(Osmformat.PrimitiveBlock block) {
            latOffset = block.getLatOffset();
            lonOffset = block.getLonOffset();
            super.parse(block);
        }

        @Override
        protected void parse(Osmformat.HeaderBlock header) {
            for (String feature : header.getRequiredFeaturesList()) {
                if (!SUPPORTED.contains(feature)) {
                    throw InputException.ofFile(file, "the file requires the PBF feature '" + feature
                            + "', which this reader does not support (supported: " + String.join(", ",
                            new java.util.TreeSet<>(SUPPORTED)) + ")", null);
                }
            }
        }

        @Override
        protected void parseDense(Osmformat.DenseNodes dense) {
            long id = 0;
            long lat = 0;
            long lon = 0;
            int kv = 0;
            int keysVals = dense.getKeysValsCount();
            for (int i = 0; i < dense.getIdCount(); i++) {
                id += dense.getId(i);
                lat += dense.getLat(i);
                lon += dense.getLon(i);
                tags.clear();
                if (keysVals > 0) {
                    while (dense.getKeysVals(kv) != 0) {
                        tags.put(getStringById(dense.getKeysVals(kv)), getStringById(dense.getKeysVals(kv + 1)));
                        kv += 2;
                    }
                    kv++;
                }
                sink.node(id, e7(lon, lonOffset), e7(lat, latOffset), tags.isEmpty() ? Map.of() : tags);
            }
        }

        @Override
        protected void parseNodes(List<Osmformat.Node> nodes) {
            for (Osmformat.Node node : nodes) {
                readTags(node.getKeysCount(), node::getKeys, node::getVals);
                sink.node(node.getId(), e7(node.getLon(), lonOffset), e7(node.getLat(), latOffset),
                        tags.isEmpty() ? Map.of() : tags);
            }
        }

        @Override
        protected void parseWays(List<Osmformat.Way> ways) {
            for (Osmformat.Way way : ways) {
                readTags(way.getKeysCount(), way::getKeys, way::getVals);
                long[] refs = new long[way.getRefsCount()];
                long ref = 0;
                for (int i = 0; i < refs.length; i++) {
                    ref += way.getRefs(i);
                    refs[i] = ref;
                }
                sink.way(way.getId(), refs, tags);
            }
        }

        /** Fills {@link #tags} from parallel key and value string-table indices. */
        private void readTags(int count, java.util.function.IntUnaryOperator key, java.util.function.IntUnaryOperator value) {
            tags.clear();
            for (int i = 0; i < count; i++) {
                tags.put(getStringById(key.applyAsInt(i)), getStringById(value.applyAsInt(i)));
            }
        }

        @Override
        protected void parseRelations(List<Osmformat.Relation> relations) {
            // Turn restrictions and route relations are not modelled.
        }

        @Override
        public void complete() {
            // Nothing is buffered.
        }

        /** Nanodegrees {@code offset + granularity × value} in units of 1e-7 degree. */
        private int e7(long value, long offset) {
            return (int) Math.round((offset + (double) granularity * value) / 100.0);
        }
    }
}
