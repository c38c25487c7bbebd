package org.testbench.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link ChannelSecurity} accepts only the combinations the channels implement. */
class ChannelSecurityTest {

    @Test
    void factoriesPairBasic256Sha256WithTheModeAndFolder() {
        Path pki = Path.of("pki");

        assertThat(ChannelSecurity.signAndEncrypt(pki))
                .isEqualTo(new ChannelSecurity(ChannelSecurity.Mode.SIGN_AND_ENCRYPT, "Basic256Sha256", pki));
        assertThat(ChannelSecurity.sign(pki).mode()).isEqualTo(ChannelSecurity.Mode.SIGN);
        assertThat(ChannelConfig.builder("opc.tcp://127.0.0.1:4840/").build().security()).isEqualTo(ChannelSecurity.NONE);
    }

    @Test
    void refusesCombinationsNamingWhatIsWrong() {
        assertThatThrownBy(() -> new ChannelSecurity(ChannelSecurity.Mode.SIGN, "None", Path.of("pki")))
                .hasMessage("security mode SIGN does not go with policy None (None goes with None;"
                        + " Sign and SignAndEncrypt with Basic256Sha256)");
        assertThatThrownBy(() -> new ChannelSecurity(ChannelSecurity.Mode.SIGN, "Basic128Rsa15", Path.of("pki")))
                .hasMessage("unsupported security policy Basic128Rsa15 (supported: Basic256Sha256)");
        assertThatThrownBy(() -> ChannelSecurity.signAndEncrypt(null))
                .hasMessage("security mode SIGN_AND_ENCRYPT needs a PKI folder for the certificates");
    }
}
