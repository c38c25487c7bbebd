package org.testbench.rigs.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.testbench.rigs.Capability;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * A robot as a procedure sees it: it moves to poses, at a speed override, and can be stopped.
 *
 * <p>Beyond that a robot may follow paths, take a load on its tool and report its clock, when its
 * rig file maps the optional signals of those {@link Capability capabilities}. The default
 * methods describe a robot without them: each refuses with a {@link DeviceException} saying what
 * the robot cannot do, so a procedure that forgot to check {@link #capabilities()} still fails
 * clearly rather than half-way.
 */
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

    /** @return what this robot can do beyond moving to poses; empty unless its rig file maps the signals */
    default Set<Capability> capabilities() {
        return Set.of();
    }

    /**
     * Follows a path and returns once the controller reports it has settled at its end.
     *
     * @param path    the path, from where the robot stands
     * @param timeout how long the path and settling may take in wall time
     * @throws DeviceException      when the robot cannot follow paths, or the path is refused,
     *                              faults, is stopped or times out
     * @throws InterruptedException when the run is interrupted while waiting; the robot may still be moving
     */
    default void followPath(RobotPath path, Duration timeout) throws DeviceException, InterruptedException {
        throw lacks(Capability.PATH);
    }

    /**
     * Sets the force on the tool (the static compliance test of ISO 9283 clause 10). The robot
     * deflects; it may need time to settle, as after a move.
     *
     * @param forceN the force in the base frame, N; zero removes the load
     * @throws DeviceException when the robot cannot take a load, or the controller refuses it
     */
    default void applyLoad(Vector3 forceN) throws DeviceException {
        throw lacks(Capability.LOAD);
    }

    /**
     * @return the controller's clock now
     * @throws DeviceException when the robot does not report its clock, or it cannot be read
     */
    default ClockReading clock() throws DeviceException {
        throw lacks(Capability.CLOCK);
    }

    /**
     * When the controller gave its "pose attained" signal for the last move or path (ISO 9283
     * stabilization time runs from it), on the controller's clock.
     *
     * @return the source timestamp of the move-done or path-done value that ended the last move or path
     * @throws DeviceException when this robot does not report it, or nothing has moved yet
     */
    default Instant poseAttainedTime() throws DeviceException {
        throw new DeviceException(name() + " does not report when it attained its pose", null);
    }

    /**
     * @param capability what was asked for
     * @return the refusal for a robot without it
     */
    private DeviceException lacks(Capability capability) {
        return new DeviceException("robot '" + name() + "' cannot " + capability.action() + ": its rig file maps none of"
                + " the optional signals " + String.join(", ", capability.roles().keySet()), null);
    }
}
