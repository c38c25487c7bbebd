package org.testbench.run.influx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.testbench.rigs.Sample;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;

/**
 * How one run's samples and results become InfluxDB points, and samples come back.
 *
 * <p>A sample is a point in the measurement named after its device, tagged {@code run},
 * {@code rig}, {@code dut}, {@code signal}, {@code unit} and its context ({@code pose},
 * {@code cycle}...), with fields {@code value}, {@code good} and {@code seq}, its index in the
 * run (the order of samples.csv). Every point's key (measurement, tags, timestamp) is unique and
 * follows from the samples alone, so writing the same run twice overwrites, never duplicates:
 * the timestamp is the sample's source time, except that within one device and signal it is
 * raised to 1 ns after the previous point when the source repeats or goes back in time; the
 * source time is then kept in field {@code source_ns}. A context key that would clash with a
 * tag or field name above is written as {@code context.<key>}; a non-finite value is written as
 * the string field {@code value_text}. An empty unit or context value is left out (InfluxDB has
 * no empty tags).
 *
 * <p>A result is a point in measurement {@code result}, tagged {@code run}, {@code standard},
 * {@code clause}, {@code characteristic} and {@code subject}, stamped with the run's start time
 * plus its index in nanoseconds so that writing it again lands on the same point.
 *
 * <p>Not thread-safe: one instance follows one run's sample stream, in order.
 */
public final class RunSchema {

    /** The measurement of results. */
    public static final String RESULT = "result";
    /** Tags every sample point has; a context key among them is prefixed. */
    static final Set<String> SAMPLE_TAGS = Set.of("run", "rig", "dut", "signal", "unit");
    /** Fields a sample point may have; a context key among them is prefixed. */
    static final Set<String> SAMPLE_FIELDS = Set.of("value", "value_text", "good", "seq", "source_ns");
    private static final String CONTEXT_PREFIX = "context.";
    private static final Comparator<String[]> BY_KEY = Comparator.comparing(tag -> tag[0]);

    private final String run;
    private final String rig;
    private final String dut;
    private final Map<String, long[]> lastNanos = new HashMap<>();
    private final EscapedNames names = new EscapedNames();
    private long seq;

    /**
     * @param run the run id
     * @param rig the rig's name
     * @param dut the DUT's serial number
     */
    public RunSchema(String run, String rig, String dut) {
        this.run = run;
        this.rig = rig;
        this.dut = dut;
    }

    /**
     * @param sample the run's next sample
     * @return its point
     * @throws IllegalArgumentException when a name cannot be carried by line protocol
     */
    public LinePoint sample(Sample sample) {
        LinePoint.Builder point = LinePoint.builder(sample.device());
        for (String[] tag : tags(sample)) {
            point.tag(tag[0], tag[1]);
        }
        long source = nanos(sample.time());
        long stamp = stamp(sample, source);
        if (Double.isFinite(sample.value())) {
            point.field("value", sample.value());
        } else {
            point.field("value_text", Double.toString(sample.value()));
        }
        point.field("good", sample.good()).field("seq", seq++);
        if (stamp != source) {
            point.field("source_ns", source);
        }
        return point.time(instant(stamp)).build();
    }

    /**
     * The same line as {@code sample(sample).toLineProtocol()}, made without building the point:
     * the names are checked and escaped once per distinct name. This is the run's hot path.
     *
     * @param sample the run's next sample
     * @return its point as line protocol
     * @throws IllegalArgumentException when a name cannot be carried by line protocol
     */
    public String sampleLine(Sample sample) {
        String device = sample.device();
        StringBuilder line = new StringBuilder(160).append(names.measurement(device));
        for (String[] tag : tags(sample)) {
            line.append(',').append(names.key(tag[0], device)).append('=').append(names.value(tag[0], tag[1], device));
        }
        long source = nanos(sample.time());
        long stamp = stamp(sample, source);
        if (Double.isFinite(sample.value())) {
            line.append(" value=").append(sample.value());
        } else {
            line.append(" value_text=\"").append(sample.value()).append('"');
        }
        line.append(",good=").append(sample.good()).append(",seq=").append(seq++).append('i');
        if (stamp != source) {
            line.append(",source_ns=").append(source).append('i');
        }
        return line.append(' ').append(stamp).toString();
    }

