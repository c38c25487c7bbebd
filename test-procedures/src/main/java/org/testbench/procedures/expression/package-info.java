/**
 * Values and conditions in procedure files. An {@link org.testbench.procedures.expression.Expression}
 * is a number with a unit, a reference to a parameter, a loop variable or a DUT property, or
 * simple arithmetic over them; it is computed in base units, and its quantity is checked (only
 * like quantities add, a time is needed where a step waits) before anything connects. A
 * {@link org.testbench.procedures.expression.Condition} compares one signal with such a value.
 */
package org.testbench.procedures.expression;
