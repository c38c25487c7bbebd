/** What a person at a terminal sees while a run goes: one progress line, quiet logs. */
package org.testbench.run.console;
