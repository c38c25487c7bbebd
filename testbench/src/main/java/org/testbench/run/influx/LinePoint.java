package org.testbench.run.influx;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point in InfluxDB line protocol: {@code measurement,tag=value field=value timestamp}.
 *
 * <p>Everything that line protocol cannot carry faithfully is rejected here, with the offending
 * field named, instead of being silently altered or dropped by the server: non-finite doubles,
 * a point without fields, {@code time} as a key (InfluxDB drops such points), a measurement
 * starting with {@code #} (read as a comment), line breaks outside string values, backslashes in
 * names, and tag values ending in a backslash (it would escape the delimiter that follows).
 *
 * @param measurement the measurement, not empty
 * @param tags        the tags, kept sorted by key so that equal points give equal lines
 * @param fields      the fields in output order: Double, Long or Integer, Boolean, String
 * @param time        when the value was taken, written with nanosecond precision
 */
public record LinePoint(String measurement, SortedMap<String, String> tags, Map<String, Object> fields,
                        Instant time) {

    /** Checks every part can be written and read back unchanged, and freezes copies of the maps. */
    public LinePoint {
        checkName(measurement, "measurement");
        if (measurement.startsWith("#")) {
            throw new IllegalArgumentException("measurement '" + measurement
                    + "' starts with '#', which InfluxDB reads as a comment line");
        }
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(time, "time of measurement '" + measurement + "'");
        TreeMap<String, String> sortedTags = new TreeMap<>();
        tags.forEach((key, value) -> {
            checkKey(key, "tag key", measurement);
            checkTagValue(key, value, measurement);
            sortedTags.put(key, value);
        });
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("point of measurement '" + measurement + "' has no fields");
        }
        LinkedHashMap<String, Object> orderedFields = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            checkKey(key, "field key", measurement);
            checkFieldValue(key, value, measurement);
            orderedFields.put(key, value);
        });
        epochNanos(time);
        tags = Collections.unmodifiableSortedMap(sortedTags);
        fields = Collections.unmodifiableMap(orderedFields);
    }

    /**
     * Starts a point.
     *
     * @param measurement the measurement
     * @return a builder collecting tags, fields and the time
     */
    public static Builder builder(String measurement) {
        return new Builder(measurement);
    }

    /**
     * Renders the point as one line (without the line break), timestamp in nanoseconds.
     *
     * @return the line, e.g. {@code pose,run=r1,signal=x value=0.25,cycle=3i 1795334400000000001}
     */
    public String toLineProtocol() {
        StringBuilder line = new StringBuilder(64 + 32 * (tags.size() + fields.size()));
        escape(measurement, ", ", line);
        tags.forEach((key, value) -> {
            line.append(',');
            escape(key, ",= ", line);
            line.append('=');
            escape(value, ",= ", line);
        });
        char separator = ' ';
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            line.append(separator);
            separator = ',';
            escape(field.getKey(), ",= ", line);
            line.append('=');
            appendFieldValue(field.getValue(), line);
        }
        return line.append(' ').append(epochNanos(time)).toString();
    }

    private static void appendFieldValue(Object value, StringBuilder line) {
        if (value instanceof Long || value instanceof Integer) {
            line.append(value).append('i');
        } else if (value instanceof String text) {
            line.append('"');
            escape(text, "\"\\", line);
            line.append('"');
        } else {
            // Double.toString round-trips exactly; InfluxDB parses its E notation (1.0E-5).
            line.append(value);
        }
    }

    static void escape(String text, String special, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static long epochNanos(Instant time) {
        try {
            return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time " + time + " is outside the nanosecond range of InfluxDB "
                    + "(1677-09-21 to 2262-04-11)", e);
        }
    }

    static void checkName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (name.indexOf('\\') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " '" + name + "' contains a backslash or a line break");
        }
    }

    static void checkKey(String key, String what, String measurement) {
        checkName(key, what + " of measurement '" + measurement + "'");
        if (key.equals("time")) {
            throw new IllegalArgumentException(what + " 'time' of measurement '" + measurement
                    + "' is reserved for the timestamp; InfluxDB drops such points");
        }
    }

    static void checkTagValue(String key, String value, String measurement) {
        String where = "tag '" + key + "' of measurement '" + measurement + "'";
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where + " has no value");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(where + " contains a line break: '" + value + "'");
        }
        if (value.endsWith("\\")) {
            throw new IllegalArgumentException(where + " ends with a backslash: '" + value + "'");
        }
    }

    private static void checkFieldValue(String key, Object value, String measurement) {
        String where = "field '" + key + "' of measurement '" + measurement + "'";
        if (value instanceof Double number) {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException(where + " is " + number + "; InfluxDB stores finite numbers only");
            }
        } else if (!(value instanceof Long || value instanceof Integer || value instanceof Boolean
                || value instanceof String)) {
            throw new IllegalArgumentException(where + " is "
                    + (value == null ? "null" : "a " + value.getClass().getSimpleName())
                    + "; expected Double, Long, Integer, Boolean or String");
        }
    }

    /** Collects the parts of a point; tags and fields keep their last value per key. */
    public static final class Builder {

        private final String measurement;
        private final SortedMap<String, String> tags = new TreeMap<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private Instant time;

        private Builder(String measurement) {
            this.measurement = measurement;
        }

        /**
         * @param key   the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(Objects.requireNonNull(key, "tag key"), value);
            return this;
        }

        /**
         * @param tags tags to add
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            tags.forEach(this::tag);
            return this;
        }

        /**
         * @param key   the field key
         * @param value a Double, Long, Integer, Boolean or String
         * @return this builder
         */
        public Builder field(String key, Object value) {
            fields.put(Objects.requireNonNull(key, "field key"), value);
            return this;
        }

        /**
         * @param time when the value was taken
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * @return the checked point
         * @throws IllegalArgumentException naming the part that line protocol cannot carry
         */
        public LinePoint build() {
            return new LinePoint(measurement, tags, fields, time);
        }
    }
}
