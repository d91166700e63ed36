package org.chargeplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.Geometry;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.Point;

/**
 * {@code plan.gpkg} (OGC GeoPackage 1.3): every map layer of a plan folder as one feature table in
 * WGS84 (EPSG:4326), with an integer primary key {@code fid}, the geometry column {@code geom}
 * (POINT or LINESTRING) and one column per GeoJSON property, typed from its values (BOOLEAN when
 * all are booleans, INTEGER when all are whole numbers, REAL for other numbers, TEXT otherwise).
 * Written with the NGA GeoPackage library, stamped as version 1.3 (see {@link #write}). The tables' {@code last_change} is fixed at the epoch
 * so that the same folder gives the same bytes.
 */
final class GeoPackageWriter {

    static final String FILE = "plan.gpkg";
    private static final long WGS84 = 4326;
    private static final int GPKG_1_3 = 10300;

    private GeoPackageWriter() {
    }

    static void write(PlanFolder plan) {
        Path file = plan.folder().resolve(FILE);
        GeoPackageManager.create(file.toFile());
        GeoPackage gpkg = GeoPackageManager.open(file.toFile());
        try {
            // The library stamps version 1.4; the tables written here are plain 1.3 (no 1.4-only
            // feature), and GDAL before 3.7 warns on 1.4, so the file says 1.3.
            gpkg.getConnection().execSQL("PRAGMA user_version = " + GPKG_1_3);
            // A staging file: durability comes from moving the finished folder, not from syncs.
            gpkg.getConnection().execSQL("PRAGMA synchronous = OFF");
            for (Layer layer : plan.layers()) {
                table(gpkg, layer);
            }
        } catch (SQLException | IOException e) {
            throw new UncheckedIOException("cannot write " + file, e instanceof IOException io ? io : new IOException(e));
        } finally {
            gpkg.close();
        }
    }

    private static void table(GeoPackage gpkg, Layer layer) throws SQLException, IOException {
        boolean points = layer.geometryType().equals("Point");
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(layer.name());
        geometry.setColumnName("geom");
        geometry.setGeometryType(points ? GeometryType.POINT : GeometryType.LINESTRING);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrsId(WGS84);
        List<String> names = layer.propertyNames();
        List<FeatureColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(FeatureColumn.createColumn(name, type(layer, name)));
        }
        gpkg.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", columns, bounds(layer)));
        Contents contents = gpkg.getContentsDao().queryForId(layer.name());
        contents.setIdentifier(layer.name());
        contents.setLastChange(new Date(0));
        gpkg.getContentsDao().update(contents);

        FeatureDao dao = gpkg.getFeatureDao(layer.name());
        // One transaction per table: without it SQLite syncs the file after every row.
        gpkg.beginTransaction();
        for (LayerFeature f : layer.features()) {
            FeatureRow row = dao.newRow();
            GeoPackageGeometryData data = GeoPackageGeometryData.createAndBuildEnvelope(WGS84, geometry(f));
            row.setGeometry(data);
            for (String name : names) {
                row.setValue(name, value(f.properties().get(name), type(layer, name)));
            }
            dao.create(row);
        }
        gpkg.endTransaction();
    }

    private static Geometry geometry(LayerFeature f) {
        if (f.isPoint()) {
            double[] p = f.positions().get(0);
            return new Point(p[0], p[1]);
        }
        LineString line = new LineString();
        f.positions().forEach(p -> line.addPoint(new Point(p[0], p[1])));
        return line;
    }

    private static BoundingBox bounds(Layer layer) {
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (LayerFeature f : layer.features()) {
            for (double[] p : f.positions()) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        return layer.features().isEmpty() ? new BoundingBox(-180, -90, 180, 90)
                : new BoundingBox(minLon, minLat, maxLon, maxLat);
    }

    private static GeoPackageDataType type(Layer layer, String name) {
        boolean allBoolean = true;
        boolean allWhole = true;
        boolean allNumbers = true;
        for (LayerFeature f : layer.features()) {
            JsonNode v = f.properties().get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            allBoolean &= v.isBoolean();
            allNumbers &= v.isNumber();
            allWhole &= v.isIntegralNumber();
        }
        if (allBoolean) {
            return allNumbers ? GeoPackageDataType.REAL : GeoPackageDataType.BOOLEAN;
        }
        if (allNumbers) {
            return allWhole ? GeoPackageDataType.INTEGER : GeoPackageDataType.REAL;
        }
        return GeoPackageDataType.TEXT;
    }

    private static Object value(JsonNode v, GeoPackageDataType type) {
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> v.booleanValue();
            case INTEGER -> v.longValue();
            case REAL -> v.doubleValue();
            default -> v.isValueNode() ? v.asText() : v.toString();
        };
    }
}
