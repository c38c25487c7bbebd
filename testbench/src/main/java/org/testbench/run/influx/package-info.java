/**
 * Streaming a run to InfluxDB, the shared time-series store of a lab, over the 1.x HTTP API
 * ({@code /write} with line protocol, {@code /query} with InfluxQL), which InfluxDB 2.x and 3.x
 * also serve through their compatibility endpoints.
 *
 * <p>Schema: tags hold what a lab filters on, fields hold the values.
 * <ul>
 *   <li>Samples: one measurement per signal group (e.g. {@code pose}), tags {@code run},
 *       {@code rig}, {@code dut} and {@code signal}, plus context tags such as the step; the
 *       sample's value in field {@code value}, stamped with its source timestamp in nanoseconds.</li>
 *   <li>Results: measurement {@code result}, tags {@code run}, {@code standard}, {@code clause}
 *       and {@code characteristic}; value, unit and verdict as fields, and with a limit its
 *       maximum as {@code limit}, its minimum as {@code limit_min} (each only when the limit has
 *       that bound) and {@code limit_example} (true when the value is only an example).</li>
 * </ul>
 * A field keeps one type per shard, so a signal's values are always written as the same type.
 *
 * <p>{@link org.testbench.run.influx.LinePoint} refuses what line protocol would alter or drop,
 * {@link org.testbench.run.influx.InfluxV1Client} is the HTTP API, and
 * {@link org.testbench.run.influx.InfluxBatchWriter} batches points from any thread and keeps a
 * failed batch for the retry, so an outage never silently loses samples. The run archive stays
 * the record of a run; InfluxDB is a copy that a report built from it must agree with.
 */
package org.testbench.run.influx;
