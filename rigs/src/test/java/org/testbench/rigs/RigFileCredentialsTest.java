package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testbench.protocols.Credentials;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

class RigFileCredentialsTest {

    private static RigDefinition parse(String credentials, String endpoint, String origin) throws InputException {
        String text = String.join("\n",
                "rig: bench-1",
                "devices:",
                "  scale:",
                "    type: generic",
                "    endpoint: " + endpoint,
                credentials == null ? "" : "    credentials: " + credentials,
                "    signals:",
                "      force: {address: '" + (endpoint.startsWith("opc") ? "ns=2;s=F" : "holding:0:float32")
                        + "', unit: N}",
                "");
        return RigFile.parse(YamlDocument.parse(text, origin));
    }

    private static DeviceDefinition device(String credentials) throws InputException {
        return parse(credentials, "opc.tcp://127.0.0.1:4840/x", "/srv/rigs/bench.yaml").devices().get("scale");
    }

    @Test
    void readsEnvironmentVariableNames() throws Exception {
        DeviceDefinition device = device("{username-env: CELL3_USER, password-env: CELL3_PASSWORD}");

        assertThat(device.credentials()).isEqualTo(Credentials.fromEnvironment("CELL3_USER", "CELL3_PASSWORD"));
        assertThat(device.channelConfig().credentials()).isEqualTo(device.credentials());
        assertThat(device.withEndpoint("opc.tcp://127.0.0.1:5000/x").credentials()).isEqualTo(device.credentials());
    }

    @Test
    void aRelativeFileIsBesideTheRigFile() throws Exception {
        assertThat(device("{file: secrets/cell3.login}").credentials())
                .isEqualTo(Credentials.fromFile(java.nio.file.Path.of("/srv/rigs/secrets/cell3.login")));
        assertThat(device("{file: /etc/testbench/cell3.login}").credentials())
                .hasToString("credentials from file /etc/testbench/cell3.login");
    }

    @Test
    void withoutCredentialsTheLoginIsAnonymous() throws Exception {
        DeviceDefinition device = device(null);
        assertThat(device.credentials()).isNull();
        assertThat(device.channelConfig().credentials()).isNull();
        assertThat(device.channelConfig().endpoint()).isEqualTo("opc.tcp://127.0.0.1:4840/x");
    }

    @Test
    void rejectsUnknownKeysWithTheirPlace() {
        assertThatThrownBy(() -> device("{username-env: U, password: hunter2}"))
                .isInstanceOf(InputException.class)
                .hasMessage("/srv/rigs/bench.yaml:6:36: devices.scale.credentials.password: unknown key 'password'"
                        + " (expected one of: file, username-env, password-env)");
    }

    @Test
    void rejectsIncompleteOrMixedSources() {
        assertThatThrownBy(() -> device("{username-env: U}"))
                .hasMessage("/srv/rigs/bench.yaml:6:18: devices.scale.credentials: credentials need either 'file'"
                        + " or both 'username-env' and 'password-env'");
        assertThatThrownBy(() -> device("{file: login, username-env: U, password-env: P}"))
                .hasMessageContaining("credentials come from a file or from environment variables, not both");
        assertThatThrownBy(() -> device("{username-env: 'MY USER', password-env: P}"))
                .hasMessage("/srv/rigs/bench.yaml:6:33: devices.scale.credentials.username-env: an environment"
                        + " variable name is letters, digits and '_', found 'MY USER'");
    }

    @Test
    void onlyAnOpcUaDeviceLogsIn() {
        assertThatThrownBy(() -> parse("{file: login}", "modbus-tcp://127.0.0.1:502", "rig.yaml"))
                .hasMessage("rig.yaml:6:5: devices.scale.credentials: only an OPC UA (opc.tcp://) device logs in"
                        + " with credentials");
    }
}
