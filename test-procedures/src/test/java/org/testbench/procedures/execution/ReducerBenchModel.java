package org.testbench.procedures.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.testbench.procedures.step.RigDevices;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.DeviceSignals;
import org.testbench.rigs.device.RigClock;

/**
 * An in-memory reducer bench for the executor's contract, on a clock that jumps to whatever time a
 * step waits for: the output twists 1 deg per 50 Nm; the input turns at (T - 2 Nm) x 100 rpm once
 * the enabled output carries more than 2 Nm; the housing cools from 45 degC by 2 K per hour.
 * (The same steps over real OPC UA are covered by the testbench module's integration tests.)
 */
final class ReducerBenchModel {

    final List<String> writes = new ArrayList<>();
    double time;
    private double enable;
    private double torqueCommand;

    /** The clock: reading it is free, waiting on it jumps there. */
    final RigClock clock = new RigClock() {
        @Override
        public String describe() {
            return "test clock";
        }

        @Override
        public double now() {
            return time;
        }

        @Override
        public void waitUntil(double t) {
            time = Math.max(time, t);
        }
    };

    RigDevices devices() {
        Map<String, DoubleSupplier> output = new LinkedHashMap<>();
        output.put("enable", () -> enable);
        output.put("torque-command", () -> torqueCommand);
        output.put("torque", () -> torqueCommand);
        output.put("angle", () -> torqueCommand / 50);
        return RigDevices.builder().clock(clock)
                .generic(new Device("output", output, Set.of("enable", "torque-command")))
                .generic(new Device("input", Map.of("speed", () -> enable == 1 && torqueCommand > 2
                        ? (torqueCommand - 2) * 100 : 0), Set.of()))
                .generic(new Device("housing", Map.of("temperature", () -> 45 - 2 * time / 3600), Set.of()))
                .build();
    }

    /** One device of the bench: its signals computed from the bench's state when read. */
    private final class Device implements DeviceSignals {
        private final String name;
        private final Map<String, DoubleSupplier> signals;
        private final Set<String> writable;

        Device(String name, Map<String, DoubleSupplier> signals, Set<String> writable) {
            this.name = name;
            this.signals = signals;
            this.writable = writable;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> signals() {
            return new LinkedHashSet<>(signals.keySet());
        }

        @Override
        public Set<String> writable() {
            return writable;
        }

        @Override
        public String unit(String signal) {
            return switch (signal) {
                case "torque", "torque-command" -> "Nm";
                case "angle" -> "deg";
                case "speed" -> "rpm";
                case "temperature" -> "degC";
                default -> "1";
            };
        }

        @Override
        public List<Sample> read(List<String> names) {
            List<Sample> samples = new ArrayList<>();
            for (String s : names) {
                samples.add(new Sample(Instant.ofEpochMilli(Math.round(time * 1000)), name, s,
                        signals.get(s).getAsDouble(), unit(s), true, Map.of()));
            }
            return samples;
        }

        @Override
        public void write(String signal, double value) throws DeviceException {
            if (!writable.contains(signal)) {
                throw new DeviceException(name + "." + signal + " is read-only", null);
            }
            writes.add(name + "." + signal + "=" + value);
            if (signal.equals("enable")) {
                enable = value;
            } else {
                torqueCommand = value;
            }
        }
    }
}
