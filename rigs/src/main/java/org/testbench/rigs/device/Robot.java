package org.testbench.rigs.device;

import java.time.Duration;
import org.testbench.standards.geometry.Pose;

/** A robot as a procedure sees it: it moves to poses, at a speed override, and can be stopped. */
public interface Robot {

    /** @return the device's name in the rig */
    String name();

    /**
     * @param percent the speed override, 1..100 % of rated velocity
     * @throws DeviceException when the controller refuses it or cannot be reached
     */
    void setSpeedOverride(double percent) throws DeviceException;

    /**
     * Moves to a pose and returns once the controller reports it has settled there.
     *
     * @param target  the commanded pose in the base frame, mm and degrees
     * @param timeout how long the move and settling may take in wall time
     * @throws DeviceException      when the move is refused, faults, is stopped or times out
     * @throws InterruptedException when the run is interrupted while waiting; the robot may still
     *                              be moving, so the caller's teardown must stop it
     */
    void moveTo(Pose target, Duration timeout) throws DeviceException, InterruptedException;

    /**
     * Stops any motion: the robot's safe state. Called from teardown, also after failures.
     *
     * @throws DeviceException when the stop could not be delivered
     */
    void stop() throws DeviceException;
}
