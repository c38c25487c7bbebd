package org.testbench.run;

import java.util.Optional;
import org.testbench.procedures.execution.Interruption;
import org.testbench.procedures.execution.StepStart;

/**
 * How a run is stopped early, from any thread: the operator's Ctrl-C or the operating system's
 * SIGTERM, or the safety supervisor's trip. The first request is the run's interruption and is
 * recorded with it; later ones change nothing.
 *
 * <p>Only the run's own thread acts on a request: it is interrupted, its current step fails, and
 * teardown drives the rig to its safe state. That thread is interrupted only while setup or main
 * runs. A request that arrives earlier (while the rig connects) takes effect as execution starts,
 * so teardown still runs; one that arrives once teardown has begun is recorded but interrupts
 * nothing, since an interrupt could cut short the very write that stops the robot.
 */
public final class RunStop {

    private enum Phase { PENDING, RUNNING, TEARDOWN, FINISHED }

    private Phase phase = Phase.PENDING;
    private Thread runner;
    private Interruption interruption;

    /**
     * Asks the run to stop.
     *
     * @param why who asks and why
     * @return whether the run will record it: false once the run has finished, or when another
     *     request came first
     */
    public synchronized boolean request(Interruption why) {
        if (phase == Phase.FINISHED || interruption != null) {
            return false;
        }
        interruption = why;
        if (phase == Phase.RUNNING) {
            runner.interrupt();
        }
        return true;
    }

    /** @return the first request, if any came */
    public synchronized Optional<Interruption> interruption() {
        return Optional.ofNullable(interruption);
    }

    /** The calling thread starts executing the procedure's steps: from now on a request interrupts it. */
    synchronized void executionStarting() {
        runner = Thread.currentThread();
        phase = Phase.RUNNING;
        if (interruption != null) {
            runner.interrupt();
        }
    }

    /**
     * Called on the run's thread before every leaf step, ahead of every listener, so that the
     * first teardown step starts with nothing left to interrupt it.
     *
     * @param step the step about to execute
     */
    synchronized void stepStarting(StepStart step) {
        if (phase == Phase.RUNNING && "teardown".equals(step.group())) {
            phase = Phase.TEARDOWN;
        }
    }

    /**
     * The run's steps are done: requests are refused from now on.
     *
     * @return the run's interruption, if one was requested
     */
    synchronized Optional<Interruption> finish() {
        phase = Phase.FINISHED;
        return Optional.ofNullable(interruption);
    }
}
