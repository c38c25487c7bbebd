package org.testbench.run.influx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;

/**
 * Reads a run's samples back from InfluxDB with InfluxQL over the 1.x query API (which 2.x and
 * 3.x serve too, with the bucket as database), in the order the run recorded them, so that an
 * analysis of them can be compared with the one of the archive.
 */
public final class InfluxSamples {

    private InfluxSamples() {
    }

    /**
     * @param target  where the run was streamed
     * @param runId   the run
     * @param timeout how long to wait for each answer
     * @return the run's samples, ordered by their index in the run ({@code seq})
     * @throws InfluxException when the server cannot be reached or refuses a query
     * @throws InputException  when the token cannot be read
     * @throws IllegalStateException when the points read back are not one per index 0..n-1
     */
    public static List<Sample> read(InfluxTarget target, String runId, Duration timeout)
            throws InfluxException, InputException {
        String token = target.token() == null ? null : target.token().resolve();
        InfluxV1Client client = new InfluxV1Client(target.url(), target.queryDatabase(), timeout, token);
        String run = literal(runId);
        List<long[]> order = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (Map<String, Object> measurement : client.query("SHOW MEASUREMENTS WHERE \"run\" = " + run)) {
            String name = String.valueOf(measurement.get("name"));
            if (name.equals(RunSchema.RESULT)) {
                continue;
            }
            for (Map<String, Object> row : client.query("SELECT * FROM " + InfluxV1Client.quoteIdentifier(name)
                    + " WHERE \"run\" = " + run)) {
                order.add(new long[] {RunSchema.seqOf(row), samples.size()});
                samples.add(RunSchema.sampleOf(name, row));
            }
        }
        order.sort(Comparator.comparingLong(o -> o[0]));
        List<Sample> ordered = new ArrayList<>(samples.size());
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i)[0] != i) {
                throw new IllegalStateException(target + " holds " + samples.size() + " samples of run " + runId
                        + ", but not one for each index 0.." + (samples.size() - 1) + " (index " + i + " is "
                        + (order.get(i)[0] < i ? "there twice" : "missing") + ")");
            }
            ordered.add(samples.get((int) order.get(i)[1]));
        }
        return ordered;
    }

    /** An InfluxQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
