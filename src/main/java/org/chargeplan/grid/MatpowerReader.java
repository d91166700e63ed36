package org.chargeplan.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chargeplan.scenario.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.chargeplan.grid.MatpowerText.CaseText;
import org.chargeplan.grid.MatpowerText.Matrix;
import org.chargeplan.grid.MatpowerText.Row;
import org.chargeplan.grid.MatpowerText.Statement;

/**
 * Reads a MATPOWER case file (format version 2, the MATLAB {@code .m} text) into a {@link Feeder}
 * in the project's units: loads in kW and kvar, impedances in ohms, voltages in kV.
 *
 * <p>Read are {@code mpc.baseMVA}, {@code mpc.bus}, {@code mpc.gen} and {@code mpc.branch}, with the
 * columns of MATPOWER's CASEFORMAT (R. D. Zimmerman, C. E. Murillo-Sánchez, R. J. Thomas, "MATPOWER:
 * Steady-State Operations, Planning, and Analysis Tools for Power Systems Research and Education",
 * IEEE Trans. Power Systems 26(1):12-19, 2011); other fields such as {@code mpc.gencost} are skipped.
 * Rows end at {@code ;} or at a line end, cells are separated by blanks or commas, {@code %} starts
 * a comment anywhere and {@code ...} continues a row on the next line.
 *
 * <p>Units. Standard tables hold Pd/Qd in MW/MVAr and r/x in per unit on {@code baseMVA} and the
 * from-bus {@code baseKV}; they are converted by ×1000 and by × baseKV²/baseMVA. Distribution cases
 * such as {@code case33bw.m} hold kW/kVAr and ohms in their tables and convert them with MATLAB
 * statements at the end of the file ({@code mpc.bus(:, [PD, QD]) = mpc.bus(:, [PD, QD]) / 1e3;} and
 * {@code mpc.branch(:, [BR_R BR_X]) = mpc.branch(:, [BR_R BR_X]) / (Vbase^2 / Sbase);}); when one of
 * these is present, its columns are taken as they stand. Any other statement that changes a table
 * is rejected, since reading the table without it would give wrong figures. The choice is logged.
 *
 * <p>Mapping: bus ids are the bus numbers as text, branch ids {@code L1..Ln} in file order. The bus
 * of type 3 is the slack, held at the Vg of the first in-service generator there, else at its Vm,
 * else at 1.0 p.u. Branches with status 0 are kept as open switches. The feeder model has no place
 * for line charging b, tap ratios, phase shifts, bus shunts Gs/Bs or generation away from the
 * slack bus: they are dropped, with one warning naming what was dropped. MATPOWER has no
 * coordinates, so buses have no position and branches no geometry; the feeder has no transformers.
 *
 * <p>Errors are {@link InputException}s naming the file, the line, the column and the value.
 * Stateless and thread-safe.
 */
public final class MatpowerReader {

    private static final Logger LOG = LoggerFactory.getLogger(MatpowerReader.class);

    private static final List<String> BUS_COLUMNS = List.of("bus_i", "type", "Pd", "Qd", "Gs", "Bs", "area",
            "Vm", "Va", "baseKV", "zone", "Vmax", "Vmin");
    private static final List<String> GEN_COLUMNS = List.of("bus", "Pg", "Qg", "Qmax", "Qmin", "Vg", "mBase",
            "status");
    private static final List<String> BRANCH_COLUMNS = List.of("fbus", "tbus", "r", "x", "b", "rateA", "rateB",
            "rateC", "ratio", "angle", "status", "angmin", "angmax");
    /** Columns this reader uses: bus up to baseKV, gen up to status, branch up to status. */
    private static final int BUS_READ = 10;
    private static final int GEN_READ = 8;
    private static final int BRANCH_READ = 11;
    private static final String BUS_TYPES = "a bus type 1 (PQ), 2 (PV), 3 (slack) or 4 (isolated)";

