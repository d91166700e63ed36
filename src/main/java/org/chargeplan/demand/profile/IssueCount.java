package org.chargeplan.demand.profile;

import java.util.List;

/**
 * How many rows one issue affected.
 *
 * @param issue      the repair or rejection
 * @param rows       rows affected
 * @param firstLines line numbers of the first few, for finding them in the file
 */
public record IssueCount(SessionIssue issue, int rows, List<Integer> firstLines) {

    public IssueCount {
        firstLines = List.copyOf(firstLines);
    }
}
