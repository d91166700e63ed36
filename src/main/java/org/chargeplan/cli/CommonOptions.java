package org.chargeplan.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Log DEBUG detail and show stack traces of errors.")
    boolean verbose;

    @Option(names = "--quiet", description = "Log warnings and errors only.")
    boolean quiet;

    /** Sets the log level for this run. */
    void applyLogging() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.chargeplan");
        logger.setLevel(verbose ? Level.DEBUG : quiet ? Level.WARN : Level.INFO);
    }
}