    private static final String BLANK = "\\s*";
    private static final Pattern LOAD_CONVERSION = Pattern.compile(
            "mpc\\.bus\\(\\s*:\\s*,\\s*\\[\\s*(?:PD|3)\\s*,?\\s*(?:QD|4)\\s*]\\s*\\)\\s*=\\s*"
                    + "mpc\\.bus\\(\\s*:\\s*,\\s*\\[\\s*(?:PD|3)\\s*,?\\s*(?:QD|4)\\s*]\\s*\\)\\s*/\\s*(?:1e\\+?3|1000)");
    private static final Pattern IMPEDANCE_CONVERSION = Pattern.compile(
            "mpc\\.branch\\(\\s*:\\s*,\\s*\\[\\s*(?:BR_R|3)\\s*,?\\s*(?:BR_X|4)\\s*]\\s*\\)\\s*=\\s*"
                    + "mpc\\.branch\\(\\s*:\\s*,\\s*\\[\\s*(?:BR_R|3)\\s*,?\\s*(?:BR_X|4)\\s*]\\s*\\)\\s*/\\s*"
                    + "\\(\\s*\\w+\\s*\\^\\s*2\\s*/\\s*\\w+\\s*\\)");
    private static final Pattern TABLE_CHANGE = Pattern.compile("mpc\\.(bus|gen|branch)\\s*\\(.*");
    private static final Pattern BASE_MVA = Pattern.compile("mpc\\.baseMVA" + BLANK + "=" + BLANK + "(.*)");
    private static final Pattern VERSION = Pattern.compile("mpc\\.version" + BLANK + "=" + BLANK + "'([^']*)'");

    private MatpowerReader() {
    }

