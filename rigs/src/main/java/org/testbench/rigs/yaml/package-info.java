/**
 * Reading the YAML files people write (rigs, procedures, DUTs) so that every mistake is reported
 * with its file, line, column and field path.
 *
 * <p>Nodes keep their position from the parser; mappings remember which keys were read, so an
 * unknown or misspelt key is an error rather than a silently ignored setting. Anything invalid
 * raises {@link org.testbench.rigs.yaml.InputException}, which the runner turns into exit code 2
 * before any device is connected.
 */
package org.testbench.rigs.yaml;