    /**
     * @return the sample's tags as key-value pairs sorted by key, every name checked, so that a
     *     sample line protocol cannot carry fails before it takes a timestamp or an index
     */
    private List<String[]> tags(Sample sample) {
        String device = sample.device();
        names.measurement(device);
        List<String[]> tags = new ArrayList<>(5 + sample.context().size());
        tags.add(new String[] {"dut", dut});
        tags.add(new String[] {"rig", rig});
        tags.add(new String[] {"run", run});
        tags.add(new String[] {"signal", sample.signal()});
        if (!sample.unit().isEmpty()) {
            tags.add(new String[] {"unit", sample.unit()});
        }
        for (Map.Entry<String, String> e : sample.context().entrySet()) {
            if (!e.getValue().isEmpty()) {
                tags.add(new String[] {contextTag(e.getKey()), e.getValue()});
            }
        }
        tags.sort(BY_KEY);
        for (String[] tag : tags) {
            names.key(tag[0], device);
            names.value(tag[0], tag[1], device);
        }
        return tags;
    }

    /** The point's timestamp: the source time, or 1 ns after the signal's previous point if not later. */
    private long stamp(Sample sample, long source) {
        long[] last = lastNanos.computeIfAbsent(sample.device() + '\n' + sample.signal(),
                k -> new long[] {Long.MIN_VALUE});
        long stamp = source > last[0] ? source : last[0] + 1;
        last[0] = stamp;
        return stamp;
    }

    /**
     * @param result   a result of the run
     * @param index    its index among the run's results
     * @param runStart when the run started
     * @return its point
     */
    public LinePoint result(Result result, int index, Instant runStart) {
        LinePoint.Builder point = LinePoint.builder(RESULT)
                .tag("run", run).tag("standard", result.standard()).tag("clause", result.clause())
                .tag("characteristic", result.characteristic()).tag("subject", result.subject())
                .field("unit", result.unit())
                .field("verdict", result.verdict().name())
                .field("index", (long) index)
                .time(runStart.plusNanos(index));
        if (Double.isFinite(result.value())) {
            point.field("value", result.value());
        }
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
        return point.build();
    }

    /**
     * Reads a sample back from a row of {@code SELECT * FROM <device> WHERE run = ...}.
     *
     * @param device the measurement
     * @param row    the row: {@code time} in nanoseconds, every tag and field by name
     * @return the sample as the run recorded it
     * @throws IllegalArgumentException when the row lacks a field every sample point has
     */
    public static Sample sampleOf(String device, Map<String, Object> row) {
        Object time = row.get("time");
        Object source = row.get("source_ns");
        Object signal = row.get("signal");
        Object good = row.get("good");
        if (!(time instanceof Number) || signal == null || !(good instanceof Boolean)) {
            throw new IllegalArgumentException("point of measurement '" + device + "' at " + time
                    + " is not a sample of this schema (time, signal and good are required)");
        }
        double value = row.get("value") instanceof Number n ? n.doubleValue()
                : row.get("value_text") instanceof String text ? Double.parseDouble(text) : Double.NaN;
        Map<String, String> context = new TreeMap<>();
        row.forEach((key, v) -> {
            if (v instanceof String text && !key.equals("time") && !SAMPLE_TAGS.contains(key)
                    && !SAMPLE_FIELDS.contains(key)) {
                context.put(key.startsWith(CONTEXT_PREFIX) ? key.substring(CONTEXT_PREFIX.length()) : key, text);
            }
        });
        long stamp = source instanceof Number n ? n.longValue() : ((Number) time).longValue();
        Object unit = row.get("unit");
        return new Sample(instant(stamp), device, signal.toString(), value, unit == null ? "" : unit.toString(),
                (Boolean) good, context);
    }

    /**
     * @param row a row read back
     * @return the sample's index in the run, or -1 when the row has none
     */
    public static long seqOf(Map<String, Object> row) {
        return row.get("seq") instanceof Number n ? n.longValue() : -1;
    }

    private static String contextTag(String key) {
        return SAMPLE_TAGS.contains(key) || SAMPLE_FIELDS.contains(key) || key.equals("time")
                || key.startsWith(CONTEXT_PREFIX) ? CONTEXT_PREFIX + key : key;
    }

    static long nanos(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
