package org.chargeplan.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a scenario YAML file. Every problem becomes an {@link InputException} naming
 * the file, the field path and what would be valid; unknown fields are rejected so that a typo
 * ({@code budjet}) never silently falls back to a default. The schema is documented in README.md.
 */
public final class ScenarioReader {

    private static final double MAX_MONEY = 1e15;

    private final Path file;
    private final Path baseDir;

    private ScenarioReader(Path file) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.baseDir = parent != null ? parent : Path.of(".");
    }

    /** Reads the scenario at {@code file}. */
    public static Scenario read(Path file) {
        return new ScenarioReader(file).read();
    }

    private Scenario read() {
        YamlNode root = parse().requireMapping().allowOnly("name", "roads", "demand", "profiles",
                "candidates", "chargers", "grid", "objective", "solver", "input_crs", "range",
                "storage", "costs");
        String name = root.optional("name").map(YamlNode::text).orElse(fileStem());
        RoadSource roads = readRoads(root.required("roads", "a mapping with 'file'").requireMapping());
        Optional<RangeSource> range = root.optional("range")
                .map(node -> RangeSectionReader.read(node.requireMapping(), baseDir));
        DemandSource demand = range.isPresent() && root.optional("demand").isEmpty()
                ? new DemandSource(DemandSource.Kind.NONE, file, 1, 0, 0, range.get().demandClass())
                : readDemand(root.required("demand", "a mapping with 'od' or 'points'").requireMapping());
        Map<String, List<Double>> profiles = readProfiles(
                root.required("profiles",
                "a mapping of demand class to 24 hourly weights or {file: PROFILE.csv, column: CLASS}").requireMapping());
        if (demand.kind() != DemandSource.Kind.NONE && !profiles.containsKey(demand.demandClass())) {
            throw new InputException(file, "", "demand.class", demand.demandClass(),
                    "no profile for this demand class; 'profiles' defines " + String.join(", ", profiles.keySet()));
        }
        if (range.isPresent() && !profiles.containsKey(range.get().demandClass())) {
            throw new InputException(file, "", "range.class", range.get().demandClass(),
                    "no profile for this demand class; 'profiles' defines " + String.join(", ", profiles.keySet()));
        }
        CandidateSource candidates = readCandidates(
                root.required("candidates", "a mapping with 'file' and 'reach_minutes'").requireMapping());
        List<ChargerType> chargers = readChargers(root.required("chargers", "a list of charger types"));
        candidates.generation().ifPresent(rule -> rule.osmSockets().forEach((socket, type) -> {
            if (chargers.stream().noneMatch(c -> c.id().equals(type))) {
                throw new InputException(file, "", "candidates.generate.osm_sockets." + socket, type,
                        "not a charger type; the scenario defines "
                                + String.join(", ", chargers.stream().map(ChargerType::id).toList()));
            }
        }));
        Optional<GridSource> grid = root.optional("grid").map(node -> readGrid(node.requireMapping()));
        Objective objective = readObjective(root.required("objective", "a mapping with 'type'").requireMapping());
        SolverSettings solver = root.optional("solver").map(node -> readSolver(node.requireMapping()))
                .orElse(new SolverSettings("auto", 60, 1e-4, 1));
        Optional<String> inputCrs = root.optional("input_crs").map(node -> {
            String crs = node.text();
            if (org.chargeplan.geo.CrsTransform.toWgs84(crs).isEmpty()) {
                throw node.error("a coordinate reference system proj4j knows, as an EPSG code such as EPSG:3857 or EPSG:32632");
            }
            return crs;
        });
        Investment investment = InvestmentSectionReader.read(root);
        return new Scenario(file, name, roads, demand, profiles, candidates, chargers, grid, objective, solver, inputCrs,
                range, investment);
    }

    private YamlNode parse() {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read scenario file (" + e.getMessage() + ")", e);
        }
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw InputException.ofFile(file, "scenario file is empty", null);
            }
            return new YamlNode(file, "", node);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "", "", "not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private RoadSource readRoads(YamlNode node) {
        node.allowOnly("file", "format", "nodes", "minutes_per_time_unit");
        Path roadFile = node.required("file", "the road network file").existingFile(baseDir);
        String defaultFormat = defaultRoadFormat(roadFile.getFileName().toString().toLowerCase(Locale.ROOT));
        YamlNode formatNode = node.optional("format").orElse(null);
        String format = formatNode == null ? defaultFormat : formatNode.text().toLowerCase(Locale.ROOT);
        if (format.equals("geojson")) {
            return new RoadSource(roadFile, RoadSource.Format.GEOJSON, Optional.empty(), 1);
        }
        if (format.equals("osm")) {
            return new RoadSource(roadFile, RoadSource.Format.OSM, Optional.empty(), 1);
        }
        if (!format.equals("tntp")) {
            throw formatNode.error("one of geojson, tntp, osm");
        }
        Path nodes = node.required("nodes", "the TNTP node file (*_node.tntp) with coordinates").existingFile(baseDir);
        double minutes = node.optional("minutes_per_time_unit")
                .map(n -> n.number(1e-9, 1e6, "a number of minutes > 0")).orElse(1.0);
        return new RoadSource(roadFile, RoadSource.Format.TNTP, Optional.of(nodes), minutes);
    }

    private static String defaultRoadFormat(String name) {
        if (name.endsWith(".tntp")) {
            return "tntp";
        }
        boolean osm = name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz")
                || name.endsWith(".osm.xml") || name.endsWith(".osm.xml.gz");
        return osm ? "osm" : "geojson";
    }

    private DemandSource readDemand(YamlNode node) {
        node.allowOnly("od", "points", "trips_per_od_unit", "ev_share", "kwh_per_trip", "class");
        Optional<YamlNode> od = node.optional("od");
        Optional<YamlNode> points = node.optional("points");
        if (od.isPresent() == points.isPresent()) {
            throw node.error("give exactly one of 'od' (an OD CSV) or 'points' (a GeoJSON of demand points)");
        }
        String demandClass = node.optional("class").map(YamlNode::text).orElse("default");
        if (points.isPresent()) {
            return new DemandSource(DemandSource.Kind.POINTS, points.get().existingFile(baseDir), 1, 1, 1, demandClass);
        }
        double scale = node.optional("trips_per_od_unit").map(n -> n.number(1e-12, 1e12, "a number > 0")).orElse(1.0);
        double share = node.required("ev_share", "a share of trips in [0, 1]").number(0, 1, "a share in [0, 1]");
        double kwh = node.required("kwh_per_trip", "kWh of charging per electric trip")
                .number(0, 1e4, "a number of kWh >= 0");
        return new DemandSource(DemandSource.Kind.OD_TABLE, od.get().existingFile(baseDir), scale, share, kwh, demandClass);
    }

    private Map<String, List<Double>> readProfiles(YamlNode node) {
        Map<String, List<Double>> profiles = new LinkedHashMap<>();
        for (String demandClass : node.fieldNames()) {
            YamlNode weightsNode = node.required(demandClass, "");
            profiles.put(demandClass, weightsNode.isMapping() ? ProfileFileReader.read(weightsNode, baseDir)
                    : readHourly(weightsNode, true));
        }
        if (profiles.isEmpty()) {
            throw node.error("at least one demand class with 24 hourly weights");
        }
        return profiles;
    }

    /** 24 non-negative numbers; normalised to sum 1 when {@code normalise}. */
    private List<Double> readHourly(YamlNode node, boolean normalise) {
        List<YamlNode> elements = node.elements("a list of 24 numbers, one per hour from 00:00");
        if (elements.size() != Scenario.HOURS) {
            throw node.error("a list of exactly 24 numbers, one per hour from 00:00 (found " + elements.size() + ")");
        }
        List<Double> values = new ArrayList<>();
        for (YamlNode element : elements) {
            values.add(element.number(0, 1e6, "a number >= 0"));
        }
        if (!normalise) {
            return values;
        }
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw node.error("hourly weights must not all be zero");
        }
        return values.stream().map(v -> v / sum).toList();
    }

    private CandidateSource readCandidates(YamlNode node) {
        node.allowOnly("file", "reach_minutes", "site_cost", "max_snap_m", "generate");
        Optional<CandidateGeneration> generation = node.optional("generate").map(this::readGeneration);
        Optional<Path> sites = generation.isPresent()
                ? node.optional("file").map(n -> n.existingFile(baseDir))
                : Optional.of(node.required("file", "the candidate sites GeoJSON (or a 'generate' rule)")
                        .existingFile(baseDir));
        double reach = node.required("reach_minutes", "the longest drive to a station, minutes")
                .number(1e-9, 1e5, "a number of minutes > 0");
        double siteCost = node.optional("site_cost").map(n -> n.number(0, MAX_MONEY, "a cost >= 0")).orElse(0.0);
        double snap = node.optional("max_snap_m").map(n -> n.number(0, 1e7, "a distance in metres >= 0"))
                .orElse(1000.0);
        return new CandidateSource(sites, reach, siteCost, snap, generation);
    }

    private CandidateGeneration readGeneration(YamlNode node) {
        node.requireMapping().allowOnly("major_road_nodes", "every_km", "osm_sites", "osm_sockets", "dedup_m");
        boolean majorNodes = node.optional("major_road_nodes").map(n -> n.flag()).orElse(false);
        double everyKm = node.optional("every_km").map(n -> n.number(0, 1e4, "a distance in km >= 0")).orElse(0.0);
        List<String> kinds = new ArrayList<>();
        for (YamlNode kind : node.optional("osm_sites").map(n -> n.elements("a list of site kinds")).orElse(List.of())) {
            String value = kind.text();
            if (!List.of("charging_station", "parking", "fuel").contains(value)) {
                throw kind.error("one of charging_station, parking, fuel");
            }
            kinds.add(value);
        }
        Map<String, String> sockets = new java.util.TreeMap<>();
        node.optional("osm_sockets").ifPresent(map -> {
            map.requireMapping();
            for (String socket : map.fieldNames()) {
                sockets.put(socket, map.required(socket, "a charger type id").text());
            }
        });
        double dedup = node.optional("dedup_m").map(n -> n.number(0, 1e6, "a distance in metres >= 0")).orElse(100.0);
        if (!majorNodes && everyKm == 0 && kinds.isEmpty()) {
            throw node.error("at least one of major_road_nodes: true, every_km > 0, osm_sites");
        }
        return new CandidateGeneration(majorNodes, everyKm, kinds, sockets, dedup);
    }

    private List<ChargerType> readChargers(YamlNode node) {
        List<ChargerType> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode element : node.elements("a list of charger types")) {
            element.requireMapping().allowOnly("id", "power_kw", "cost_per_charger", "utilisation", "max_per_site");
            YamlNode idNode = element.required("id", "a short identifier such as dc150");
            String id = idNode.text();
            if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw idNode.error("letters, digits and '_', starting with a letter");
            }
            if (!ids.add(id)) {
                throw idNode.error("charger type ids must be unique");
            }
            double power = element.required("power_kw", "rated power in kW").number(1e-9, 1e5, "a power in kW > 0");
            double cost = element.required("cost_per_charger", "capital cost of one charger")
                    .number(0, MAX_MONEY, "a cost >= 0");
            double utilisation = element.optional("utilisation")
                    .map(n -> n.number(1e-9, 1, "a share in (0, 1]")).orElse(1.0);
            int max = element.required("max_per_site", "the most chargers of this type at one site")
                    .integer(0, 100_000, "a whole number >= 0");
            types.add(new ChargerType(id, power, cost, utilisation, max));
        }
        if (types.isEmpty()) {
            throw node.error("at least one charger type");
        }
        return types;
    }

    private GridSource readGrid(YamlNode node) {
        node.allowOnly("feeder", "base_load_profile", "base_load", "min_voltage_pu", "upgrades");
        Path feeder = node.required("feeder", "the feeder GeoJSON").existingFile(baseDir);
        Optional<YamlNode> profileNode = node.optional("base_load_profile");
        Optional<Path> profileFile = profileNode.filter(YamlNode::isText).map(n -> n.existingFile(baseDir));
        List<Double> profile = profileNode.filter(n -> !n.isText()).map(n -> readHourly(n, false))
                .orElse(java.util.Collections.nCopies(Scenario.HOURS, 1.0));
        Optional<Path> table = node.optional("base_load").map(n -> n.existingFile(baseDir));
        if (table.isPresent() && profileNode.isPresent()) {
            throw node.required("base_load_profile", "").error(
                    "give either base_load (every bus's load per hour) or base_load_profile (a shape for peak loads)");
        }
        double minVoltage = node.optional("min_voltage_pu")
                .map(n -> n.number(0, 0.999, "a voltage in per unit, e.g. 0.9 (below the slack's 1.0)")).orElse(0.9);
        return new GridSource(feeder, profile, profileFile, table, minVoltage);
    }

    private Objective readObjective(YamlNode node) {
        node.allowOnly("type", "budget", "coverage_target", "stations");
        YamlNode typeNode = node.required("type", "max-coverage or min-cost");
        String type = typeNode.text();
        double budget = node.optional("budget").map(n -> n.number(0, MAX_MONEY, "a budget >= 0"))
                .orElse(Double.POSITIVE_INFINITY);
        int stations = node.optional("stations").map(n -> n.integer(0, 1_000_000, "a whole number of new stations >= 0"))
                .orElse(Integer.MAX_VALUE);
        if (type.equals(Objective.Kind.MAX_COVERAGE.label())) {
            if (stations == Integer.MAX_VALUE) {
                node.required("budget", "a capital budget (currency units) or a number of new 'stations' is needed"
                        + " for max-coverage");
            }
            if (node.optional("coverage_target").isPresent()) {
                throw node.required("coverage_target", "").error("only valid with type min-cost");
            }
            return new Objective(Objective.Kind.MAX_COVERAGE, budget, 0, stations);
        }
        if (type.equals(Objective.Kind.MIN_COST.label())) {
            double target = node.required("coverage_target", "the share of demand energy to serve, in [0, 1]")
                    .number(0, 1, "a share in [0, 1]");
            return new Objective(Objective.Kind.MIN_COST, budget, target, stations);
        }
        throw typeNode.error("one of max-coverage, min-cost");
    }

    private SolverSettings readSolver(YamlNode node) {
        node.allowOnly("name", "time_limit_seconds", "gap", "threads");
        String name = node.optional("name").map(YamlNode::text).orElse("auto");
        double limit = node.optional("time_limit_seconds").map(n -> n.number(1e-3, 1e7, "seconds > 0")).orElse(60.0);
        double gap = node.optional("gap").map(n -> n.number(0, 0.999, "a relative gap in [0, 1)")).orElse(1e-4);
        int threads = node.optional("threads").map(n -> n.integer(1, 1024, "a whole number >= 1")).orElse(1);
        return new SolverSettings(name, limit, gap, threads);
    }

    private String fileStem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
