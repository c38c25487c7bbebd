package org.testbench.run;

import java.nio.file.Path;
import java.util.List;
import org.testbench.procedures.execution.RunState;
import org.testbench.run.influx.InfluxRecord;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/**
 * What a run produced, for the command line to print and turn into an exit code.
 *
 * @param runId   the run's identifier
 * @param dir     its archive folder
 * @param state   how it ended
 * @param verdict the overall verdict
 * @param message why it ended early, or ""
 * @param results its results (empty when it did not complete)
 * @param reports the report files written
 * @param storeFailures listeners besides the archive that failed and were switched off
 * @param influx  what became of the points streamed to InfluxDB, or null when none was configured
 */
public record RunSummary(String runId, Path dir, RunState state, Verdict verdict, String message,
                         List<Result> results, List<Path> reports, List<String> storeFailures, InfluxRecord influx) {
}
