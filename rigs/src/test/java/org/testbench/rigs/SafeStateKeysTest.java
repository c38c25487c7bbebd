package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

class SafeStateKeysTest {

    private static final String RIG = String.join("\n",
            "rig: bench",
            "devices:",
            "  output:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      torque-command: {address: 'holding:0:float64', unit: Nm}",
            "      enable: {address: 'holding:4:uint16', unit: '1'}",
            "      torque: {address: 'input:0:float64', unit: Nm}",
            "      angle-limit: {address: 'holding:5:float32', unit: deg}",
            "safe-state:",
            "  output.torque-command: 0",
            "  output.angle-limit: 60 arcmin",
            "  output.enable: 0",
            "");

    private static RigDefinition parse(String text) throws InputException {
        return RigFile.parse(YamlDocument.parse(text, "rig.yaml"));
    }

    @Test
    void theSafeStateIsKeptInFileOrderInBaseUnits() throws Exception {
        assertThat(parse(RIG).safeState()).containsExactly(
                new SafeWrite(new SignalName("output", "torque-command"), 0),
                // 60 arcmin = 1 deg, the base unit of angles
                new SafeWrite(new SignalName("output", "angle-limit"), 1.0),
                new SafeWrite(new SignalName("output", "enable"), 0));
        assertThat(parse(RIG.substring(0, RIG.indexOf("safe-state:"))).safeState()).isEmpty();
    }

    @Test
    void aSafeStateOfUnknownReadOnlyOrWronglyMeasuredSignalsIsRejected() {
        assertThatThrownBy(() -> parse(RIG.replace("output.enable: 0", "output.torque: 0")))
                .isInstanceOf(InputException.class)
                .hasMessage("rig.yaml:14:3: safe-state.output.torque: output.torque (input:0:float64) is read-only: a safe"
                        + " state is made of writes");
        assertThatThrownBy(() -> parse(RIG.replace("output.enable: 0", "input.enable: 0")))
                .hasMessage("rig.yaml:14:3: safe-state.input.enable: no device 'input' in this rig (its devices: output)");
        assertThatThrownBy(() -> parse(RIG.replace("output.enable: 0", "output.brake: 0")))
                .hasMessage("rig.yaml:14:3: safe-state.output.brake: device output has no signal 'brake'");
        assertThatThrownBy(() -> parse(RIG.replace("torque-command: 0", "torque-command: 0 rpm")))
                .hasMessage("rig.yaml:12:26: safe-state.output.torque-command: torque-command is in Nm, not in rpm");
    }
}
