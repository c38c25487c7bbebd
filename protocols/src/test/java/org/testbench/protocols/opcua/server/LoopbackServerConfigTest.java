package org.testbench.protocols.opcua.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link LoopbackServerConfig}: defaults, derived variants and the fields it refuses. */
class LoopbackServerConfigTest {

    private final LoopbackServerConfig base = LoopbackServerConfig.of("urn:x", "x server");

    @Test
    void startsOnAFreePortAtTheRootAndDerivesVariants() {
        LoopbackServerConfig derived = base.withPort(4840).withPath("/x");

        assertThat(base.port()).isZero();
        assertThat(base.path()).isEqualTo("/");
        assertThat(derived).isEqualTo(new LoopbackServerConfig(4840, "/x", "urn:x", "x server"));
    }

    @Test
    void refusesAPortOutOfRangeOrAPathWithoutSlashNamingTheField() {
        assertThatThrownBy(() -> base.withPort(65536))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port").hasMessageContaining("65536");
        assertThatThrownBy(() -> base.withPath("opcua"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path").hasMessageContaining("opcua");
    }
}
