package org.testbench.protocols.modbus;

import org.apache.plc4x.java.api.types.PlcResponseCode;

/** A reply that refuses a request or cannot be read; the channel adds endpoint and address. */
final class ModbusReplyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PlcResponseCode code;

    /**
     * @param code    plc4j's code for a Modbus exception reply, or null for a malformed reply
     * @param message what the reply said, e.g. {@code refused: ILLEGAL_DATA_ADDRESS (exception 2)}
     */
    ModbusReplyException(PlcResponseCode code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * @param code a plc4j response code other than OK
     * @return the refusal, naming the Modbus exception behind the code
     */
    static ModbusReplyException refused(PlcResponseCode code) {
        return new ModbusReplyException(code, "refused by the device: " + exceptionName(code));
    }

    /** @return plc4j's code for the Modbus exception reply, or null for a malformed reply */
    PlcResponseCode code() {
        return code;
    }

    /**
     * plc4j 0.13.1 turns a Modbus exception code into a PlcResponseCode and drops the original, and
     * maps some codes alike; this names what each PlcResponseCode can have been.
     */
    private static String exceptionName(PlcResponseCode code) {
        return switch (code) {
            case UNSUPPORTED -> "ILLEGAL_FUNCTION (Modbus exception 1)";
            case INVALID_ADDRESS -> "ILLEGAL_DATA_ADDRESS (Modbus exception 2)";
            case INVALID_DATA -> "ILLEGAL_DATA_VALUE (Modbus exception 3)";
            case REMOTE_BUSY -> "SLAVE_DEVICE_BUSY (Modbus exception 6)";
            case REMOTE_ERROR -> "SLAVE_DEVICE_FAILURE, NEGATIVE_ACKNOWLEDGE or GATEWAY_TARGET_DEVICE_FAILED_TO_RESPOND"
                    + " (Modbus exception 4, 7 or 11; plc4j does not tell them apart)";
            case INTERNAL_ERROR -> "MEMORY_PARITY_ERROR, GATEWAY_PATH_UNAVAILABLE, an unknown exception code or a reply"
                    + " plc4j could not parse (plc4j does not tell them apart)";
            default -> "plc4j response code " + code;
        };
    }
}
