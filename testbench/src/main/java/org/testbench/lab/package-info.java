/**
 * The lab's configuration, {@code lab.yaml}: the lab's name and address, the key it signs run folders
 * with (a PKCS#12 keystore whose password lives in an environment variable or a private file), and
 * the decision rule it states for verdicts. Read once per command, from {@code --lab FILE} or the
 * file named by the environment variable {@code TESTBENCH_LAB}, and checked completely (keystore
 * opened, key tried) before a run connects to any device.
 */
package org.testbench.lab;
