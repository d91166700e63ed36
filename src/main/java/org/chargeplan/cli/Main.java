package org.chargeplan.cli;

import java.io.PrintWriter;
import org.chargeplan.scenario.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chargeplan} command line. Parses arguments, calls the pipeline stages and prints;
 * maps failures to exit codes: bad input 2 (one line naming file, place and field), no feasible
 * plan 1, internal error 3 (stack trace only with {@code --verbose}).
 */
@Command(name = "chargeplan", mixinStandardHelpOptions = true, version = "chargeplan 0.1.0",
        description = "Plans EV charging stations on a road network within distribution-grid limits.",
        subcommands = {PlanCommand.class, ValidateCommand.class, HostingCommand.class, GridCheckCommand.class,
                ExportModelCommand.class, ConvertCommand.class, ProfileCommand.class, ParetoCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("chargeplan: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        PrintWriter err = cli.getErr();
        if (e instanceof InputException) {
            err.println("chargeplan: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("chargeplan: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
