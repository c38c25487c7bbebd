package org.testbench.procedures.execution;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.device.DeviceException;

/**
 * Runs a procedure's steps: setup, then main, then teardown, which runs whatever happened before
 * it (a device fault, an interruption) so that the rig is always left in its safe state.
 */
public final class ProcedureExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureExecution.class);

    private ProcedureExecution() {
    }

    /**
     * How the steps ended.
     *
     * @param state   COMPLETED, RIG_FAULT or INTERRUPTED
     * @param message why they ended early (including teardown failures), or "" when all went well
     */
    public record Outcome(RunState state, String message) {
    }

    /**
     * @param procedure the procedure
     * @param context   the run's context, with devices and listeners
     * @return how the steps ended; never throws for a device fault or an interruption
     */
    public static Outcome execute(Procedure procedure, StepContext context) {
        long planned = procedure.plannedLeaves(context);
        RunState state = RunState.COMPLETED;
        StringBuilder message = new StringBuilder();
        try {
            runGroup("setup", procedure.setup(), context, planned);
            runGroup("main", procedure.main(), context, planned);
        } catch (DeviceException e) {
            // A request cut short by Ctrl-C surfaces as a device error with the interrupt flag set.
            state = Thread.interrupted() ? RunState.INTERRUPTED : RunState.RIG_FAULT;
            message.append(state == RunState.INTERRUPTED ? "interrupted: " : "").append(e.getMessage());
        } catch (InterruptedException e) {
            state = RunState.INTERRUPTED;
            message.append("interrupted: ").append(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            state = RunState.STORE_FAULT;
            message.append(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected error while running {}", procedure.name(), e);
            state = RunState.INTERNAL_ERROR;
            message.append("internal error: ").append(e);
        }
        // Teardown must not be cut short by the interruption it is cleaning up after; the flag is restored below.
        boolean interrupted = Thread.interrupted() || state == RunState.INTERRUPTED;
        context.enterGroup("teardown", planned);
        for (Step step : procedure.teardown()) {
            try {
                step.execute(context);
            } catch (DeviceException | InterruptedException | RuntimeException e) {
                // Every teardown step gets its chance: a failed step must not leave the next one undone.
                LOG.error("teardown step at {} failed: {}", step.location(), e.getMessage());
                if (state == RunState.COMPLETED) {
                    state = RunState.RIG_FAULT;
                }
                message.append(message.length() == 0 ? "" : "; ").append("teardown ").append(step.describe())
                        .append(" failed: ").append(e.getMessage());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Outcome(state, message.toString());
    }

    private static void runGroup(String group, List<Step> steps, StepContext context, long planned)
            throws DeviceException, InterruptedException {
        context.enterGroup(group, planned);
        for (Step step : steps) {
            step.execute(context);
        }
    }
}
