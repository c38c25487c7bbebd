package org.testbench.protocols.modbus;

/**
 * The order of the 16-bit registers of a 32- or 64-bit value. Bytes inside each register are
 * always big-endian, as the Modbus specification sends them; only the register order varies
 * between devices, and an address says which one a device uses ({@code big} or {@code little}).
 */
enum WordOrder {

    /** Most significant register first (at the lowest address): the Modbus convention. */
    BIG,
    /** Least significant register first ("word-swapped"), common on PLCs with a little-endian CPU. */
    LITTLE;

    /**
     * @param registers register values (0..65535), e.g. a whole read block
     * @param offset    where the value's first register sits
     * @param count     how many registers make up the value
     * @return the registers joined into one number, most significant register in the top bits
     */
    long join(int[] registers, int offset, int count) {
        long raw = 0;
        for (int significance = 0; significance < count; significance++) {
            raw = (raw << 16) | (registers[offset + index(significance, count)] & 0xFFFF);
        }
        return raw;
    }

    /**
     * @param raw   the value's bits, most significant register in the top bits
     * @param count how many registers make up the value
     * @return the register values in wire order (lowest address first)
     */
    int[] split(long raw, int count) {
        int[] registers = new int[count];
        for (int significance = 0; significance < count; significance++) {
            registers[index(significance, count)] = (int) (raw >>> (16 * (count - 1 - significance))) & 0xFFFF;
        }
        return registers;
    }

    /** Position (0 = lowest address) of the register holding the given rank, 0 = most significant. */
    private int index(int significance, int count) {
        return this == BIG ? significance : count - 1 - significance;
    }
}
