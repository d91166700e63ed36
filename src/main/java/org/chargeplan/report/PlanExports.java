package org.chargeplan.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The exports made from a plan's written files: the layers' CSV tables ({@link LayerTables}),
 * {@code report.html} ({@link HtmlReport}), {@code report.png} ({@link MapPicture}) and, when asked,
 * {@code plan.gpkg} ({@link GeoPackageWriter}).
 */
public final class PlanExports {

    private PlanExports() {
    }

    /**
     * Reads a folder given to {@code --compare} as {@link #write} will, so that a folder that is not
     * a plan's output is refused (an {@code InputException} naming the file) before any solving.
     */
    public static void checkComparable(Path folder) {
        PlanFolder.read(folder);
    }

    /** @param folder the (staging) folder that already holds the plan's GeoJSON, CSV and summary */
    static void write(Path folder, ReportOptions options) {
        PlanFolder plan = PlanFolder.read(folder);
        LayerTables.write(plan);
        if (options.geoPackage()) {
            GeoPackageWriter.write(plan);
        }
        Optional<PlanFolder> other = options.compare().map(PlanFolder::read);
        HtmlReport.write(plan, other, folder.resolve("report.html"));
        MapPicture.write(plan, folder.resolve("report.png"));
    }
}
