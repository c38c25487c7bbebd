/**
 * Streaming a run to InfluxDB, the shared time-series store of a lab, without ever letting the
 * store stop or fail the run: the run archive stays the record, InfluxDB is a copy that a report
 * built from it must agree with byte for byte.
 *
 * <p>Two write APIs behind one {@link org.testbench.run.influx.InfluxEndpoint}: the 1.x HTTP API
 * ({@code /write} with line protocol, {@code /query} with InfluxQL; also served by 2.x and 3.x),
 * and the 2.x/3.x API ({@code /api/v2/write}) through influxdb-client-java. The token lives in
 * an environment variable or a private file ({@link org.testbench.run.influx.InfluxToken}),
 * never on the command line, in a log line or in a message.
 *
 * <p>{@link org.testbench.run.influx.InfluxStream} batches points by size and time on a sender
 * thread with bounded memory; a write that fails goes to the disk
 * {@link org.testbench.run.influx.InfluxSpool} ({@code runs/<run-id>/influx-spool/}) and is
 * retried with exponential backoff, in production order. What the server has not taken when the
 * run ends stays spooled, is counted in the run's {@code influx.json}
 * ({@link org.testbench.run.influx.InfluxRecord}) and is sent later by
 * {@code testbench influx flush}.
 *
 * <p>{@link org.testbench.run.influx.RunSchema} makes every point's key (measurement, tags,
 * timestamp) unique and a function of the samples alone, so sending a batch twice overwrites
 * instead of duplicating, and {@link org.testbench.run.influx.InfluxSamples} reads a run's
 * samples back in their recorded order. Schema: tags hold what a lab filters on, fields the values.
 * <ul>
 *   <li>Samples: one measurement per device (e.g. {@code tracker}), tags {@code run}, {@code rig},
 *       {@code dut}, {@code signal}, {@code unit} and the context ({@code pose}, {@code cycle}...);
 *       fields {@code value}, {@code good} and {@code seq} (the sample's index in the run).</li>
 *   <li>Results: measurement {@code result}, tags {@code run}, {@code standard}, {@code clause},
 *       {@code characteristic}, {@code subject}; value, unit, verdict and index as fields, and with a limit its
 *       maximum as {@code limit}, its minimum as {@code limit_min} (each only when the limit has
 *       that bound) and {@code limit_example} (true when the value is only an example).</li>
 * </ul>
 * A field keeps one type per shard, so a signal's values are always written as the same type.
 */
package org.testbench.run.influx;
