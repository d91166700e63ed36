package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.HostingCapacity.BusHosting;

/**
 * Writes the outputs of {@code hosting} into an {@link OutputFolder}, one row or feature per bus in
 * the order given (feeder order), so the same inputs give the same bytes:
 *
 * <ul>
 *   <li>{@code hosting_capacity.csv}:
 *       {@code bus,lon,lat,hosting_kw,binding_kind,binding_element,binding_hour,binding_value,binding_limit};
 *       {@code lon}/{@code lat} WGS84 with 7 decimals (empty for a bus without a position),
 *       {@code hosting_kw} in kW in the charging profile's peak hour, {@code binding_kind}
 *       {@code voltage}, {@code branch} or {@code transformer}, {@code binding_hour} (hour of the series: 0-23, or 0-8759 for a year), and the
 *       value reached and the limit in p.u. (voltage, 6 decimals), kVA (branch) or kW (transformer);
 *       the binding cells are empty when no limit breaks up to the search's upper bound;</li>
 *   <li>{@code hosting_capacity.geojson}: RFC 7946 Points for the buses that have a position, with
 *       {@code id}, {@code hosting_kw}, {@code binding_kind}, {@code binding_element} and
 *       {@code binding_hour} ({@code null} when there is no binding limit).</li>
 * </ul>
 */
public final class HostingWriter {

    private static final String CSV_HEADER =
            "bus,lon,lat,hosting_kw,binding_kind,binding_element,binding_hour,binding_value,binding_limit";
    private static final int VOLTAGE_DECIMALS = 6;

    private HostingWriter() {
    }

    /**
     * @param feeder  the feeder the capacities were computed on
     * @param hosting one entry per bus, as {@code HostingCapacity.compute} returns them
     */
    public static void write(OutputFolder out, Feeder feeder, List<BusHosting> hosting) {
        writeCsv(feeder, hosting, out.file("hosting_capacity.csv"));
        writeGeoJson(feeder, hosting, out.file("hosting_capacity.geojson"));
    }

    private static void writeCsv(Feeder feeder, List<BusHosting> hosting, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (BusHosting row : hosting) {
            Bus bus = feeder.buses().get(row.bus());
            List<String> cells = new ArrayList<>();
            cells.add(Csv.cell(bus.id()));
            cells.add(bus.position().map(p -> Numbers.text(p.lon(), Numbers.COORDINATE_DECIMALS)).orElse(""));
            cells.add(bus.position().map(p -> Numbers.text(p.lat(), Numbers.COORDINATE_DECIMALS)).orElse(""));
            cells.add(Numbers.text(row.hostingKw()));
            Optional<GridViolation> binding = row.binding();
            if (binding.isPresent()) {
                GridViolation v = binding.get();
                int decimals = v.kind() == GridViolation.Kind.VOLTAGE ? VOLTAGE_DECIMALS : Numbers.VALUE_DECIMALS;
                cells.add(v.kind().label());
                cells.add(Csv.cell(v.element()));
                cells.add(String.valueOf(v.hour()));
                cells.add(Numbers.text(v.value(), decimals));
                cells.add(Numbers.text(v.limit(), decimals));
            } else {
                cells.addAll(List.of("", "", "", "", ""));
            }
            lines.add(String.join(",", cells));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeGeoJson(Feeder feeder, List<BusHosting> hosting, Path file) {
        try (GeoJsonWriter out = new GeoJsonWriter(file, "hosting_capacity")) {
            for (BusHosting row : hosting) {
                Bus bus = feeder.buses().get(row.bus());
                Optional<LonLat> position = bus.position();
                if (position.isEmpty()) {
                    continue;
                }
                Optional<GridViolation> binding = row.binding();
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", bus.id());
                p.put("hosting_kw", row.hostingKw());
                p.put("binding_kind", binding.map(v -> (Object) v.kind().label()).orElse(null));
                p.put("binding_element", binding.map(v -> (Object) v.element()).orElse(null));
                p.put("binding_hour", binding.map(v -> (Object) v.hour()).orElse(null));
                out.point(position.get(), p);
            }
        }
    }
}
