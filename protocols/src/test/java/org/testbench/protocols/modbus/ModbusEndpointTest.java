package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModbusEndpointTest {

    @ParameterizedTest
    @CsvSource({
            "modbus-tcp://127.0.0.1:1502?unit-id=7, 127.0.0.1,     1502, 7",
            "modbus-tcp://plc.lab:5020,             plc.lab,       5020, 1",
            "modbus-tcp://192.168.0.10/,            192.168.0.10,  502,  1",
            "modbus-tcp://192.168.0.10?unit-id=0,   192.168.0.10,  502,  0",
    })
    void parsesHostPortAndUnitWithDefaults(String endpoint, String host, int port, int unitId) {
        assertThat(ModbusEndpoint.parse(endpoint)).isEqualTo(new ModbusEndpoint(host, port, unitId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"opc.tcp://127.0.0.1:4840/x", "modbus-tcp:///nohost", "modbus-tcp://h:502/path",
            "modbus-tcp://h:502?unit-id=256", "modbus-tcp://h:502?unit=1", "modbus-tcp://h:502?unit-id=1&x=2",
            "modbus-tcp://h: 502"})
    void rejectsOtherEndpointsQuotingTheSyntax(String endpoint) {
        assertThatThrownBy(() -> ModbusEndpoint.parse(endpoint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(endpoint)
                .hasMessageContaining("modbus-tcp://host[:port][?unit-id=0-255]");
    }

    @org.junit.jupiter.api.Test
    void givesPlc4jTheUnitAndBothTimeouts() {
        String url = ModbusEndpoint.parse("modbus-tcp://127.0.0.1:1502?unit-id=7")
                .plc4jUrl(Duration.ofMillis(1500), Duration.ofMillis(700));

        assertThat(url).isEqualTo("modbus-tcp://127.0.0.1:1502?default-unit-identifier=7&request-timeout=700"
                + "&tcp.default-timeout=1500&max-registers-per-request=2000");
    }
}
