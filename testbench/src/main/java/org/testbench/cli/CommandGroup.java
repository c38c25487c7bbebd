package org.testbench.cli;

import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code sim}, {@code rig}, ...): called alone, it is a
 * usage error that lists what can follow it.
 */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name one of: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
