package org.testbench.protocols;

import java.time.Duration;
import org.testbench.protocols.modbus.ModbusChannel;
import org.testbench.protocols.opcua.OpcUaChannel;

/** Opens the {@link Channel} implementation that an endpoint's scheme names. */
public final class Channels {

    private Channels() {
    }

    /**
     * @param config the device's endpoint and timeouts
     * @return an unconnected channel for the endpoint's protocol
     * @throws IllegalArgumentException when no implementation handles the endpoint's scheme
     */
    public static Channel open(ChannelConfig config) {
        if (config.endpoint().startsWith("opc.tcp://")) {
            return new OpcUaChannel(config);
        }
        if (config.endpoint().startsWith("modbus-tcp://")) {
            return new ModbusChannel(config);
        }
        throw new IllegalArgumentException("no protocol for endpoint " + config.endpoint()
                + " (supported: opc.tcp://, modbus-tcp://)");
    }

    /**
     * Checks an endpoint and an address in its protocol's syntax without connecting, so a rig
     * file's mistakes are found before anything is reached.
     *
     * @param endpoint the device endpoint
     * @param address  an address on that device
     * @throws IllegalArgumentException saying what is wrong with the endpoint or the address
     */
    public static void checkAddress(String endpoint, String address) {
        open(ChannelConfig.builder(endpoint).build());
        if (endpoint.startsWith("opc.tcp://")) {
            OpcUaChannel.checkAddress(address);
        } else {
            ModbusChannel.checkAddress(address);
        }
    }

    /**
     * Says whether the protocol lets a client write an address at all, so that a procedure that
     * would set a read-only signal is refused before anything connects. Modbus knows it from the
     * table (holding registers and coils are writable); OPC UA leaves it to the server's access
     * level, which only the write itself reveals, so every well-formed OPC UA address counts as
     * writable here.
     *
     * @param endpoint the device endpoint
     * @param address  an address on that device
     * @return whether a write may succeed
     * @throws IllegalArgumentException when the endpoint or the address is malformed
     */
    public static boolean writable(String endpoint, String address) {
        checkAddress(endpoint, address);
        return !endpoint.startsWith("modbus-tcp://") || ModbusChannel.writable(address);
    }

    /**
     * @param endpoint a device endpoint
     * @return the shortest sampling interval a subscription to a device of that protocol asks for
     *     (see {@link OpcUaChannel#FASTEST_SAMPLING} and {@link ModbusChannel#FASTEST_SAMPLING})
     * @throws IllegalArgumentException when no implementation handles the endpoint's scheme
     */
    public static Duration fastestSampling(String endpoint) {
        open(ChannelConfig.builder(endpoint).build());
        return endpoint.startsWith("opc.tcp://") ? OpcUaChannel.FASTEST_SAMPLING : ModbusChannel.FASTEST_SAMPLING;
    }
}
