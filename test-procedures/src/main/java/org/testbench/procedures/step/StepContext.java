package org.testbench.procedures.step;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.expression.Values;
import org.testbench.rigs.Amount;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.device.Robot;
import org.testbench.standards.geometry.Pose;

/**
 * Everything a step can use while a run executes: parameter values, loop variables, DUT
 * properties, the named poses, the rig's devices and clock, and the listeners. One context per
 * run; used from the run's thread.
 */
public final class StepContext implements Argument.ValueLookup, Values {

    private final RunScope scope;
    private final Map<String, Pose> poses;
    private final RigDevices devices;
    private final RunEvents events;
    private final Map<String, Long> readings = new HashMap<>();
    private String currentPose;
    private String currentApproach;
    private Map<String, String> currentLoad;

    /**
     * A context for procedures that use the robot and the pose tracker only.
     *
     * @param parameters the run's parameter values
     * @param poses      the commanded poses by name
     * @param robot      the rig's robot, or null when the procedure needs none
     * @param tracker    the rig's pose tracker, or null when the procedure needs none
     * @param listener   receives steps and samples
     */
    public StepContext(Parameters parameters, Map<String, Pose> poses, Robot robot, PoseTracker tracker,
                       RunListener listener) {
        this(parameters, poses, RigDevices.builder().robot(robot).tracker(tracker).build(), Map.of(), listener);
    }

    private StepContext(Parameters parameters, Map<String, Pose> poses, RigDevices devices,
                        Map<String, Amount> dutProperties, RunListener listener) {
        this.scope = new RunScope(parameters, dutProperties);
        this.poses = Map.copyOf(poses);
        this.devices = devices;
        this.events = new RunEvents(listener);
    }

    /**
     * @param parameters the run's parameter values
     * @param listener   receives steps, samples and checkpoints
     * @return a builder for a context without poses, devices or DUT properties
     */
    public static Builder builder(Parameters parameters, RunListener listener) {
        return new Builder(parameters, listener);
    }

    @Override
    public Object lookup(String name) {
        return scope.lookup(name);
    }

    @Override
    public Object variable(String name) {
        return scope.lookup(name);
    }

    @Override
    public Amount dutProperty(String name) {
        return scope.dutProperty(name);
    }

    /** @return the run's parameter values */
    public Parameters parameters() {
        return scope.parameters();
    }

