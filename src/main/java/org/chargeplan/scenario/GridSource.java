package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The distribution feeder that supplies the sites.
 *
 * @param feeder           the feeder GeoJSON (buses, branches, transformers)
 * @param baseLoadProfile  24 multipliers, one per hour starting at 00:00, applied to each bus's
 *                         peak base load ({@code base_kw}) to give its load in that hour
 * @param minVoltagePu     lowest bus voltage the plan may cause, per unit
 */
public record GridSource(Path feeder, List<Double> baseLoadProfile, double minVoltagePu) {

    public GridSource {
        baseLoadProfile = List.copyOf(baseLoadProfile);
    }
}
