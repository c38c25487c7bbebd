package org.testbench.cli;

import java.util.concurrent.Callable;
import org.testbench.procedures.ParameterSpec;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code testbench procedures list|show}: what procedures are built in, and their parameters. */
@Command(name = "procedures", mixinStandardHelpOptions = true,
        description = "Lists the built-in procedures or shows one.",
        subcommands = {ProceduresCommand.ListProcedures.class, ProceduresCommand.Show.class})
final class ProceduresCommand extends CommandGroup {

    /** {@code procedures list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the built-in procedures.")
    static final class ListProcedures implements Callable<Integer> {
        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            for (String name : ProcedureFile.builtinNames()) {
                Procedure p = ProcedureFile.load(name);
                out.println(name + "  " + p.title() + " (" + p.standard() + " " + String.join(", ", p.clauses()) + ")");
            }
            out.flush();
            return ExitCode.PASS;
        }
    }

    /** {@code procedures show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a procedure's parameters and file.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROCEDURE", description = "A built-in procedure's name or a procedure file.")
        private String name;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Procedure p = ProcedureFile.load(name);
            var out = spec.commandLine().getOut();
            out.println(p.name() + ": " + p.title());
            out.println(p.standard() + ", clauses " + String.join(", ", p.clauses()));
            out.println(p.description());
            out.println("parameters (override with -p name=value):");
            for (ParameterSpec s : p.parameters()) {
                out.println("  " + s.name() + " = " + s.format(s.defaultValue()) + (s.unit().isEmpty() ? "" : " " + s.unit())
                        + "  " + s.description());
            }
            out.println("source: " + p.origin() + " (sha256 " + p.sha256() + ")");
            out.flush();
            return ExitCode.PASS;
        }
    }
}
