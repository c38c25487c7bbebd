package org.testbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.console.ConsoleProgress;
import org.testbench.run.influx.InfluxRecord;
import org.testbench.standards.Result;

/**
 * Runs a test from the command line: progress on standard error, Ctrl-C turned into an orderly
 * stop (teardown runs, the archive is closed), and the summary on standard output as a table or
 * as JSON. Shared by {@code run} and {@code demo}.
 */
final class RunOnConsole {

    /** How long Ctrl-C waits for teardown and the archive before the JVM exits anyway. */
    private static final long STOP_GRACE_MILLIS = 20_000;

    private RunOnConsole() {
    }

    static int run(RunInputs inputs, RunOptions.Builder options, OutputOptions output, PrintWriter out)
            throws InputException, IOException {
        options.listener(new ConsoleProgress(System.err, System.console() != null));
        // Ctrl-C interrupts setup and main only: an interrupt during teardown could cut short the
        // very write that stops the robot, and afterwards it would only break the archive's I/O.
        AtomicBoolean interruptible = new AtomicBoolean(true);
        options.listener(new RunListener() {
            @Override
            public void onStepStart(StepStart step) {
                interruptible.set(!"teardown".equals(step.group()));
            }

            @Override
            public void onRunEnd(RunEnd end) {
                interruptible.set(false);
            }
        });
        Thread runner = Thread.currentThread();
        AtomicBoolean finished = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            if (!finished.get()) {
                System.err.println("\ninterrupt: stopping the run, running teardown...");
                if (interruptible.get()) {
                    runner.interrupt();
                }
                try {
                    runner.join(STOP_GRACE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "testbench-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        RunSummary summary;
        try {
            summary = TestRun.execute(inputs, options.build());
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C arrived: the hook is waiting for this thread, which is now done.
            }
        }
        print(summary, output, out);
        return ExitCode.of(summary);
    }

    private static void print(RunSummary summary, OutputOptions output, PrintWriter out) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("runId", summary.runId());
            json.put("state", summary.state());
            json.put("verdict", summary.verdict());
            json.put("message", summary.message());
            json.put("archive", summary.dir().toString());
            json.put("reports", summary.reports().stream().map(Object::toString).toList());
            json.put("results", summary.results());
            if (summary.influx() != null) {
                json.put("influx", summary.influx());
            }
            out.print(ArchiveJson.text(json));
        } else {
            List<Result> results = summary.results();
            if (!results.isEmpty()) {
                out.println();
                out.print(ResultsTable.render(results));
            }
            out.println();
            out.println("verdict: " + summary.verdict());
            out.println("archive: " + summary.dir());
            summary.reports().forEach(r -> out.println("report:  " + r));
            InfluxRecord influx = summary.influx();
            if (influx != null) {
                out.println("influx:  " + influx.written() + " of " + influx.points() + " points written, "
                        + influx.spooled() + " spooled" + (influx.spooled() == 0 ? ""
                        : " (send them with: testbench influx flush " + summary.dir() + ")")
                        + (influx.rejected() + influx.lost() + influx.unwritable() == 0 ? ""
                        : ", " + (influx.rejected() + influx.lost() + influx.unwritable())
                        + " not written (see " + InfluxRecord.FILE + ")"));
            }
        }
        out.flush();
    }
}
