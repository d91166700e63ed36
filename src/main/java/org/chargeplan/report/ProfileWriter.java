package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chargeplan.demand.profile.ChargingProfiles;
import org.chargeplan.demand.profile.ClassProfile;
import org.chargeplan.demand.profile.IssueCount;

/**
 * Writes charging profiles ({@link ChargingProfiles}) as a CSV and their report as text, each in
 * one piece ({@link OutputFolder#writeFile}).
 *
 * <p>The CSV has a column {@code hour} (0..23, hour 0 is 00:00-01:00) and one column per charger
 * class in name order, holding the class's share of daily energy in that hour with 6 decimals.
 * The printed shares of a column sum to exactly 1 (rounded by largest remainder, Hamilton's
 * method, ties to the earlier hour), so a column can be pasted into a scenario's {@code profiles}
 * as it is. Same profiles, same bytes.
 */
public final class ProfileWriter {

    private static final int MICRO = 1_000_000;

    private ProfileWriter() {
    }

    /** The report file written beside {@code profileCsv}: {@code NAME-report.txt} for {@code NAME.csv}. */
    public static Path reportPath(Path profileCsv) {
        String name = profileCsv.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return profileCsv.resolveSibling(stem + "-report.txt");
    }

    /** Writes the profile CSV and, beside it, the report. */
    public static void write(ChargingProfiles profiles, Path profileCsv) {
        String csv = csv(profiles);
        String report = report(profiles);
        OutputFolder.writeFile(reportPath(profileCsv), temporary -> text(temporary, report));
        OutputFolder.writeFile(profileCsv, temporary -> text(temporary, csv));
    }

    static String csv(ChargingProfiles profiles) {
        List<long[]> columns = profiles.classes().stream().map(c -> microShares(c.shares())).toList();
        StringBuilder out = new StringBuilder("hour");
        profiles.classes().forEach(c -> out.append(',').append(c.chargerClass().name()));
        out.append('\n');
        for (int h = 0; h < 24; h++) {
            out.append(h);
            for (long[] column : columns) {
                out.append(String.format(Locale.ROOT, ",%d.%06d", column[h] / MICRO, column[h] % MICRO));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Shares in millionths, rounded so that they sum to exactly one million. */
    static long[] microShares(List<Double> shares) {
        long[] micro = new long[shares.size()];
        long sum = 0;
        for (int h = 0; h < micro.length; h++) {
            micro[h] = (long) Math.floor(shares.get(h) * MICRO);
            sum += micro[h];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int h = 0; h < micro.length; h++) {
            byRemainder.add(h);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer h) -> -(shares.get(h) * MICRO - micro[h]))
                .thenComparingInt(h -> h));
        for (int i = 0; sum < MICRO; i++, sum++) {
            micro[byRemainder.get(i % micro.length)]++;
        }
        return micro;
    }

    /** The report's text: rows read, the day/month decision, counts per issue, sessions and kWh per class. */
    public static String report(ChargingProfiles p) {
        StringBuilder out = new StringBuilder();
        out.append("chargeplan profile report\n");
        out.append("sessions file: ").append(p.source().getFileName()).append('\n');
        out.append("rows read: ").append(p.rowsRead()).append('\n');
        out.append("day/month: ").append(p.dayMonth()).append('\n');
        out.append("sessions used: ").append(p.sessions().size()).append(" (of which repaired: ")
                .append(p.repairedRows()).append(")\n");
        out.append("rows rejected: ").append(p.rejectedRows()).append('\n');
        section(out, "repairs (rows, a row may have several):", p, true);
        section(out, "rejections (rows, each under the first check it fails):", p, false);
        out.append("unknown charger models: ")
                .append(p.unknownModels().isEmpty() ? "none" : String.join("; ", p.unknownModels())).append('\n');
        out.append("classes (class,rated_kw,sessions,kwh):\n");
        for (ClassProfile c : p.classes()) {
            out.append(String.format(Locale.ROOT, "  %s,%s,%d,%.3f\n", c.chargerClass().name(),
                    Numbers.text(c.chargerClass().ratedKw()), c.sessions(), c.kwh()));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, ChargingProfiles p, boolean repairs) {
        out.append(title).append('\n');
        List<IssueCount> counts = p.issues().stream().filter(c -> c.issue().isRepair() == repairs).toList();
        if (counts.isEmpty()) {
            out.append("  none\n");
        }
        for (IssueCount c : counts) {
            String lines = c.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (c.rows() > c.firstLines().size() ? ", ..." : "");
            out.append(String.format(Locale.ROOT, "  %s: %d (%s %s)\n", c.issue().label(), c.rows(),
                    c.rows() == 1 ? "line" : "lines", lines));
        }
    }

    private static void text(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
