package org.testbench.rigs.device;

/**
 * A device failed to do what was asked: unreachable, refused a value, reported a fault, or did
 * not finish in time. The runner ends the run as a rig fault (exit 3) after running teardown.
 */
public class DeviceException extends Exception {

    /**
     * @param message what failed, naming the device and signal
     * @param cause   the underlying channel error, or null
     */
    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
