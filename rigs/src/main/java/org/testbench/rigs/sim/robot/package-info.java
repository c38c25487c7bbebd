/**
 * A simulated 6-axis robot with a laser tracker, served over OPC UA so that the bench talks to it
 * exactly as to a real controller: over a socket, through the rig file, with real timing.
 *
 * <p>Its purpose is the known-answer test: the error the simulator injects is known
 * ({@link org.testbench.rigs.sim.robot.RobotErrorModel}), so a procedure's result can be
 * checked against it. The attained pose misses the commanded one by a systematic part
 * (bias plus a position-proportional part, what ISO 9283 accuracy measures) and Gaussian scatter
 * drawn once per move (what repeatability measures), from one seeded generator in move order.
 *
 * <p>Address space, namespace {@code urn:testbench:sim-robot} at index 2, string NodeIds:
 * <ul>
 * <li>{@code Robot/Target/X|Y|Z} (Double, mm) and {@code Robot/Target/A|B|C} (Double, deg),
 *     read-write: the pose of the next move; A, B, C rotate about the base X, Y, Z axes.</li>
 * <li>{@code Robot/MoveRequest} (Int32, rw): writing a number other than the last starts a move to
 *     the target at the current speed override.</li>
 * <li>{@code Robot/MoveDone} (Int32, ro): the number of the last move that has settled.</li>
 * <li>{@code Robot/MotionState} (Int32, ro): see {@link org.testbench.rigs.sim.robot.MotionState}.</li>
 * <li>{@code Robot/SpeedOverride} (Double, %, rw): 1..100, other values are refused with
 *     Bad_OutOfRange; applies from the next move.</li>
 * <li>{@code Robot/Stop} (Boolean, rw): true halts the robot where it is.</li>
 * <li>{@code Robot/Actual/X..C} (Double, ro): the controller's idea of its pose, i.e. the
 *     commanded pose along the path, without the error the controller cannot know about.</li>
 * <li>{@code Tracker/X..C} (Double, ro): the attained pose as the tracker measures it, with the
 *     tracker's own noise and the read time as source timestamp.</li>
 * </ul>
 *
 * <p>Time is simulated: a move lasts distance / (maxSpeed * override) plus the settling time in
 * simulated seconds, and {@code timeScale} simulated seconds pass per wall second, so a demo can
 * run a 30-cycle ISO 9283 test in seconds while every duration it reports stays realistic.
 */
package org.testbench.rigs.sim.robot;
