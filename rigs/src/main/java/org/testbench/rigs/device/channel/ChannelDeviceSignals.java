package org.testbench.rigs.device.channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.DeviceSignals;

/**
 * {@link DeviceSignals} over a channel. A write is sent as the Java type the device last reported
 * for that signal (a flag as Boolean, an integer register as Integer, anything else as Double), read
 * once before the first write when no read has shown it yet: a device that holds an Int32 rejects a
 * Double, and a coil takes only a Boolean.
 */
public final class ChannelDeviceSignals implements DeviceSignals {

    /** How far a scaled write may sit from a whole number and still be sent to an integer register. */
    private static final double WHOLE_TOLERANCE = 1e-9;

    private final DeviceDefinition device;
    private final Channel channel;
    private final Set<String> writable;
    private final Map<String, Class<?>> types = new ConcurrentHashMap<>();

    /**
     * @param device  the device's definition
     * @param channel a connected channel to it
     */
    public ChannelDeviceSignals(DeviceDefinition device, Channel channel) {
        this.device = device;
        this.channel = channel;
        Set<String> w = new LinkedHashSet<>();
        device.signals().values().forEach(s -> {
            if (device.writable(s.name())) {
                w.add(s.name());
            }
        });
        this.writable = Collections.unmodifiableSet(w);
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public Set<String> signals() {
        return device.signals().keySet();
    }

    @Override
    public Set<String> writable() {
        return writable;
    }

    @Override
    public String unit(String signal) {
        return device.signal(signal).unit().base().symbol();
    }

    @Override
    public List<Sample> read(List<String> signals) throws DeviceException {
        List<SignalDefinition> definitions = new ArrayList<>(signals.size());
        for (String s : signals) {
            definitions.add(definition(s));
        }
        List<SignalValue> values;
        try {
            values = channel.read(definitions.stream().map(SignalDefinition::address).toList());
        } catch (ChannelException e) {
            throw new DeviceException(device.name() + ": cannot read " + String.join(", ", signals) + ": "
                    + e.getMessage(), e);
        }
        List<Sample> samples = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            samples.add(sample(definitions.get(i), values.get(i)));
        }
        return samples;
    }

    private Sample sample(SignalDefinition signal, SignalValue v) throws DeviceException {
        Object raw = v.value();
        if (raw != null) {
            types.put(signal.name(), raw.getClass());
        }
        double value;
        if (raw instanceof Number n) {
            value = signal.toBase(n.doubleValue());
        } else if (raw instanceof Boolean b) {
            value = signal.toBase(b ? 1 : 0);
        } else if (raw == null && !v.good()) {
            value = Double.NaN;
        } else {
            throw new DeviceException(device.name() + "." + signal.name() + " (" + signal.address()
                    + "): not a number: " + raw, null);
        }
        return new Sample(v.sourceTime(), device.name(), signal.name(), value, signal.unit().base().symbol(),
                v.good() && Double.isFinite(value), Map.of());
    }

    @Override
    public void write(String signal, double value) throws DeviceException {
        SignalDefinition definition = definition(signal);
        if (!writable.contains(signal)) {
            throw new DeviceException(device.name() + "." + signal + " (" + definition.address()
                    + ") is read-only", null);
        }
        if (!types.containsKey(signal)) {
            read(List.of(signal));
        }
        Object raw = encode(definition, value, types.get(signal));
        try {
            channel.write(definition.address(), raw);
        } catch (ChannelException e) {
            throw new DeviceException(device.name() + "." + signal + ": cannot write " + value + " "
                    + unit(signal) + ": " + e.getMessage(), e);
        }
    }

    private Object encode(SignalDefinition signal, double value, Class<?> type) throws DeviceException {
        double raw = signal.toRaw(value);
        String what = device.name() + "." + signal.name() + " (" + signal.address() + ")";
        if (type == Boolean.class) {
            if (raw != 0 && raw != 1) {
                throw new DeviceException(what + " is a flag: write 0 or 1, not " + value, null);
            }
            return raw == 1;
        }
        if (type == Integer.class || type == Short.class || type == Byte.class || type == Long.class) {
            double whole = Math.rint(raw);
            if (Math.abs(raw - whole) > WHOLE_TOLERANCE * Math.max(1, Math.abs(raw))) {
                throw new DeviceException(what + " holds whole numbers: " + value + " " + unit(signal.name())
                        + " is " + raw + " on the device", null);
            }
            return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? (Object) (int) whole : (Object) (long) whole;
        }
        return raw;
    }

    private SignalDefinition definition(String signal) {
        return device.signal(signal);
    }
}
