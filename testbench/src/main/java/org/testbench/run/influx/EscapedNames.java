package org.testbench.run.influx;

import java.util.HashMap;
import java.util.Map;

/**
 * Measurements, tag keys and tag values of a run, each checked against {@link LinePoint}'s
 * rules and escaped for line protocol once, then reused: a run repeats the same few names
 * (devices, signals, units, poses, cycles) on every point. The cache forgets everything when it
 * holds {@value #MAX_ENTRIES} entries, so a run with ever new values (a cycle counter) stays
 * bounded. Not thread-safe.
 */
final class EscapedNames {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, String> measurements = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();

    /**
     * @param measurement a measurement
     * @return it escaped
     * @throws IllegalArgumentException as {@link LinePoint} would
     */
    String measurement(String measurement) {
        String escaped = measurements.get(measurement);
        if (escaped == null) {
            LinePoint.checkName(measurement, "measurement");
            if (measurement.startsWith("#")) {
                throw new IllegalArgumentException("measurement '" + measurement
                        + "' starts with '#', which InfluxDB reads as a comment line");
            }
            escaped = remember(measurements, measurement, ", ");
        }
        return escaped;
    }

    /**
     * @param key         a tag key
     * @param measurement its measurement, for the message
     * @return it escaped
     * @throws IllegalArgumentException as {@link LinePoint} would
     */
    String key(String key, String measurement) {
        String escaped = keys.get(key);
        if (escaped == null) {
            LinePoint.checkKey(key, "tag key", measurement);
            escaped = remember(keys, key, ",= ");
        }
        return escaped;
    }

    /**
     * @param key         its tag key, for the message
     * @param value       a tag value
     * @param measurement its measurement, for the message
     * @return it escaped
     * @throws IllegalArgumentException as {@link LinePoint} would
     */
    String value(String key, String value, String measurement) {
        String escaped = values.get(value);
        if (escaped == null) {
            LinePoint.checkTagValue(key, value, measurement);
            escaped = remember(values, value, ",= ");
        }
        return escaped;
    }

    private static String remember(Map<String, String> cache, String text, String special) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        LinePoint.escape(text, special, out);
        String escaped = out.toString();
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(text, escaped);
        return escaped;
    }
}
