/**
 * JMH micro-benchmarks of the test bench's computations, each paired with a baseline that shows
 * the floor the hardware sets, so a figure is read as a ratio rather than an absolute time.
 */
package org.testbench.benchmarks;
