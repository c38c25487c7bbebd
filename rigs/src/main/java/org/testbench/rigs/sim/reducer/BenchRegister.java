package org.testbench.rigs.sim.reducer;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

/**
 * The register map of the simulated reducer bench, the one place that defines it: every signal
 * of the contract with its table, 0-based wire address, type and word order. Commands are
 * holding registers (read-write), measurements input registers (read-only); both blocks are
 * contiguous, so a client reads each in one request. Angles and other quantities are float64
 * (four registers, most significant first: {@code big} word order), flags and modes uint16.
 */
public enum BenchRegister {

    /** Input speed in speed mode, rpm. */
    INPUT_SPEED_COMMAND("input.speed-command", Table.HOLDING, 0, Type.FLOAT64, "rpm"),
    /** Input shaft angle in position mode, deg. */
    INPUT_POSITION_COMMAND("input.position-command", Table.HOLDING, 4, Type.FLOAT64, "deg"),
    /** Input torque in torque mode, Nm. */
    INPUT_TORQUE_COMMAND("input.torque-command", Table.HOLDING, 8, Type.FLOAT64, "Nm"),
    /** Load torque applied to the output, Nm. */
    OUTPUT_TORQUE_COMMAND("output.torque-command", Table.HOLDING, 12, Type.FLOAT64, "Nm"),
    /** 1 = input servo enabled, 0 = input shaft free. */
    INPUT_ENABLE("input.enable", Table.HOLDING, 16, Type.UINT16, "1"),
    /** {@link InputMode} code. */
    INPUT_MODE("input.mode", Table.HOLDING, 17, Type.UINT16, "1"),
    /** 1 = load machine enabled, 0 = output free. */
    OUTPUT_ENABLE("output.enable", Table.HOLDING, 18, Type.UINT16, "1"),
    /** Input encoder, multi-turn, deg. */
    INPUT_ANGLE("input.angle", Table.INPUT, 0, Type.FLOAT64, "deg"),
    /** Input speed, rpm. */
    INPUT_SPEED("input.speed", Table.INPUT, 4, Type.FLOAT64, "rpm"),
    /** Input torque sensor, Nm. */
    INPUT_TORQUE("input.torque", Table.INPUT, 8, Type.FLOAT64, "Nm"),
    /** Output encoder, multi-turn, deg. */
    OUTPUT_ANGLE("output.angle", Table.INPUT, 12, Type.FLOAT64, "deg"),
    /** Output speed, rpm. */
    OUTPUT_SPEED("output.speed", Table.INPUT, 16, Type.FLOAT64, "rpm"),
    /** Output torque sensor, Nm. */
    OUTPUT_TORQUE("output.torque", Table.INPUT, 20, Type.FLOAT64, "Nm"),
    /** Housing temperature, degC. */
    HOUSING_TEMPERATURE("housing.temperature", Table.INPUT, 24, Type.FLOAT64, "degC"),
    /** Ambient temperature, degC. */
    HOUSING_AMBIENT("housing.ambient", Table.INPUT, 28, Type.FLOAT64, "degC"),
    /** Simulated seconds since the server started: the rig's clock. */
    BENCH_SIM_TIME("bench.sim-time", Table.INPUT, 32, Type.FLOAT64, "s");

    /** The two register tables the bench uses. */
    public enum Table {
        /** Read-write: the commands. */
        HOLDING,
        /** Read-only: the measurements. */
        INPUT
    }

    /** How a value is laid out in registers. */
    public enum Type {
        /** One register, 0..65535. */
        UINT16(1),
        /** IEEE 754 double, four registers, most significant first. */
        FLOAT64(4);

        private final int words;

        Type(int words) {
            this.words = words;
        }

        /** @return how many registers a value takes */
        public int words() {
            return words;
        }
    }

    private final String signal;
    private final Table table;
    private final int address;
    private final Type type;
    private final String unit;

    BenchRegister(String signal, Table table, int address, Type type, String unit) {
        this.signal = signal;
        this.table = table;
        this.address = address;
        this.type = type;
        this.unit = unit;
    }

    /** @return the contract's {@code device.signal} name, e.g. {@code input.angle} */
    public String signal() {
        return signal;
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    /** @return the 0-based wire address of the first register */
    public int address() {
        return address;
    }

    /** @return the type */
    public Type type() {
        return type;
    }

    /** @return the unit of the value, as a rig file writes it */
    public String unit() {
        return unit;
    }

    /**
     * @return the address in rig-file syntax ({@code table:register:type[:word-order]}), e.g.
     *     {@code input:0:float64:big} or {@code holding:16:uint16}
     */
    public String rigAddress() {
        String text = table.name().toLowerCase(Locale.ROOT) + ":" + address + ":" + type.name().toLowerCase(Locale.ROOT);
        return type.words() > 1 ? text + ":big" : text;
    }

    /**
     * @param value the value
     * @return its registers' bytes, big-endian within and across registers
     * @throws IllegalArgumentException when a uint16 value is not a whole number in 0..65535
     */
    public byte[] encode(double value) {
        if (type == Type.FLOAT64) {
            return ByteBuffer.allocate(8).putDouble(value).array();
        }
        if (value != Math.rint(value) || value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(signal + " takes a whole number 0..65535, got " + value);
        }
        return new byte[] {(byte) ((int) value >> 8), (byte) value};
    }

    /**
     * @param bytes  register bytes as they came over the wire
     * @param offset where this value's first register starts in {@code bytes}
     * @return the value
     */
    public double decode(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, type.words() * 2);
        return type == Type.FLOAT64 ? buffer.getDouble() : buffer.getShort() & 0xFFFF;
    }

    /**
     * @param table   a table
     * @param address a wire address
     * @return the value that starts at that address
     */
    public static Optional<BenchRegister> startingAt(Table table, int address) {
        for (BenchRegister r : values()) {
            if (r.table == table && r.address == address) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * @param table   a table
     * @param address a wire address
     * @return whether some value of the map covers that register
     */
    public static boolean covers(Table table, int address) {
        for (BenchRegister r : values()) {
            if (r.table == table && address >= r.address && address < r.address + r.type.words()) {
                return true;
            }
        }
        return false;
    }
}
