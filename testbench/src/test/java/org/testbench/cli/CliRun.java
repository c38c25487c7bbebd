package org.testbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the testbench command line in-process as a user would type it, capturing both outputs. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** @param args the arguments @return the exit code */
    int run(String... args) {
        CommandLine cli = TestbenchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** @return everything written to standard output so far */
    String out() {
        return out.toString();
    }

    /** @return everything written to standard error so far */
    String err() {
        return err.toString();
    }

    /** Forgets the standard output so far. */
    void clearOut() {
        out.getBuffer().setLength(0);
    }
}
