/**
 * Binding a procedure to a run: what its file needs from the rig file, the DUT file and the
 * parameter values ({@link org.testbench.procedures.binding.Requirement}s registered while steps
 * and analyses are parsed), checked all at once before anything connects, so that a misspelt
 * signal or a missing DUT property is an error naming both files, never a rig stopped mid-test.
 */
package org.testbench.procedures.binding;
