package org.chargeplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of {@link Main#run(String...)} with its exit code and captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** Runs the command line with System.out and System.err redirected to memory. */
    static CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(outStream);
            System.setErr(errStream);
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The non-empty lines of stderr. */
    java.util.List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    /** A description for assertion messages. */
    String describe() {
        return "exit " + exitCode + "\n--- stderr ---\n" + err + "--- stdout ---\n" + out;
    }
}