    /**
     * Reads a MATPOWER case into a Feeder in the project's units (kW, kvar, ohms, kV).
     *
     * @param file            the {@code .m} case file
     * @param baseLoadProfile 24 hourly multipliers of each bus's load Pd/Qd
     * @throws InputException when the file cannot be read or breaks a rule listed above
     */
    public static Feeder read(Path file, List<Double> baseLoadProfile) {
        CaseText text = CaseText.parse(file, readLines(file));
        Matrix busTable = text.require("bus");
        Matrix branchTable = text.require("branch");
        Matrix genTable = text.matrices().getOrDefault("gen", new Matrix(0, List.of()));
        Units units = units(file, text);
        List<String> dropped = new ArrayList<>();

        List<Bus> buses = new ArrayList<>();
        Map<Integer, Integer> busIndex = new HashMap<>();
        Row slackRow = null;
        int slackNumber = 0;
        int shunts = 0;
        for (Row row : busTable.rows()) {
            row.requireColumns(file, "bus", BUS_COLUMNS, BUS_READ);
            int number = row.busNumber(file, 0, BUS_COLUMNS);
            if (busIndex.put(number, buses.size()) != null) {
                throw row.fail(file, 0, BUS_COLUMNS, "a bus number not used by an earlier row");
            }
            double typeCode = row.number(file, 1, BUS_COLUMNS, 1, 4, BUS_TYPES);
            if (typeCode != Math.rint(typeCode)) {
                throw row.fail(file, 1, BUS_COLUMNS, BUS_TYPES);
            }
            int type = (int) typeCode;
            if (type == 3) {
                if (slackRow != null) {
                    throw row.fail(file, 1, BUS_COLUMNS, "exactly one bus of type 3 (slack); bus "
                            + slackRow.cells().get(0) + " on line " + slackRow.line() + " is one already");
                }
                slackRow = row;
                slackNumber = number;
            }
            double scale = units.loadsInKw ? 1 : 1000;
            double kw = row.number(file, 2, BUS_COLUMNS, -1e9, 1e9, "a load in " + units.loadUnit());
            double kvar = row.number(file, 3, BUS_COLUMNS, -1e9, 1e9, "a load in " + units.loadUnit());
            if (row.number(file, 4, BUS_COLUMNS, -1e9, 1e9, "a shunt in MW") != 0
                    || row.number(file, 5, BUS_COLUMNS, -1e9, 1e9, "a shunt in MVAr") != 0) {
                shunts++;
            }
            double baseKv = row.number(file, 9, BUS_COLUMNS, 1e-6, 1e4,
                    "a base voltage in kV > 0 (needed for the bus's nominal voltage)");
            buses.add(new Bus(String.valueOf(number), Optional.empty(), kw * scale, kvar * scale, baseKv, type == 3));
        }
        if (slackRow == null) {
            throw new InputException(file, "line " + busTable.line(), "type", "no bus of type 3",
                    "exactly one bus of type 3 (slack, the substation) in mpc.bus");
        }
        if (shunts > 0) {
            dropped.add("shunts Gs/Bs at " + shunts + " buses");
        }
        // The power flows here use one voltage base (no transformers between levels), so a case with
        // several base voltages would get wrong impedances: refuse it, naming the first such bus.
        double slackKv = slackRow.number(file, 9, BUS_COLUMNS, 1e-6, 1e4, "a base voltage in kV > 0");
        for (int b = 0; b < buses.size(); b++) {
            if (Math.abs(buses.get(b).nominalKv() - slackKv) > 1e-9 * slackKv) {
                Row row = busTable.rows().get(b);
                throw new InputException(file, "line " + row.line(), "baseKV", String.valueOf(buses.get(b).nominalKv()),
                        "every bus must share the slack bus's base voltage " + slackKv
                                + " kV (cases with several voltage levels are not supported)");
            }
        }
        double slackVoltagePu = slackVoltage(file, genTable, busIndex, slackRow, slackNumber, dropped);

        double baseMva = units.impedancesInOhm ? Double.NaN : units.baseMva(file);
        List<Branch> branches = new ArrayList<>();
        int charging = 0;
        int taps = 0;
        for (Row row : branchTable.rows()) {
            row.requireColumns(file, "branch", BRANCH_COLUMNS, BRANCH_READ);
            int from = knownBus(file, row, 0, busIndex);
            int to = knownBus(file, row, 1, busIndex);
            if (from == to) {
                throw row.fail(file, 1, BRANCH_COLUMNS, "a bus other than fbus (a branch joins two buses)");
            }
            double r = row.number(file, 2, BRANCH_COLUMNS, 0, 1e9, "a resistance >= 0 in " + units.impedanceUnit());
            double x = row.number(file, 3, BRANCH_COLUMNS, 0, 1e9, "a reactance >= 0 in " + units.impedanceUnit());
            boolean inService = row.number(file, 10, BRANCH_COLUMNS, -1e9, 1e9, "a status, 1 in service or 0 open") > 0;
            if (inService && r == 0 && x == 0) {
                throw row.fail(file, 2, BRANCH_COLUMNS, "a branch needs a non-zero impedance (r or x > 0)"
                        + " unless it is open (status 0)");
            }
            charging += row.number(file, 4, BRANCH_COLUMNS, -1e9, 1e9, "a charging susceptance in p.u.") != 0 ? 1 : 0;
            double ratio = row.number(file, 8, BRANCH_COLUMNS, -1e9, 1e9, "a tap ratio (0 for a line)");
            double angle = row.number(file, 9, BRANCH_COLUMNS, -360, 360, "a phase shift in degrees");
            taps += (ratio != 0 && ratio != 1) || angle != 0 ? 1 : 0;
            double ohmsPerUnit = units.impedancesInOhm ? 1
                    : Math.pow(buses.get(from).nominalKv(), 2) / baseMva;
            // rateA is in MVA; 0 means no limit (MATPOWER's convention).
            double rateMva = row.number(file, 5, BRANCH_COLUMNS, 0, 1e9, "a rating in MVA >= 0 (0 for none)");
            branches.add(new Branch("L" + (branches.size() + 1), from, to, r * ohmsPerUnit, x * ohmsPerUnit, inService,
                    List.of(), rateMva > 0 ? java.util.OptionalDouble.of(rateMva * 1000) : java.util.OptionalDouble.empty()));
        }
        if (charging > 0) {
            dropped.add("line charging b on " + charging + " branches");
        }
        if (taps > 0) {
            dropped.add("tap ratio or phase shift on " + taps + " branches (read as lines)");
        }
        LOG.info("{}", units.describe(file));
        if (!dropped.isEmpty()) {
            LOG.warn("{}: not carried over (the feeder model has no place for them): {}", file.getFileName(),
                    String.join("; ", dropped));
        }
        return new Feeder(buses, branches, List.of(), baseLoadProfile, slackVoltagePu);
    }

    private static List<String> readLines(Path file) {
        try {
            // Latin-1 never fails to decode; the tables are ASCII, and comments may hold any bytes.
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read the MATPOWER case: " + e.getMessage(), e);
        }
    }

