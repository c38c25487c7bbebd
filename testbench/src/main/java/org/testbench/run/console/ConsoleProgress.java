package org.testbench.run.console;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunStart;
import org.testbench.procedures.execution.StepStart;

/**
 * Shows a person at a terminal where the run stands: step, loop position, elapsed and remaining
 * time. On a terminal the line is rewritten in place; into a file or pipe a line is printed every
 * tenth of the run, so logs stay short.
 */
public final class ConsoleProgress implements RunListener {

    private final PrintStream out;
    private final boolean terminal;
    private Instant start;
    private long lastDecile = -1;
    private long lastDrawNanos;

    /**
     * @param out      where to print (standard error, so standard output stays for results)
     * @param terminal whether {@code out} is a terminal that understands carriage returns
     */
    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void onRunStart(RunStart run) {
        start = run.time();
        out.println("run " + run.runId() + ": " + run.procedure() + ", " + run.plannedLeaves() + " steps");
    }

    @Override
    public void onStepStart(StepStart step) {
        String line = line(step);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawNanos > 100_000_000L || step.done() == 0) {
                out.print("\r" + line + "\u001b[K");
                out.flush();
                lastDrawNanos = now;
            }
        } else {
            long decile = step.planned() == 0 ? 0 : step.done() * 10 / step.planned();
            if (decile != lastDecile) {
                out.println(line);
                lastDecile = decile;
            }
        }
    }

    @Override
    public void onRunEnd(RunEnd end) {
        if (terminal) {
            out.print("\r\u001b[K");
        }
        out.println("run " + end.runId() + " " + end.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " after " + clock(Duration.between(start, end.time()))
                + (end.message().isEmpty() ? "" : ": " + end.message()));
    }

    private String line(StepStart step) {
        Duration elapsed = Duration.between(start, step.time());
        long done = step.done();
        String remaining = done == 0 ? "--:--"
                : clock(elapsed.multipliedBy(step.planned() - done).dividedBy(done));
        StringBuilder where = new StringBuilder();
        step.context().forEach((k, v) -> where.append(k).append(' ').append(v).append(", "));
        return String.format(Locale.ROOT, "[%3d%%] %s%s (%s) elapsed %s, remaining ~%s",
                step.planned() == 0 ? 100 : done * 100 / step.planned(), where, step.description(), step.group(),
                clock(elapsed), remaining);
    }

    private static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
