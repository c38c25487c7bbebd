/**
 * Safety supervision: the limits a rig file declares on its signals and on a robot's workspace,
 * watched while a run executes, and the record of the first one violated (a trip).
 *
 * <p>It lives in rigs rather than in the runner because everything it needs is the rig's: the
 * limits, their units and rates are declared in the rig file and validated with it, and the
 * signals are reached through the rig's channels, which nothing above the rig sees. The runner
 * only decides what a trip does to a run (interrupt it so that teardown drives the rig to its safe
 * state, end it as SAFETY_TRIP); other users, e.g. a rig check that watches a bench at rest, can
 * supervise a rig without a run.
 */
package org.testbench.rigs.safety;