    private static Units units(Path file, CaseText text) {
        boolean loadsInKw = false;
        boolean impedancesInOhm = false;
        Optional<Statement> baseMva = Optional.empty();
        for (Statement statement : text.statements()) {
            Matcher version = VERSION.matcher(statement.text());
            if (LOAD_CONVERSION.matcher(statement.text()).matches()) {
                loadsInKw = true;
            } else if (IMPEDANCE_CONVERSION.matcher(statement.text()).matches()) {
                impedancesInOhm = true;
            } else if (TABLE_CHANGE.matcher(statement.text()).matches()) {
                throw new InputException(file, "line " + statement.line(), "mpc." + statement.text().split("\\W+")[1],
                        statement.text(), "only the unit conversions of distribution cases (Pd/Qd / 1e3 and"
                                + " r/x / (Vbase^2 / Sbase)) are understood; write other changes into the table");
            } else if (version.matches() && !version.group(1).equals("2")) {
                throw new InputException(file, "line " + statement.line(), "mpc.version", version.group(1),
                        "MATPOWER case format version 2");
            } else if (BASE_MVA.matcher(statement.text()).matches()) {
                baseMva = Optional.of(statement);
            }
        }
        return new Units(loadsInKw, impedancesInOhm, baseMva);
    }

    private static double slackVoltage(Path file, Matrix genTable, Map<Integer, Integer> busIndex, Row slackRow,
            int slackNumber, List<String> dropped) {
        Optional<Double> setpoint = Optional.empty();
        int generatorsElsewhere = 0;
        for (Row row : genTable.rows()) {
            row.requireColumns(file, "gen", GEN_COLUMNS, GEN_READ);
            int bus = row.busNumber(file, 0, GEN_COLUMNS);
            if (!busIndex.containsKey(bus)) {
                throw row.fail(file, 0, GEN_COLUMNS, "a bus number listed in mpc.bus");
            }
            if (row.number(file, 7, GEN_COLUMNS, -1e9, 1e9, "a status, 1 in service or 0 out") <= 0) {
                continue;
            }
            if (bus == slackNumber) {
                double vg = row.number(file, 5, GEN_COLUMNS, 1e-3, 10, "a voltage setpoint in p.u. > 0");
                setpoint = setpoint.or(() -> Optional.of(vg));
            } else {
                generatorsElsewhere++;
            }
        }
        if (generatorsElsewhere > 0) {
            dropped.add(generatorsElsewhere + " in-service generators away from the slack bus");
        }
        double vm = slackRow.number(file, 7, BUS_COLUMNS, -1e9, 1e9, "a voltage magnitude in p.u.");
        return setpoint.orElse(vm > 0 ? vm : 1.0);
    }

    private static int knownBus(Path file, Row row, int column, Map<Integer, Integer> busIndex) {
        Integer index = busIndex.get(row.busNumber(file, column, BRANCH_COLUMNS));
        if (index == null) {
            throw row.fail(file, column, BRANCH_COLUMNS, "a bus number listed in mpc.bus");
        }
        return index;
    }

    /** Which tables the file's own code converts, and the MVA base for the ones it does not. */
    private record Units(boolean loadsInKw, boolean impedancesInOhm, Optional<Statement> baseMvaStatement) {

        String loadUnit() {
            return loadsInKw ? "kW/kvar" : "MW/MVAr";
        }

        String impedanceUnit() {
            return impedancesInOhm ? "ohms" : "p.u.";
        }

        double baseMva(Path file) {
            Statement statement = baseMvaStatement.orElseThrow(() -> new InputException(file, "", "mpc.baseMVA", "",
                    "a system MVA base, needed to convert per-unit r/x to ohms"));
            Matcher value = BASE_MVA.matcher(statement.text());
            String text = value.matches() ? value.group(1).trim() : statement.text();
            if (!MatpowerText.NUMBER.matcher(text).matches() || !(Double.parseDouble(text) > 0)) {
                throw new InputException(file, "line " + statement.line(), "mpc.baseMVA", text, "a number > 0 (MVA)");
            }
            return Double.parseDouble(text);
        }

        String describe(Path file) {
            String name = String.valueOf(file.getFileName());
            if (loadsInKw && impedancesInOhm) {
                return name + ": Pd/Qd are in kW/kvar and r/x in ohms (the file converts them at its end); read as such";
            }
            String loads = loadsInKw ? "Pd/Qd are in kW/kvar (the file converts them at its end), read as such"
                    : "Pd/Qd converted from MW/MVAr to kW/kvar (x 1000)";
            String impedances = impedancesInOhm ? "r/x are in ohms (the file converts them at its end), read as such"
                    : "r/x converted from p.u. to ohms (x baseKV^2 / baseMVA, baseKV of the from-bus)";
            return name + ": " + loads + "; " + impedances;
        }
    }
}
