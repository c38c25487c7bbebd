package org.testbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.execution.Interruption;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunStop;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.console.ConsoleProgress;
import org.testbench.run.influx.InfluxRecord;
import org.testbench.standards.Result;

/**
 * Runs a test from the command line: progress on standard error, Ctrl-C and SIGTERM turned into an
 * orderly stop (teardown runs and drives the rig to its safe state, the archive is finished, exit
 * code 130), and the summary on standard output as a table or as JSON. Shared by {@code run} and
 * {@code demo}.
 *
 * <p>Either signal starts the JVM's shutdown, which runs a hook of this class: it asks the run to
 * stop through its {@link RunStop} (recording which signal, and when, in run.json) and waits for
 * the run's thread to finish, at most {@link #STOP_GRACE_MILLIS}, before the JVM may exit.
 */
final class RunOnConsole {

    /** How long a stop waits for teardown and the archive before the JVM exits anyway. */
    private static final long STOP_GRACE_MILLIS = 20_000;

    private RunOnConsole() {
    }

    static int run(RunInputs inputs, RunOptions.Builder options, OutputOptions output, PrintWriter out)
            throws InputException, IOException {
        options.listener(new ConsoleProgress(System.err, System.console() != null));
        RunStop stop = new RunStop();
        options.stop(stop);
        Thread runner = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop.request(Interruption.byOperator("the JVM was asked to shut down (SIGHUP or another signal)"));
            stop.interruption().ifPresent(why -> System.err.println("\nstopping the run (" + why.cause()
                    + "), running teardown..."));
            try {
                runner.join(STOP_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "testbench-stop");
        StopSignals signals = StopSignals.install(name -> stop.request(Interruption.byOperator(name + " received")));
        RunSummary summary;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            summary = TestRun.execute(inputs, options.build());
        } finally {
            signals.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // a signal arrived: the hook is waiting for this thread, which is now done
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
