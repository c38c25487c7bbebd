package org.testbench.protocols.modbus;

/**
 * How a signal's registers (or bit) are read as a value; an address names one in lower case
 * ({@code float32}). Reads give Boolean (bool), Integer (int16, uint16, int32), Long (uint32),
 * Float (float32) or Double (float64), so no value is widened beyond what the device holds.
 */
enum ModbusType {

    /** One coil or discrete input. */
    BOOL(0),
    /** Two's complement, one register. */
    INT16(1),
    /** Unsigned, one register. */
    UINT16(1),
    /** Two's complement, two registers. */
    INT32(2),
    /** Unsigned, two registers. */
    UINT32(2),
    /** IEEE 754 single precision, two registers. */
    FLOAT32(2),
    /** IEEE 754 double precision, four registers. */
    FLOAT64(4);

    private final int words;

    ModbusType(int words) {
        this.words = words;
    }

    /** @return how many registers a value takes; 0 for bool, which lives in a bit table */
    int words() {
        return words;
    }

    /**
     * @param values register values (0..65535) or bits (0/1), e.g. a whole read block
     * @param offset where the value starts in {@code values}
     * @param order  the register order of 32- and 64-bit values
     * @return the value, typed as the class comment says
     */
    Object decode(int[] values, int offset, WordOrder order) {
        if (this == BOOL) {
            return values[offset] != 0;
        }
        long raw = order.join(values, offset, words);
        return switch (this) {
            case INT16 -> (int) (short) raw;
            case UINT16, INT32 -> (int) raw;
            case UINT32 -> raw;
            case FLOAT32 -> Float.intBitsToFloat((int) raw);
            default -> Double.longBitsToDouble(raw);
        };
    }

    /**
     * @param value a number; integer types take only whole numbers within their range, float32
     *              takes any number within its range (rounded to the nearest float)
     * @param order the register order of 32- and 64-bit values
     * @return the register values in wire order
     * @throws IllegalArgumentException when the value is not a number this type can hold, saying why
     */
    int[] encode(Object value, WordOrder order) {
        if (this == BOOL || !(value instanceof Number number)) {
            throw new IllegalArgumentException("cannot write " + describe(value) + " as " + this
                    + (this == BOOL ? ": bool signals are coils, which take a Boolean" : ": expected a number"));
        }
        double d = number.doubleValue();
        long raw = switch (this) {
            case INT16 -> whole(number, Short.MIN_VALUE, Short.MAX_VALUE);
            case UINT16 -> whole(number, 0, 0xFFFF);
            case INT32 -> whole(number, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UINT32 -> whole(number, 0, 0xFFFF_FFFFL);
            case FLOAT32 -> {
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw new IllegalArgumentException("cannot write " + describe(value) + " as float32: out of range");
                }
                yield Float.floatToIntBits(f) & 0xFFFF_FFFFL;
            }
            default -> Double.doubleToLongBits(d);
        };
        return order.split(raw, words);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every bound here is within 2^53, so the double comparison is exact. */
    private long whole(Number number, long min, long max) {
        double d = number.doubleValue();
        if (d != Math.rint(d) || d < min || d > max) {
            throw new IllegalArgumentException("cannot write " + describe(number) + " as " + this
                    + ": expected a whole number from " + min + " to " + max);
        }
        return (long) d;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
