package org.testbench.rigs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testbench.protocols.Channels;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * The safety keys of a rig file: a signal's {@code limits} and how often they are checked
 * ({@code rate: 100 Hz} or {@code period: 10 ms}), which a robot's {@code workspace} may carry too.
 * Limits without a rate are refused, because a check nobody schedules is no check; a rate without
 * limits would schedule nothing, so it is refused as well.
 */
final class SafetyKeys {

    /** A number and a unit, e.g. "100 Hz", "10ms", "-90 deg", "50 %". */
    private static final Pattern QUANTITY = Pattern.compile(
            "([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([^\\s0-9.+-]\\S*)");

    private SafetyKeys() {
    }

    /**
     * @param map  a signal's mapping; its {@code limits} key is read
     * @param unit the signal's unit: plain numbers are in it, "60 deg" is converted to it
     * @return the limits, or null when the signal has none
     * @throws InputException naming the key that is wrong
     */
    static Limits limits(YamlMap map, Unit unit) throws InputException {
        Optional<YamlNode> node = map.optional("limits");
        if (node.isEmpty()) {
            return null;
        }
        YamlMap limits = node.get().asMap();
        Optional<YamlNode> min = limits.optional("min");
        Optional<YamlNode> max = limits.optional("max");
        limits.rejectUnknown();
        try {
            return new Limits(min.isPresent() ? value(min.get(), unit) : null,
                    max.isPresent() ? value(max.get(), unit) : null);
        } catch (IllegalArgumentException e) {
            throw node.get().error(e.getMessage());
        }
    }

    /**
     * @param map       a signal's or workspace's mapping; its {@code rate} and {@code period} keys are read
     * @param endpoints the endpoints of the devices sampled at this period, whose protocols bound
     *                  it; none when the caller checks that itself
     * @return how often to check, or null when neither key is there
     * @throws InputException when both are given, the value is not a positive rate or period, or
     *     it is faster than a protocol is sampled
     */
    static Duration period(YamlMap map, List<String> endpoints) throws InputException {
        Optional<YamlNode> rate = map.optional("rate");
        Optional<YamlNode> period = map.optional("period");
        if (rate.isPresent() && period.isPresent()) {
            throw map.keyNode("period").error("give 'rate' or 'period', not both");
        }
        if (rate.isEmpty() && period.isEmpty()) {
            return null;
        }
        YamlNode node = rate.orElseGet(period::get);
        Duration every = rate.isPresent() ? fromRate(node) : fromPeriod(node);
        for (String endpoint : endpoints) {
            checkSamplingSpeed(node, every, endpoint);
        }
        return every;
    }

    /**
     * @param node     the node the period was read from, for the error
     * @param every    the period
     * @param endpoint the sampled device's endpoint
     * @throws InputException when the period is shorter than the protocol is sampled
     */
    static void checkSamplingSpeed(YamlNode node, Duration every, String endpoint) throws InputException {
        Duration fastest = Channels.fastestSampling(endpoint);
        if (every.compareTo(fastest) < 0) {
            throw node.error(describe(every) + " is faster than a " + endpoint.substring(0, endpoint.indexOf(':'))
                    + " device is sampled: at most " + hertz(fastest) + " Hz (every " + millis(fastest) + " ms)");
        }
    }

    /**
     * @param every a sampling period
     * @return it as "100 Hz (every 10 ms)"
     */
    static String describe(Duration every) {
        return hertz(every) + " Hz (every " + millis(every) + " ms)";
    }

    private static Duration fromRate(YamlNode node) throws InputException {
        Matcher m = quantity(node, "a rate such as '100 Hz'");
        double hz = switch (m.group(2)) {
            case "Hz" -> Double.parseDouble(m.group(1));
            case "kHz" -> Double.parseDouble(m.group(1)) * 1e3;
            default -> throw node.error("unknown rate unit '" + m.group(2) + "' (known: Hz, kHz)");
        };
        return positive(node, 1e9 / hz);
    }

    private static Duration fromPeriod(YamlNode node) throws InputException {
        Matcher m = quantity(node, "a period such as '10 ms'");
        double nanosPerUnit = switch (m.group(2)) {
            case "s" -> 1e9;
            case "ms" -> 1e6;
            case "us" -> 1e3;
            default -> throw node.error("unknown period unit '" + m.group(2) + "' (known: s, ms, us)");
        };
        return positive(node, Double.parseDouble(m.group(1)) * nanosPerUnit);
    }

    private static Matcher quantity(YamlNode node, String expected) throws InputException {
        String text = node.asText().strip();
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw node.error("expected " + expected + ", found '" + text + "'");
        }
        return m;
    }

    private static Duration positive(YamlNode node, double nanos) throws InputException {
        if (!(nanos >= 1) || !Double.isFinite(nanos)) {
            throw node.error("must be a positive, finite rate or period, found '" + node.asText() + "'");
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    /** A limit is a number in the signal's unit, or a number and a unit of the same quantity. */
    private static double value(YamlNode node, Unit unit) throws InputException {
        String text = node.asText().strip();
        if (!text.contains(" ")) {
            return node.asDouble();
        }
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw node.error("expected a number, or a number and a unit such as '60 deg', found '" + text + "'");
        }
        Unit written;
        try {
            written = Unit.of(m.group(2));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        if (written.quantity() != unit.quantity()) {
            throw node.error("'" + written.symbol() + "' is not a unit of "
                    + unit.quantity().name().toLowerCase(java.util.Locale.ROOT) + ", the signal's unit is '"
                    + unit.symbol() + "'");
        }
        return unit.fromBase(written.toBase(Double.parseDouble(m.group(1))));
    }

    private static String hertz(Duration every) {
        return Limits.number(1e9 / every.toNanos());
    }

    private static String millis(Duration every) {
        return Limits.number(every.toNanos() / 1e6);
    }
}
