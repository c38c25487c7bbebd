package org.testbench.procedures.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.DeviceSignals;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.device.Robot;
import org.testbench.rigs.device.WallClock;

/**
 * The rig as steps reach it during a run: the robot and pose tracker when the procedure uses them,
 * the generic devices by name, and the rig's clock. Immutable; build with {@link #builder()}.
 */
public final class RigDevices {

    private final Robot robot;
    private final PoseTracker tracker;
    private final Map<String, DeviceSignals> generic;
    private final RigClock clock;

    private RigDevices(Builder b) {
        this.robot = b.robot;
        this.tracker = b.tracker;
        this.generic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.generic));
        this.clock = b.clock;
    }

    /** @return a builder with no devices, on wall time */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the robot, or null when the run has none */
    public Robot robot() {
        return robot;
    }

    /** @return the pose tracker, or null when the run has none */
    public PoseTracker tracker() {
        return tracker;
    }

    /** @return the rig's time */
    public RigClock clock() {
        return clock;
    }

    /**
     * @param device a generic device's name
     * @return its signals
     * @throws IllegalStateException when the run has no such device (a procedure's signals are
     *                               checked against the rig before it connects, so this is a bug)
     */
    public DeviceSignals signals(String device) {
        DeviceSignals d = generic.get(device);
        if (d == null) {
            throw new IllegalStateException("no generic device '" + device + "' in this run (devices: "
                    + String.join(", ", generic.keySet()) + ")");
        }
        return d;
    }

    /**
     * Reads signals, one request per device, keeping the order asked for.
     *
     * @param signals the signals
     * @return one sample per signal, without context
     * @throws DeviceException when a device cannot be read
     */
    public List<Sample> read(List<SignalName> signals) throws DeviceException {
        Map<String, List<String>> byDevice = new LinkedHashMap<>();
        signals.forEach(s -> byDevice.computeIfAbsent(s.device(), d -> new ArrayList<>()).add(s.signal()));
        Map<SignalName, Sample> read = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : byDevice.entrySet()) {
            for (Sample s : signals(e.getKey()).read(e.getValue())) {
                read.put(new SignalName(s.device(), s.signal()), s);
            }
        }
        List<Sample> ordered = new ArrayList<>(signals.size());
        signals.forEach(s -> ordered.add(read.get(s)));
        return ordered;
    }

    /**
     * @param signal a writable signal
     * @param value  the value in its base unit
     * @throws DeviceException when the device refuses it
     */
    public void write(SignalName signal, double value) throws DeviceException {
        signals(signal.device()).write(signal.signal(), value);
    }

    /** Builds {@link RigDevices}. */
    public static final class Builder {
        private Robot robot;
        private PoseTracker tracker;
        private final Map<String, DeviceSignals> generic = new LinkedHashMap<>();
        private RigClock clock = new WallClock();

        private Builder() {
        }

        /**
         * @param value the robot, or null
         * @return this builder
         */
        public Builder robot(Robot value) {
            this.robot = value;
            return this;
        }

        /**
         * @param value the pose tracker, or null
         * @return this builder
         */
        public Builder tracker(PoseTracker value) {
            this.tracker = value;
            return this;
        }

        /**
         * @param device one more generic device
         * @return this builder
         */
        public Builder generic(DeviceSignals device) {
            this.generic.put(device.name(), device);
            return this;
        }

        /**
         * @param value the rig's time (wall time unless the rig declares a clock)
         * @return this builder
         */
        public Builder clock(RigClock value) {
            this.clock = value;
            return this;
        }

        /** @return the devices */
        public RigDevices build() {
            return new RigDevices(this);
        }
    }
}
