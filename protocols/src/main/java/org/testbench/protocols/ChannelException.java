package org.testbench.protocols;

/**
 * A failure to talk to a device: unreachable, timed out, refused, or an unknown address.
 * The message always names the endpoint and, where there is one, the address.
 */
public class ChannelException extends Exception {

    private final String endpoint;
    private final String address;

    /**
     * @param endpoint the device endpoint
     * @param address  the address involved, or null for a connection-level failure
     * @param message  what went wrong
     * @param cause    the underlying error, or null
     */
    public ChannelException(String endpoint, String address, String message, Throwable cause) {
        super(endpoint + (address == null ? "" : " " + address) + ": " + message, cause);
        this.endpoint = endpoint;
        this.address = address;
    }

    /** @return the device endpoint */
    public String endpoint() {
        return endpoint;
    }

    /** @return the address involved, or null for a connection-level failure */
    public String address() {
        return address;
    }
}
