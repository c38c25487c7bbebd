package org.testbench.rigs;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Channels;
import org.testbench.protocols.SignalValue;

/**
 * Checks a rig as it stands on the bench: connects to every device and reads every signal once,
 * one request per signal so the latency of each is seen, and holds each supervised signal's value
 * against its safety limits: a value already outside them would trip a run before anything moved,
 * so the check says so first. Commands nothing.
 */
public final class RigCheck {

    private RigCheck() {
    }

    /**
     * One signal's reading.
     *
     * @param device    the device
     * @param signal    the signal
     * @param address   its address
     * @param value     the scaled value in {@code unit}, or null when it could not be read as a number
 *                  or is an array
     * @param unit      the signal's unit
     * @param limits    the signal's safety limits as a person reads them, e.g. "-60..60 Nm"; empty when
     *                  the rig file sets none
     * @param ok        whether it was read, the device marked it good, and it lies within its limits
     * @param status    the device's status, or what went wrong
     * @param latencyMs how long the read took, or -1 when the device could not be reached
     */
    public record Reading(String device, String signal, String address, Double value, String unit, String limits,
                          boolean ok, String status, double latencyMs) {
    }

    /**
     * @param rig the rig
     * @return one reading per signal, in file order; devices that cannot be reached give failed readings
     */
    public static List<Reading> run(RigDefinition rig) {
        List<Reading> readings = new ArrayList<>();
        for (DeviceDefinition device : rig.devices().values()) {
            try (Channel channel = Channels.open(device.channelConfig())) {
                try {
                    channel.connect();
                } catch (ChannelException e) {
                    device.signals().values().forEach(s -> readings.add(new Reading(device.name(), s.name(), s.address(),
                            null, s.unit().symbol(), limits(s), false, "unreachable: " + e.getMessage(), -1)));
                    continue;
                }
                for (SignalDefinition signal : device.signals().values()) {
                    readings.add(read(device, signal, channel));
                }
            }
        }
        return readings;
    }

    private static Reading read(DeviceDefinition device, SignalDefinition signal, Channel channel) {
        long start = System.nanoTime();
        try {
            SignalValue v = channel.read(List.of(signal.address())).get(0);
            double ms = (System.nanoTime() - start) / 1e6;
            // In the unit the rig file declares, so the table reads like the file.
            Double value = v.value() instanceof Number n ? n.doubleValue() * signal.scale() + signal.offset()
                    : v.value() instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
            // An array (a robot's path points) has no one value to show; reading it is the check.
            boolean array = v.value() != null && v.value().getClass().isArray();
            boolean outside = value != null && signal.limits() != null && !signal.limits().contains(value);
            boolean ok = v.good() && (value != null || array) && !outside;
            String status = !v.good() ? v.status()
                    : array ? v.status() + " (array of " + Array.getLength(v.value()) + ")"
                    : value == null ? "not a number: " + v.value()
                    : outside ? "outside its safety limits " + limits(signal) + ": a run would trip at its start"
                    : v.status();
            return new Reading(device.name(), signal.name(), signal.address(), value, signal.unit().symbol(),
                    limits(signal), ok, status, ms);
        } catch (ChannelException e) {
            return new Reading(device.name(), signal.name(), signal.address(), null, signal.unit().symbol(),
                    limits(signal), false, e.getMessage(), (System.nanoTime() - start) / 1e6);
        }
    }

    private static String limits(SignalDefinition signal) {
        return signal.limits() == null ? "" : signal.limits().describe(signal.unit().symbol());
    }
}
