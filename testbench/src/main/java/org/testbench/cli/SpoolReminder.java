package org.testbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.testbench.run.influx.InfluxSpool;

/**
 * Tells the operator about points a run left in its InfluxDB spool, so that no later command
 * forgets them silently: {@code run} looks through the runs folder, {@code report} at its run.
 */
final class SpoolReminder {

    private SpoolReminder() {
    }

    /**
     * @param runsDir the folder of run archives
     * @param err     where to tell
     */
    static void warn(Path runsDir, PrintWriter err) {
        if (!Files.isDirectory(runsDir)) {
            return;
        }
        List<Path> runs;
        try (Stream<Path> list = Files.list(runsDir)) {
            runs = list.filter(dir -> Files.isDirectory(dir.resolve(InfluxSpool.FOLDER))).sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path run : runs) {
            warnRun(run, err);
        }
    }

    /**
     * @param run a run archive
     * @param err where to tell
     * @return the points waiting in its spool
     */
    static long warnRun(Path run, PrintWriter err) {
        long points;
        try {
            points = InfluxSpool.open(run.resolve(InfluxSpool.FOLDER)).points();
        } catch (IOException e) {
            err.println("warning: cannot read the InfluxDB spool of " + run + ": " + e.getMessage());
            return 0;
        }
        if (points > 0) {
            err.println("warning: " + points + " points of " + run + " are still spooled for InfluxDB; send them with: "
                    + "testbench influx flush " + run);
        }
        err.flush();
        return points;
    }
}
