package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The distribution feeder that supplies the sites.
 *
 * @param feeder              the feeder GeoJSON (buses, branches, transformers)
 * @param baseLoadProfile     multipliers of each bus's peak base load ({@code base_kw}), one per
 *                            hour from 00:00: 24 given inline (all 1 by default)
 * @param baseLoadProfileFile a CSV {@code hour,multiplier} of 24 or 8,760 hours instead of the
 *                            inline list
 * @param baseLoadTable       a CSV {@code bus,hour,kw,kvar} with every bus's load in every hour
 *                            (24 or 8,760), instead of peak loads times a profile
 * @param minVoltagePu        lowest bus voltage the plan may cause, per unit
 */
public record GridSource(Path feeder, List<Double> baseLoadProfile, java.util.Optional<Path> baseLoadProfileFile,
        java.util.Optional<Path> baseLoadTable, double minVoltagePu) {

    public GridSource {
        baseLoadProfile = List.copyOf(baseLoadProfile);
    }
}
