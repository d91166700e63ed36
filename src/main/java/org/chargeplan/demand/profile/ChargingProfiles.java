package org.chargeplan.demand.profile;

import java.nio.file.Path;
import java.util.List;

/**
 * Hourly charging profiles per charger class built from a session file, with the account of
 * every row that was repaired or left out.
 *
 * @param source        the session file
 * @param rowsRead      data rows in the file
 * @param dayMonth      how ambiguous dates were read (one line, for the report)
 * @param classes       one profile per class with sessions, by class name
 * @param issues        rows per repair and rejection, in {@link SessionIssue} order, non-zero only
 * @param repairedRows  used rows with at least one repair
 * @param unknownModels charger models no class rule matched, sorted
 * @param sessions      the sessions used, in file order
 */
public record ChargingProfiles(Path source, int rowsRead, String dayMonth, List<ClassProfile> classes,
        List<IssueCount> issues, int repairedRows, List<String> unknownModels, List<ChargingSession> sessions) {

    public ChargingProfiles {
        classes = List.copyOf(classes);
        issues = List.copyOf(issues);
        unknownModels = List.copyOf(unknownModels);
        sessions = List.copyOf(sessions);
    }

    /** Rows affected by {@code issue}. */
    public int count(SessionIssue issue) {
        return issues.stream().filter(c -> c.issue() == issue).mapToInt(IssueCount::rows).sum();
    }

    /** Rows left out. */
    public int rejectedRows() {
        return issues.stream().filter(c -> !c.issue().isRepair()).mapToInt(IssueCount::rows).sum();
    }

    /** The profile of the class called {@code name}. */
    public ClassProfile profile(String name) {
        return classes.stream().filter(c -> c.chargerClass().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no class " + name));
    }
}
