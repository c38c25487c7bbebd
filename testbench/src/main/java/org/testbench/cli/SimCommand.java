package org.testbench.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testbench.rigs.sim.reducer.SimulatedReducerConfig;
import org.testbench.rigs.sim.reducer.SimulatedReducerServer;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code testbench sim}: simulated rigs, real servers speaking the real protocols, on 127.0.0.1. */
@Command(name = "sim", mixinStandardHelpOptions = true, subcommands = {SimCommand.Robot.class, SimCommand.Reducer.class},
        description = "Starts a simulated rig device on 127.0.0.1.")
final class SimCommand extends CommandGroup {

    /** {@code testbench sim robot}. */
    @Command(name = "robot", mixinStandardHelpOptions = true,
            description = {"Serves a simulated 6-axis robot and laser tracker over OPC UA on 127.0.0.1 until Ctrl-C.",
                "Its errors, settling, path following, drift and compliance come from --params.",
                "Use it with the bundled rig file: testbench run iso9283-pose --rig sim-robot --dut sim-6r-10"})
    static final class Robot implements Callable<Integer> {

        @Option(names = "--port", paramLabel = "P", defaultValue = "4840",
                description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}, as in the bundled rig file).")
        private int port;

        @Mixin
        private SimRobotOptions model;

        @Mixin
        private OutputOptions output;

        @Override
        public Integer call() throws Exception {
            output.applyLogLevel();
            SimulatedRobotConfig config = model.config(port, 1);
            return serveUntilInterrupted(() -> {
                SimulatedRobotServer server = SimulatedRobotServer.start(config);
                System.out.println("simulated robot and tracker at " + server.endpointUrl() + " (Ctrl-C to stop)");
                return server;
            });
        }
    }

    /** {@code testbench sim reducer}. */
    @Command(name = "reducer", mixinStandardHelpOptions = true,
            description = {"Serves a simulated precision-reducer bench (input servo, reducer, output load",
                "machine) over Modbus TCP on 127.0.0.1, unit id 1, until Ctrl-C. The bundled rig",
                "file maps its signals: testbench rig check sim-reducer",
                "A bad params file exits with 2, naming file:line:column and field."})
    static final class Reducer implements Callable<Integer> {

        @Option(names = "--port", paramLabel = "P", defaultValue = "5020",
                description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}, as in the bundled rig file; 0 = any free port).")
        private int port;

        @Mixin
        private SimReducerOptions reducer;

        @Mixin
        private OutputOptions output;

        @Override
        public Integer call() throws Exception {
            output.applyLogLevel();
            SimulatedReducerConfig config = reducer.config(port);
            return serveUntilInterrupted(() -> {
                SimulatedReducerServer server = SimulatedReducerServer.start(config);
                System.out.println("simulated reducer bench (" + config.params().name() + ") at " + server.endpoint()
                        + ", time scale " + config.timeScale() + " (Ctrl-C to stop)");
                return server;
            });
        }
    }

    /** Starts a simulator; what was started is closed when Ctrl-C or SIGTERM arrives. */
    private interface Startup {
        /**
         * @return the running simulator, having printed where it listens
         * @throws Exception when it cannot start
         */
        AutoCloseable start() throws Exception;
    }

    private static int serveUntilInterrupted(Startup startup) throws Exception {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            AutoCloseable server = startup.start();
            try {
                System.out.flush();
                stopping.await();
            } finally {
                server.close();
            }
        } finally {
            closed.countDown();
        }
        // Only reached after Ctrl-C: the JVM exits with the signal's status once the hook returns.
        Thread.currentThread().join();
        return ExitCode.INTERRUPTED;
    }
}
