package org.testbench.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The output flags every command shares: {@code -v} for more logging, {@code --json} for machines. */
public final class OutputOptions {

    @Option(names = "-v", description = "More log output: -v for progress details, -vv for protocol debugging.")
    private boolean[] verbosity = new boolean[0];

    @Option(names = "--json", description = "Print a machine-readable JSON summary on standard output instead of tables.")
    private boolean json;

    /** @return whether to print JSON instead of tables */
    public boolean json() {
        return json;
    }

    /**
     * Sets the log levels: quiet by default, because Milo and Netty are chatty at INFO and the PDF
     * renderer (openhtmltopdf, PDFBox) logs every page through java.util.logging.
     */
    public void applyLogLevel() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("org.testbench");
        java.util.logging.Level jul;
        switch (verbosity.length) {
            case 0:
                root.setLevel(Level.ERROR);
                ours.setLevel(Level.WARN);
                jul = java.util.logging.Level.SEVERE;
                break;
            case 1:
                root.setLevel(Level.WARN);
                ours.setLevel(Level.INFO);
                jul = java.util.logging.Level.WARNING;
                break;
            default:
                root.setLevel(Level.DEBUG);
                ours.setLevel(Level.DEBUG);
                jul = java.util.logging.Level.ALL;
                break;
        }
        java.util.logging.Logger.getLogger("").setLevel(jul);
        // openhtmltopdf configures its own java.util.logging loggers at INFO; they need telling one by one.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, jul));
    }
}
