package org.testbench.run.influx;

import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunStart;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.Result;

/**
 * Streams a run to InfluxDB ({@link RunSchema} says how samples and results become points)
 * through an {@link InfluxStream} whose spool lives in the run's archive folder. It never throws
 * at the run: an unreachable or refusing server leaves points in the spool, and a sample that
 * line protocol cannot carry is counted and logged. {@link #finish()} tells what became of them.
 */
public final class InfluxRunListener implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxRunListener.class);

    private final InfluxTarget target;
    private final RunSchema schema;
    private final InfluxStream stream;
    private Instant started = Instant.EPOCH;
    private int results;
    private long unwritable;
    private InfluxRecord finished;

    /**
     * Starts streaming; connects lazily, so a server that is down costs the run nothing.
     *
     * @param target   the server and database or bucket
     * @param runDir   the run's archive folder; the spool is its {@value InfluxSpool#FOLDER}/
     * @param schema   the run's point schema
     * @param settings batching, memory and retry settings
     * @throws InputException when the token cannot be read
     * @throws java.io.IOException when an existing spool folder cannot be listed
     */
    public InfluxRunListener(InfluxTarget target, Path runDir, RunSchema schema, StreamSettings settings)
            throws InputException, java.io.IOException {
        this.target = target;
        this.schema = schema;
        this.stream = new InfluxStream(InfluxEndpoint.open(target, settings.requestTimeout()),
                InfluxSpool.open(runDir.resolve(InfluxSpool.FOLDER)), settings);
    }

    @Override
    public void onRunStart(RunStart start) {
        started = start.time();
    }

    @Override
    public void onSample(Sample sample) {
        String line;
        try {
            line = schema.sampleLine(sample);
        } catch (IllegalArgumentException e) {
            if (unwritable++ == 0) {
                LOG.error("a sample cannot be written to InfluxDB and is kept in the archive only: {}", e.getMessage());
            }
            return;
        }
        stream.add(line);
    }

    @Override
    public void onResult(Result result) {
        try {
            stream.add(schema.result(result, results++, started).toLineProtocol());
        } catch (IllegalArgumentException e) {
            unwritable++;
            LOG.error("result {} cannot be written to InfluxDB: {}", result.characteristic(), e.getMessage());
        }
    }

    /**
     * Sends what is left, waiting while the server accepts; what it does not take stays spooled.
     * Later calls return the same record.
     *
     * @return what became of the run's points
     */
    public synchronized InfluxRecord finish() {
        if (finished == null) {
            finished = InfluxRecord.of(target, stream.finish(), unwritable);
        }
        return finished;
    }
}
