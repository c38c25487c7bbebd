package org.testbench.procedures.step;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.Robot;
import org.testbench.standards.geometry.Pose;

/**
 * Everything a step can use while a run executes: parameter values, loop variables, the named
 * poses, the rig's devices and the listeners. One context per run; used from the run's thread.
 */
public final class StepContext implements Argument.ValueLookup {

    private final Parameters parameters;
    private final Map<String, Pose> poses;
    private final Robot robot;
    private final PoseTracker tracker;
    private final RunListener listener;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private String group = "setup";
    private String currentPose;
    private long done;
    private long planned;

    /**
     * @param parameters the run's parameter values
     * @param poses      the commanded poses by name
     * @param robot      the rig's robot, or null when the procedure needs none
     * @param tracker    the rig's pose tracker, or null when the procedure needs none
     * @param listener   receives steps and samples
     */
    public StepContext(Parameters parameters, Map<String, Pose> poses, Robot robot, PoseTracker tracker,
                       RunListener listener) {
        this.parameters = parameters;
        this.poses = Map.copyOf(poses);
        this.robot = robot;
        this.tracker = tracker;
        this.listener = listener;
    }

    @Override
    public Object lookup(String name) {
        return variables.containsKey(name) ? variables.get(name) : parameters.get(name);
    }

    /** @return the run's parameter values */
    public Parameters parameters() {
        return parameters;
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
        return robot;
    }

    /** @return the pose tracker */
    public PoseTracker tracker() {
        return tracker;
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
        variables.put(name, value);
        try {
            body.run();
        } finally {
            variables.remove(name);
        }
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
        if (Thread.interrupted() && !"teardown".equals(group)) {
            throw new InterruptedException("run interrupted before " + description);
        }
        StepStart start = new StepStart(group, description, step.location(), variableText(), done, planned, Instant.now());
        done++;
        tell(() -> listener.onStepStart(start));
    }

    /** @param name the pose the robot was last commanded to, tagged on later measurements */
    public void commandedPose(String name) {
        currentPose = name;
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
        Map<String, String> context = new TreeMap<>(variableText());
        if (currentPose != null) {
            context.put("pose", currentPose);
        }
        Sample tagged = new Sample(sample.time(), sample.device(), sample.signal(), sample.value(), sample.unit(),
                sample.good(), context);
        tell(() -> listener.onSample(tagged));
    }

    /**
     * A listener that fails (the archive cannot write) ends setup and main, so teardown can run;
     * in teardown it is only logged, because driving the rig to its safe state comes first.
     */
    private void tell(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            if (!"teardown".equals(group)) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(StepContext.class).error("during teardown: {}", e.getMessage());
        }
    }

    /**
     * @param groupName the group about to run ("setup", "main", "teardown")
     * @param plannedLeaves the leaves planned for the whole run
     */
    public void enterGroup(String groupName, long plannedLeaves) {
        this.group = groupName;
        this.planned = plannedLeaves;
    }

    private Map<String, String> variableText() {
        Map<String, String> text = new TreeMap<>();
        variables.forEach((k, v) -> text.put(k, String.valueOf(v)));
        return text;
    }
}
