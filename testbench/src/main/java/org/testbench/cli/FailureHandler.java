package org.testbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.LoggerFactory;
import org.testbench.rigs.yaml.InputException;
import picocli.CommandLine;

/**
 * Turns what a command throws into a one-line message and an exit code: bad input is 2, a store
 * or rig fault 3. A stack trace is logged only with {@code -v}, since the message says what to fix.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        LoggerFactory.getLogger(FailureHandler.class).info("command failed", e);
        if (e instanceof InputException) {
            cli.getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            cli.getErr().println("store fault: " + e.getMessage());
            return ExitCode.RIG_OR_STORE_FAULT;
        }
        cli.getErr().println("internal error: " + e);
        return ExitCode.RIG_OR_STORE_FAULT;
    }
}
