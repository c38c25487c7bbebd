package org.testbench.run.influx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.rigs.Sample;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;

/**
 * Streams a run to InfluxDB 1.x: one point per sample, in a measurement named after the device,
 * tagged run, rig, dut, signal, unit and the sample's context (pose, cycle); one point per result
 * in measurement {@code result}, tagged run, standard, clause, characteristic and subject.
 * Points are batched and the last batch is written when the run ends.
 *
 * <p>A failure to write is a store fault ({@link UncheckedIOException}); the run archive, written
 * first, still holds every sample.
 */
public final class InfluxRunListener implements RunListener, AutoCloseable {

    private final InfluxBatchWriter writer;
    private final String run;
    private final String rig;
    private final String dut;

    /**
     * Connects and creates the database if it does not exist.
     *
     * @param target the server and database
     * @param run    the run id, a tag of every point
     * @param rig    the rig's name, a tag of every sample
     * @param dut    the DUT's serial number, a tag of every sample
     * @throws IOException when the server does not answer or refuses
     */
    public InfluxRunListener(InfluxTarget target, String run, String rig, String dut) throws IOException {
        InfluxV1Client client = new InfluxV1Client(target.url(), target.database(), Duration.ofSeconds(10));
        client.ping();
        client.createDatabase();
        this.writer = new InfluxBatchWriter(client);
        this.run = run;
        this.rig = rig;
        this.dut = dut;
    }

    @Override
    public void onSample(Sample sample) {
        LinePoint point = LinePoint.builder(sample.device())
                .tag("run", run).tag("rig", rig).tag("dut", dut).tag("signal", sample.signal()).tag("unit", sample.unit())
                .tags(sample.context())
                .field("value", sample.value())
                .field("good", sample.good())
                .time(sample.time())
                .build();
        write(point);
    }

    @Override
    public void onResult(Result result) {
        LinePoint.Builder point = LinePoint.builder("result")
                .tag("run", run).tag("standard", result.standard()).tag("clause", result.clause())
                .tag("characteristic", result.characteristic()).tag("subject", result.subject())
                .field("value", result.value())
                .field("unit", result.unit())
                .field("verdict", result.verdict().name())
                .time(Instant.now());
        Limit limit = result.limit();
        if (limit != null) {
            if (limit.maximum() != null) {
                point.field("limit", limit.maximum());
            }
            if (limit.minimum() != null) {
                point.field("limit_min", limit.minimum());
            }
            point.field("limit_example", limit.example());
        }
        write(point.build());
    }

    @Override
    public void onRunEnd(RunEnd end) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("InfluxDB: " + e.getMessage(), e);
        }
    }

    /** @return the points InfluxDB has accepted */
    public long pointsWritten() {
        return writer.pointsWritten();
    }

    /** Closes at the end of a run without throwing: a failure to write was already reported by the run. */
    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InfluxRunListener.class).debug("closing the InfluxDB writer", e);
        }
    }

    private void write(LinePoint point) {
        try {
            writer.add(point);
        } catch (IOException e) {
            throw new UncheckedIOException("InfluxDB: " + e.getMessage(), e);
        }
    }
}
