package org.testbench.cli;

import org.testbench.run.SoftwareVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code testbench} command line: the entry point of the jar. */
@Command(name = "testbench", mixinStandardHelpOptions = true, versionProvider = TestbenchCommand.Version.class,
        description = "Headless test bench for industrial robots and robot components.",
        subcommands = {DemoCommand.class, RunCommand.class, ReportCommand.class, AnalyzeCommand.class, RigCommand.class,
            SimCommand.class, InfluxCommand.class,
            ProceduresCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all results passed (or were not judged)",
            "1:a verdict failed",
            "2:bad input (flag, rig, procedure, DUT file; nothing was commanded) or an analysis the samples do not allow",
            "3:rig or store fault",
            "4:safety trip (reserved: no safety limits yet)",
            "130:interrupted"})
public final class TestbenchCommand extends CommandGroup {

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code == ExitCode.INTERRUPTED) {
            // The JVM is shutting down after Ctrl-C; System.exit would block behind the shutdown hook.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
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
