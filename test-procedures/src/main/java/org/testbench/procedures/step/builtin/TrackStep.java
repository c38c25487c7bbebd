package org.testbench.procedures.step.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseStream;
import org.testbench.rigs.device.TimedPose;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code track: {after: 1.5 s, steps: [move: {pose: P1}]}}: records the pose tracker's stream of
 * poses, every sample with its own timestamp, while the nested steps run and for {@code after}
 * more (on the rig's clock): the time series that stabilization and overshoot (ISO 9283 7.5, 7.6)
 * are computed from. The samples are recorded as readings of the series {@code track}, one per
 * pose; when the nested steps moved the robot, the time its controller reported the last move
 * attained (where stabilization time starts) is recorded in the series {@code track-signal}. Both
 * carry the loop variables in force, which tell the tracked blocks apart.
 */
public final class TrackStep implements Step {

    /** How often, in wall time, the tracker may deliver at most: sizes its queues so that none overflows. */
    private static final Duration SAMPLING = Duration.ofMillis(1);
    /** A stream silent this long, in wall time, has delivered everything it had taken. */
    private static final Duration QUIET = Duration.ofMillis(150);
    /** The longest a stream is waited for once the block is done, in wall time. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(3);
    private static final List<String> SIGNALS = List.of("x", "y", "z", "a", "b", "c");
    private static final List<String> UNITS = List.of("mm", "mm", "mm", "deg", "deg", "deg");

    private final String location;
    private final Expression after;
    private final List<Step> steps;

    private TrackStep(String location, Expression after, List<Step> steps) {
        this.location = location;
        this.after = after;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String describe() {
        return "track the pose";
    }

    @Override
    public long plannedLeaves(StepContext context) {
        long n = 0;
        for (Step s : steps) {
            n += s.plannedLeaves(context);
        }
        return n;
    }

    @Override
    public DeviceType requiredDevice() {
        return DeviceType.POSE_TRACKER;
    }

    @Override
    public List<Step> children() {
        return steps;
    }

    @Override
    public void execute(StepContext context) throws DeviceException, InterruptedException {
        ConcurrentLinkedQueue<TimedPose> received = new ConcurrentLinkedQueue<>();
        try (PoseStream stream = context.tracker().stream(SAMPLING, received::add)) {
            for (Step s : steps) {
                s.execute(context);
            }
            context.clock().sleep(after == null ? 0 : after.evaluate(context));
            drain(received);
            if (stream.incompleteSamples() > 0) {
                throw new DeviceException(location + ": the tracker's stream lost " + stream.incompleteSamples()
                        + " samples", null);
            }
        }
        String device = context.tracker().name();
        // Recorded on the run's thread, after the stream has stopped: listeners are not thread-safe.
        for (TimedPose p : received) {
            double[] v = {p.pose().position().x(), p.pose().position().y(), p.pose().position().z(), p.pose().a(),
                p.pose().b(), p.pose().c()};
            List<Sample> reading = new ArrayList<>(SIGNALS.size());
            for (int i = 0; i < SIGNALS.size(); i++) {
                reading.add(new Sample(p.time(), device, SIGNALS.get(i), v[i], UNITS.get(i), true, Map.of()));
            }
            context.record(reading, "track");
        }
        if (context.commandedPoseName() != null) {
            context.record(List.of(new Sample(context.robot().poseAttainedTime(), context.robot().name(),
                    "pose-attained", 0, "s", true, Map.of())), "track-signal");
        }
    }

    /**
     * Waits until the stream has delivered what was in flight: samples arrive in batches some
     * publishing intervals after they were taken, so the stream stays open until none has come for
     * {@link #QUIET}, at most {@link #DRAIN_LIMIT}.
     */
    private static void drain(ConcurrentLinkedQueue<TimedPose> received) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        int seen = received.size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < QUIET.toNanos()) {
            Thread.sleep(10);
            int now = received.size();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            }
        }
    }

    /** Parses {@code track}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "track";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            Expression after = arguments.optional("after").isPresent()
                    ? NumberArguments.duration(arguments.required("after"), parser, 0, 3600) : null;
            return new TrackStep(at.location(), after, parser.steps(arguments.required("steps")));
        }
    }
}
