package org.testbench.rigs.sim.robot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.testbench.rigs.Rig;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.Robot;
import org.testbench.rigs.device.TimedPose;

/**
 * A simulated robot on a free port, reached as a procedure reaches it: the bundled rig file
 * {@code sim-robot} connected over OPC UA, its robot and tracker as the device types.
 */
final class SimulatedRig implements AutoCloseable {

    private static final String BUNDLED_ENDPOINT = "opc.tcp://127.0.0.1:4840/testbench";
    /** How long a test waits in wall time for something the simulator will certainly do. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final SimulatedRobotConfig config;
    private final SimulatedRobotServer server;
    private final Rig rig;

    SimulatedRig(SimulatedRobotConfig config) throws Exception {
        this.config = config;
        server = SimulatedRobotServer.start(config);
        try {
            rig = Rig.connect(RigFile.load("sim-robot").withEndpoint(BUNDLED_ENDPOINT, server.endpointUrl()));
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    SimulatedRobotServer server() {
        return server;
    }

    Robot robot() {
        return rig.robot("robot");
    }

    PoseTracker tracker() {
        return rig.tracker("tracker");
    }

    /** @return the wall-clock interval between the tracker's streamed samples */
    Duration streamInterval() {
                return Duration.ofNanos(Math.round(config.trackerPeriodS() / config.timeScale() * 1e9));
    }

    /** Waits, in simulated time, until the robot's clock shows {@code seconds} more than now. */
    void letTimePass(double seconds) throws DeviceException {
        double until = robot().clock().elapsedS() + seconds;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (robot().clock().elapsedS() < until) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the simulated clock did not reach " + until + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }

    @Override
    public void close() {
        rig.close();
        server.close();
    }

    /** Keeps every streamed sample, and hands out stretches of them once they have all arrived. */
    static final class Recorder implements Consumer<TimedPose> {

        private final List<TimedPose> samples = new ArrayList<>();

        @Override
        public synchronized void accept(TimedPose sample) {
            samples.add(sample);
            notifyAll();
        }

        /**
         * @param from the first time wanted
         * @param to   the last time wanted; waits until a sample at or after it has arrived
         * @return the samples from {@code from} to {@code to}, in time order
         */
        synchronized List<TimedPose> between(Instant from, Instant to) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (samples.isEmpty() || samples.get(samples.size() - 1).time().isBefore(to)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no streamed sample at or after " + to + " within " + PATIENCE);
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return samples.stream().filter(s -> !s.time().isBefore(from) && !s.time().isAfter(to)).toList();
        }
    }
}
