package org.chargeplan.demand.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds normalised 24-hour charging profiles per charger class from public charging-session
 * records: each usable session's energy is spread uniformly over its connection interval,
 * minute-exactly ({@link HourlySpread}), and summed per class ({@link ChargerClass}); rows are
 * checked and repaired by {@link SessionCleaner}, and every repair and rejection is counted.
 *
 * <p>Uniform spreading over the connection (rather than over the unknown charging time) is the
 * usual first approximation for session data; it flattens the peaks of long connections, which
 * for rapid chargers last minutes. Thread-safe: each build has its own state.
 */
public final class ChargingProfileBuilder {

    private static final int EXAMPLE_LINES = 5;

    private final ProfileOptions options;
    private final Map<SessionIssue, Integer> counts = new EnumMap<>(SessionIssue.class);
    private final Map<SessionIssue, List<Integer>> examples = new EnumMap<>(SessionIssue.class);
    private final Map<String, double[]> kwhByClass = new TreeMap<>();
    private final Map<String, Integer> sessionsByClass = new TreeMap<>();
    private final Map<String, ChargerClass> classes = new TreeMap<>();
    private final TreeSet<String> unknownModels = new TreeSet<>();

    private ChargingProfileBuilder(ProfileOptions options) {
        this.options = options;
    }

    /** Profiles from the session file at {@code file}; bad layouts throw an InputException. */
    public static ChargingProfiles build(Path file, ProfileOptions options) {
        return new ChargingProfileBuilder(options).buildFrom(file);
    }

    private ChargingProfiles buildFrom(Path file) {
        List<SessionRow> rows = SessionFile.read(file);
        DayMonthRule rule = DayMonthRule.decide(rows, options.dayMonth());
        SessionCleaner cleaner = new SessionCleaner(rule, options);
        List<ChargingSession> sessions = new ArrayList<>();
        int repaired = 0;
        for (SessionRow row : rows) {
            SessionCleaner.Outcome outcome = cleaner.clean(row);
            outcome.issues().forEach(issue -> note(issue, row.line()));
            if (outcome.session().isEmpty()) {
                if (outcome.issues().contains(SessionIssue.UNKNOWN_MODEL)) {
                    unknownModels.add(row.model());
                }
                continue;
            }
            ChargingSession session = outcome.session().get();
            repaired += outcome.issues().isEmpty() ? 0 : 1;
            sessions.add(session);
            String name = session.chargerClass().name();
            classes.putIfAbsent(name, session.chargerClass());
            sessionsByClass.merge(name, 1, Integer::sum);
            HourlySpread.add(session, kwhByClass.computeIfAbsent(name, k -> new double[24]));
        }
        List<ClassProfile> profiles = new ArrayList<>();
        classes.forEach((name, chargerClass) -> {
            double[] kwh = kwhByClass.get(name);
            profiles.add(new ClassProfile(chargerClass, sessionsByClass.get(name), Arrays.stream(kwh).sum(),
                    Arrays.stream(kwh).boxed().toList()));
        });
        List<IssueCount> issues = new ArrayList<>();
        counts.forEach((issue, n) -> issues.add(new IssueCount(issue, n, examples.get(issue))));
        return new ChargingProfiles(file, rows.size(), rule.describe(), profiles, issues, repaired,
                List.copyOf(unknownModels), sessions);
    }

    private void note(SessionIssue issue, int line) {
        counts.merge(issue, 1, Integer::sum);
        List<Integer> lines = examples.computeIfAbsent(issue, k -> new ArrayList<>());
        if (lines.size() < EXAMPLE_LINES) {
            lines.add(line);
        }
    }
}
