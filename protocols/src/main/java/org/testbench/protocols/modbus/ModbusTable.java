package org.testbench.protocols.modbus;

/** The four Modbus data tables; an address names one in lower case ({@code holding}). */
enum ModbusTable {

    /** Read-write 16-bit registers (function codes 3, 6 and 16). */
    HOLDING("holding register", false, true),
    /** Read-only 16-bit registers (function code 4). */
    INPUT("input register", false, false),
    /** Read-write single bits (function codes 1 and 15). */
    COIL("coil", true, true),
    /** Read-only single bits (function code 2). */
    DISCRETE("discrete input", true, false);

    /** How many registers one read may ask for (Modbus application protocol 1.1b, 6.3). */
    private static final int MAX_REGISTERS = 125;
    /** How many bits one read may ask for (6.1). */
    private static final int MAX_BITS = 2000;

    private final String noun;
    private final boolean bits;
    private final boolean writable;

    ModbusTable(String noun, boolean bits, boolean writable) {
        this.noun = noun;
        this.bits = bits;
        this.writable = writable;
    }

    /** @return whether the table holds bits (coils, discrete inputs) rather than 16-bit registers */
    boolean bits() {
        return bits;
    }

    /** @return whether a client may write the table */
    boolean writable() {
        return writable;
    }

    /** @return the most registers or bits one read request may cover */
    int maxReadCount() {
        return bits ? MAX_BITS : MAX_REGISTERS;
    }

    /**
     * @param start the first wire address
     * @param count how many registers or bits
     * @return e.g. {@code holding register 7} or {@code holding registers 7-8}, for messages
     */
    String describe(int start, int count) {
        return count == 1 ? noun + " " + start : noun + "s " + start + "-" + (start + count - 1);
    }
}
