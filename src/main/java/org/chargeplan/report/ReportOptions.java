package org.chargeplan.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link PlanWriter} writes beyond the plan's own files.
 *
 * @param geoPackage also write {@code plan.gpkg}
 * @param compare    another plan's output folder to show beside this plan in {@code report.html}
 */
public record ReportOptions(boolean geoPackage, Optional<Path> compare) {

    /** GeoJSON and CSV only, no comparison. */
    public static final ReportOptions DEFAULT = new ReportOptions(false, Optional.empty());

    public ReportOptions {
        compare = compare.map(p -> p.toAbsolutePath().normalize());
    }
}
