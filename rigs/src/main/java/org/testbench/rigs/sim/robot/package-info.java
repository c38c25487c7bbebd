/**
 * A simulated 6-axis robot with a laser tracker, served over OPC UA so that the bench talks to it
 * exactly as to a real controller: over a socket, through the rig file, with real timing.
 *
 * <p>Its purpose is the known-answer test: every error the simulator injects is a parameter
 * ({@link org.testbench.rigs.sim.robot.SimulatedRobotConfig}, read from a YAML file by
 * {@link org.testbench.rigs.sim.robot.RobotParamsFile}), and
 * {@link org.testbench.rigs.sim.robot.ExpectedCharacteristics} gives in closed form what each
 * ISO 9283 characteristic should then measure. The attained pose misses the commanded one by a
 * systematic part (bias, a position-proportional part, the approach direction, thermal drift from
 * cold once it starts to move, deflection under a load) and Gaussian scatter drawn once per move, from one seeded
 * generator in move order. The mechanism settles after a move as a damped second-order system
 * ({@link org.testbench.rigs.sim.robot.SecondOrderSettling}), trails and strays from a path in
 * proportion to speed and rounds its corners ({@link org.testbench.rigs.sim.robot.PathFollowing}),
 * and runs paths with a speed error and ripple ({@link org.testbench.rigs.sim.robot.SpeedErrors}).
 *
 * <p>Address space, namespace {@code urn:testbench:sim-robot} at index 2, string NodeIds. Every
 * value's source timestamp is simulated time (see below); done signals are stamped with the
 * instant they were reached, so a client learns exactly when the "pose attained" signal came.
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
 * <li>{@code Robot/Path/Type} (Int32, rw): 1 linear, 2 circular, see
 *     {@link org.testbench.rigs.device.PathType}; {@code Robot/Path/X..C} (Double arrays, mm and
 *     deg, rw): the points after the start; {@code Robot/Path/Speed} (Double, mm/s, rw, up to the
 *     rated speed); {@code Robot/Path/Request} and {@code Robot/Path/Done} (Int32) as for moves.
 *     A path that cannot be followed (arrays of different lengths, an arc through three points on
 *     a line, out of reach) faults the robot without moving it.</li>
 * <li>{@code Robot/Load/X|Y|Z} (Double, N, rw): the force on the tool, applied when written; while
 *     the robot moves a write is refused with Bad_InvalidState.</li>
 * <li>{@code Robot/SimulatedTime} (Double, s, ro): simulated seconds since start-up.</li>
 * <li>{@code Robot/Actual/X..C} (Double, ro): the controller's idea of its pose, i.e. the
 *     commanded pose along the path, without the error the controller cannot know about.</li>
 * <li>{@code Tracker/X..C} (Double, ro): the attained pose as the tracker measures it, with the
 *     tracker's own noise. Read, it is measured at the read; monitored, it streams one sample per
 *     tracker period of simulated time, each stamped with its sample time
 *     ({@link org.testbench.rigs.sim.robot.TrackerStream}).</li>
 * </ul>
 *
 * <p>Time is simulated: a move lasts distance / (maxSpeed * override) plus the done delay in
 * simulated seconds, and {@code timeScale} simulated seconds pass per wall second, so a demo can
 * run a 30-cycle ISO 9283 test in seconds, or a drift test its 8 hours, while every duration and
 * timestamp it reports stays realistic.
 */
package org.testbench.rigs.sim.robot;
