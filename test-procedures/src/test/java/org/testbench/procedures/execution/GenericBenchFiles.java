package org.testbench.procedures.execution;

/** A procedure over generic devices with every new step form, the rig it runs on, and a DUT, for tests. */
public final class GenericBenchFiles {

    private GenericBenchFiles() {
    }

    /** The text. */
    public static final String PROCEDURE = String.join("\n",
            "procedure: g",
            "title: t",
            "standard: s",
            "clauses: ['1']",
            "parameters:",
            "  max-torque: {type: number, unit: Nm, default: 5, min: 0, max: 100}",
            "  hours: {type: number, unit: h, default: 1000}",
            "  every: {type: number, unit: h, default: 100}",
            "setup:",
            "  - set: {output.enable: 1, output.torque-command: 0 Nm}",
            "main:",
            "  - ramp: {signal: output.torque-command, from: 0, to: $max-torque, step: 0.5 Nm, dwell: 50 ms,"
                    + " measure: [output.torque, output.angle], series: loop, until: 'abs(input.speed) > 1 rpm'}",
            "  - repeat:",
            "      times: $hours / $every",
            "      as: block",
            "      steps:",
            "        - dwell: {duration: $every}",
            "        - for-each:",
            "            values: [10 Nm, 0.5 * $dut.rated-torque]",
            "            as: load",
            "            steps:",
            "              - set: {output.torque-command: $load}",
            "              - measure: {signals: [output.torque, output.angle], samples: 3, interval: 1 s,"
                    + " series: stiffness}",
            "        - checkpoint: {name: block-done}",
            "  - wait-until: {condition: 'housing.temperature < 40 degC', timeout: 2 h}",
            "teardown:",
            "  - set: {output.torque-command: 0, output.enable: 0}",
            "analysis:",
            "  - series-mean: {series: loop, signal: output.torque, scale: $dut.ratio / 100}",
            "");

    /** The text. */
    public static final String RIG = String.join("\n",
            "rig: bench",
            "devices:",
            "  input:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      speed: {address: 'input:0:float64', unit: rpm}",
            "  output:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      enable: {address: 'coil:0:bool', unit: '1'}",
            "      torque-command: {address: 'holding:0:float64', unit: Nm}",
            "      torque: {address: 'input:4:float64', unit: Nm}",
            "      angle: {address: 'input:8:float64', unit: deg}",
            "  housing:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      temperature: {address: 'input:12:float64', unit: degC}",
            "");

    /** The text. */
    public static final String DUT = "manufacturer: M\nmodel: HD-20\nserial: S-1\nproperties: {rated-torque: 50 Nm, ratio: 100}\n";

}
