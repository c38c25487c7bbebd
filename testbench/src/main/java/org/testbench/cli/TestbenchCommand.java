package org.testbench.cli;

import org.testbench.run.SoftwareVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code testbench} command line: the entry point of the jar. */
@Command(name = "testbench", mixinStandardHelpOptions = true, versionProvider = TestbenchCommand.Version.class,
        description = "Headless test bench for industrial robots and robot components.",
        subcommands = {DemoCommand.class, RunCommand.class, ReportCommand.class, VerifyCommand.class, AnalyzeCommand.class,
            RigCommand.class,
            SimCommand.class, InfluxCommand.class,
            ProceduresCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all results passed (or were not judged)",
            "1:a verdict failed",
            "2:bad input (flag, rig, procedure, DUT file; nothing was commanded) or an analysis the samples do not allow",
            "3:rig or store fault",
            "4:safety trip: a signal left the limits of the rig file",
            "5:a run folder does not match its manifest or signature (changed, missing or extra files; untrusted signer)",
            "130:interrupted"})
public final class TestbenchCommand extends CommandGroup {

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (shuttingDown()) {
            // Ctrl-C or SIGTERM: the shutdown hook waits for this thread, so System.exit would block
            // behind it; the run has been wound up, so the code is final.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** @return whether the JVM has begun to shut down, which is the one time it refuses a new hook */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** @return the configured command line, also used by tests */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TestbenchCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"testbench " + SoftwareVersion.current()};
        }
    }
}