    /**
     * @param name a pose name
     * @return the commanded pose
     */
    public Pose pose(String name) {
        Pose p = poses.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no pose " + name);
        }
        return p;
    }

    /** @return the robot */
    public Robot robot() {
        return devices.robot();
    }

    /** @return the pose tracker */
    public PoseTracker tracker() {
        return devices.tracker();
    }

    /** @return the rig's devices */
    public RigDevices devices() {
        return devices;
    }

    /** @return the rig's time, on which steps wait */
    public RigClock clock() {
        return devices.clock();
    }

    /**
     * Runs {@code body} with a loop variable bound, restoring the scope afterwards.
     *
     * @param name  the variable
     * @param value its value for this iteration
     * @param body  what to run
     * @throws Exception whatever the body throws
     */
    public <E extends Exception> void withVariable(String name, Object value, Body<E> body) throws E, InterruptedException {
        scope.withVariable(name, value, body);
    }

    /** The body of a loop. @param <E> the checked exception it may throw */
    @FunctionalInterface
    public interface Body<E extends Exception> {
        /**
         * @throws E when the body fails
         * @throws InterruptedException when interrupted
         */
        void run() throws E, InterruptedException;
    }

    /**
     * Marks the start of a leaf step: checks for interruption and tells the listeners.
     *
     * @param step        the step
     * @param description what it does now, references resolved
     * @throws InterruptedException when the run has been interrupted
     */
    public void leafStarting(Step step, String description) throws InterruptedException {
        if (Thread.interrupted() && !events.inTeardown()) {
            throw new InterruptedException("run interrupted before " + description);
        }
        events.leafStarting(step, description, scope.variableText());
    }

    /**
     * @param name     the pose the robot was last commanded to, tagged on later measurements
     * @param approach the base axis it approached the pose from ({@code +x} ... {@code -z}), tagged
     *                 on later measurements as {@code approach}; null for a plain move
     */
    public void commandedPose(String name, String approach) {
        currentPose = name;
        currentApproach = approach;
    }

    /**
     * @param direction the base axis the load on the robot's tool pushes along ({@code +x} ... {@code -z}),
     *                  tagged on later measurements as {@code load-direction}; null when the load is removed
     * @param newtons   its magnitude, tagged as {@code load-n}
     */
    public void load(String direction, double newtons) {
        currentLoad = direction == null ? null : Map.of("load-direction", direction, "load-n",
                NumberArguments.plain(newtons));
    }

    /** @return the name of the pose last commanded, or null before the first move */
    public String commandedPoseName() {
        return currentPose;
    }

    /**
     * Passes a recorded sample to the listeners, tagged with where in the procedure it was taken.
     *
     * @param sample a sample without context
     */
    public void record(Sample sample) {
        events.sample(tagged(sample, Map.of()));
    }

    /**
     * Passes one reading (samples read together) to the listeners, tagged with the series, the
     * reading's number within the series (1, 2, ... across the whole run, so readings of one
     * series never share a number) and the loop variables in force.
     *
     * @param samples the samples of one reading, without context
     * @param series  the series they belong to
     */
    public void record(List<Sample> samples, String series) {
        long reading = readings.merge(series, 1L, Long::sum);
        Map<String, String> tags = Map.of("series", series, "reading", String.valueOf(reading));
        for (Sample s : samples) {
            events.sample(tagged(s, tags));
        }
    }

    /**
     * Tells the listeners a checkpoint is reached.
     *
     * @param step the checkpoint step
     * @param name its name
     */
    public void checkpoint(Step step, String name) {
        events.checkpoint(name, step, scope.variableText());
    }

    /**
     * @param groupName the group about to run ("setup", "main", "teardown")
     * @param plannedLeaves the leaves planned for the whole run
     */
    public void enterGroup(String groupName, long plannedLeaves) {
        events.enterGroup(groupName, plannedLeaves);
    }

    private Sample tagged(Sample sample, Map<String, String> tags) {
        Map<String, String> context = new TreeMap<>(scope.variableText());
        if (currentPose != null) {
            context.put("pose", currentPose);
        }
        if (currentApproach != null) {
            context.put("approach", currentApproach);
        }
        if (currentLoad != null) {
            context.putAll(currentLoad);
        }
        context.putAll(tags);
        return new Sample(sample.time(), sample.device(), sample.signal(), sample.value(), sample.unit(),
                sample.good(), context);
    }

    /** Builds a {@link StepContext}. */
    public static final class Builder {
        private final Parameters parameters;
        private final RunListener listener;
        private Map<String, Pose> poses = Map.of();
        private RigDevices devices = RigDevices.builder().build();
        private Map<String, Amount> dutProperties = Map.of();

        private Builder(Parameters parameters, RunListener listener) {
            this.parameters = parameters;
            this.listener = listener;
        }

        /**
         * @param value the commanded poses by name
         * @return this builder
         */
        public Builder poses(Map<String, Pose> value) {
            this.poses = value;
            return this;
        }

        /**
         * @param value the rig's devices and clock
         * @return this builder
         */
        public Builder devices(RigDevices value) {
            this.devices = value;
            return this;
        }

        /**
         * @param value the DUT's properties, for {@code $dut.name}
         * @return this builder
         */
        public Builder dutProperties(Map<String, Amount> value) {
            this.dutProperties = value;
            return this;
        }

        /** @return the context */
        public StepContext build() {
            return new StepContext(parameters, poses, devices, dutProperties, listener);
        }
    }
}
