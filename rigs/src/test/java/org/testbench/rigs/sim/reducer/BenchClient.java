package org.testbench.rigs.sim.reducer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.modbus.ModbusChannel;

/** The simulated bench seen through the project's own Modbus channel, addressed by the register map. */
final class BenchClient implements AutoCloseable {

    private final ModbusChannel channel;

    /** @param server the bench to connect to */
    BenchClient(SimulatedReducerServer server) throws ChannelException {
        channel = new ModbusChannel(ChannelConfig.builder(server.endpoint()).build());
        channel.connect();
    }

    /** @return the channel, for requests outside the map */
    ModbusChannel channel() {
        return channel;
    }

    /**
     * @param registers what to read, in one call (the channel coalesces it into one request per table)
     * @return the values in the same order
     */
    double[] read(BenchRegister... registers) throws ChannelException {
        List<SignalValue> values = channel.read(Arrays.stream(registers).map(BenchRegister::rigAddress).toList());
        return values.stream().mapToDouble(v -> ((Number) v.value()).doubleValue()).toArray();
    }

    /**
     * Reads every measurement in one request (the input registers are contiguous), so that all
     * values, simulated time included, come from the same instant.
     *
     * @return the measurements by register
     */
    Map<BenchRegister, Double> measurements() throws ChannelException {
        BenchRegister[] inputs = Arrays.stream(BenchRegister.values())
                .filter(r -> r.table() == BenchRegister.Table.INPUT).toArray(BenchRegister[]::new);
        double[] values = read(inputs);
        Map<BenchRegister, Double> map = new EnumMap<>(BenchRegister.class);
        for (int i = 0; i < inputs.length; i++) {
            map.put(inputs[i], values[i]);
        }
        return map;
    }

    /** @return one register's value */
    double read(BenchRegister register) throws ChannelException {
        return read(new BenchRegister[] {register})[0];
    }

    /** Writes a command: uint16 registers as whole numbers, float64 as doubles. */
    void write(BenchRegister register, double value) throws ChannelException {
        channel.write(register.rigAddress(), register.type() == BenchRegister.Type.UINT16 ? (Object) (int) value : value);
    }

    @Override
    public void close() {
        channel.close();
    }
}
