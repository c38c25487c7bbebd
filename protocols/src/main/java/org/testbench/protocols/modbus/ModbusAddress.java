package org.testbench.protocols.modbus;

import java.util.Locale;

/**
 * A channel address parsed as one Modbus signal: {@code <table>:<register>:<type>[:<word-order>]}.
 * The syntax is described in the package documentation.
 *
 * @param text      the address as the rig file wrote it
 * @param table     which data table
 * @param register  the 0-based wire address of the value's first register or of its bit
 * @param type      how the registers or bit are read as a value
 * @param wordOrder register order of 32- and 64-bit values ({@link WordOrder#BIG} for the others)
 */
record ModbusAddress(String text, ModbusTable table, int register, ModbusType type, WordOrder wordOrder) {

    /** How an address should look; quoted in every parse error. */
    static final String FORMAT = "expected <table>:<register>:<type>[:<word-order>] with table holding, input,"
            + " coil or discrete; register the 0-based wire address 0-65535 (plc4j's holding-register:1 is"
            + " register 0); type bool (coil and discrete only), int16, uint16, int32, uint32, float32 or"
            + " float64 (holding and input only); word order big (default) or little for 32- and 64-bit types;"
            + " e.g. holding:0:float32:little";

    private static final int LAST_REGISTER = 0xFFFF;

    /**
     * @param text the address to parse
     * @return the parsed address
     * @throws IllegalArgumentException when the address does not follow the syntax, saying why
     */
    static ModbusAddress parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw invalid("not 3 or 4 parts separated by ':'");
        }
        ModbusTable table = token(ModbusTable.class, parts[0]);
        if (table == null) {
            throw invalid("unknown table '" + parts[0] + "'");
        }
        int register = register(parts[1]);
        ModbusType type = token(ModbusType.class, parts[2]);
        if (type == null) {
            throw invalid("unknown type '" + parts[2] + "'");
        }
        if ((type == ModbusType.BOOL) != table.bits()) {
            throw invalid(table.bits() ? parts[0] + " signals are single bits: their type is bool"
                    : "bool is for coil and discrete; " + parts[0] + " registers take a numeric type");
        }
        WordOrder order = WordOrder.BIG;
        if (parts.length == 4) {
            if (type.words() < 2) {
                throw invalid("a word order applies only to 32- and 64-bit types, not " + type);
            }
            order = token(WordOrder.class, parts[3]);
            if (order == null) {
                throw invalid("unknown word order '" + parts[3] + "'");
            }
        }
        ModbusAddress address = new ModbusAddress(text, table, register, type, order);
        if (address.end() - 1 > LAST_REGISTER) {
            throw invalid(type + " at register " + register + " runs past the last register " + LAST_REGISTER);
        }
        return address;
    }

    /** @return how many registers (or bits) the signal covers */
    int width() {
        return table.bits() ? 1 : type.words();
    }

    /** @return the wire address just after the signal */
    int end() {
        return register + width();
    }

    /** @return e.g. {@code holding registers 6-7}, for messages */
    String describe() {
        return table.describe(register, width());
    }

    /**
     * @param values a read block's registers or bits
     * @param offset where this signal starts in the block
     * @return the signal's value
     */
    Object decode(int[] values, int offset) {
        return type.decode(values, offset, wordOrder);
    }

    private static int register(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > LAST_REGISTER) {
            throw invalid("register '" + text + "' is not a number from 0 to " + LAST_REGISTER);
        }
        return Integer.parseInt(text);
    }

    /** The enums name their constants as the syntax does, only in upper case. */
    private static <E extends Enum<E>> E token(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException(reason + " (" + FORMAT + ")");
    }
}
