package org.chargeplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chargeplan.demand.profile.ChargingProfileBuilder;
import org.chargeplan.demand.profile.ChargingProfiles;
import org.chargeplan.demand.profile.DayMonthOrder;
import org.chargeplan.demand.profile.ProfileOptions;
import org.chargeplan.report.ProfileWriter;
import org.chargeplan.scenario.InputException;
import org.chargeplan.study.Stopwatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code chargeplan profile SESSIONS.csv -o profile.csv}: builds normalised 24-hour charging
 * profiles per charger class from public charging-session records and writes them, with a report
 * of every repaired and rejected row beside them.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Build 24-hour charging profiles per charger class from a charging-session CSV.")
final class ProfileCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCommand.class);

    @Parameters(index = "0", paramLabel = "SESSIONS.csv",
            description = "Sessions: _id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Total kWh,Site,Model.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "PROFILE.csv", required = true,
            description = "The profile CSV to write (hour plus one column per class); NAME-report.txt goes beside it.")
    Path output;

    @Option(names = "--max-hours", paramLabel = "H", defaultValue = "72", converter = MaxHours.class,
            description = "Longest connection kept, hours (default ${DEFAULT-VALUE}); longer sessions are rejected.")
    int maxHours;

    @Option(names = "--day-month", paramLabel = "ORDER", defaultValue = "auto", converter = Order.class,
            description = "Reading of dates whose day and month are both <= 12: auto (decided from the file), literal"
                    + " or swapped (default ${DEFAULT-VALUE}).")
    DayMonthOrder dayMonth;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Stopwatch clock = new Stopwatch();
        if (!Files.isRegularFile(input)) {
            throw InputException.ofFile(input, "no such file", null);
        }
        ProfileOptions options = new ProfileOptions(maxHours, dayMonth);
        ChargingProfiles profiles = ChargingProfileBuilder.build(input, options);
        if (profiles.classes().isEmpty()) {
            throw InputException.ofFile(input, "no usable session in " + profiles.rowsRead() + " rows ("
                    + profiles.issues().stream().map(c -> c.issue().label() + ": " + c.rows())
                            .collect(Collectors.joining(", ")) + ")", null);
        }
        ProfileWriter.write(profiles, output);
        Path report = ProfileWriter.reportPath(output);
        ProfileWriter.report(profiles).lines().forEach(line -> LOG.info("{}", line));
        System.out.printf(Locale.ROOT, "%s: %d classes (%s) from %d of %d sessions; %d repaired, %d rejected; report in %s"
                        + " (%s)%n", output, profiles.classes().size(),
                profiles.classes().stream().map(c -> c.chargerClass().name()).collect(Collectors.joining(", ")),
                profiles.sessions().size(), profiles.rowsRead(), profiles.repairedRows(), profiles.rejectedRows(),
                report, clock.lap());
        return ExitCode.OK;
    }

    /** A whole number of hours from 1 to a leap year. */
    static final class MaxHours implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int hours = Integer.parseInt(text.trim());
                if (hours >= 1 && hours <= 24 * 366) {
                    return hours;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new TypeConversionException("'" + text + "' is not a whole number of hours from 1 to " + 24 * 366);
        }
    }

    /** auto, literal or swapped, in any case. */
    static final class Order implements ITypeConverter<DayMonthOrder> {
        @Override
        public DayMonthOrder convert(String text) {
            for (DayMonthOrder order : DayMonthOrder.values()) {
                if (order.name().equalsIgnoreCase(text.trim())) {
                    return order;
                }
            }
            throw new TypeConversionException("'" + text + "' is not auto, literal or swapped");
        }
    }
}
