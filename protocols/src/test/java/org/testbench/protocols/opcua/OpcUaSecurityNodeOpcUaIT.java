package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.ChannelSecurity;
import org.testbench.protocols.SignalValue;

/**
 * Basic256Sha256 against node-opcua: the client certificate made on first use, a server
 * certificate refused until it is moved into the trust list, then signed and encrypted traffic.
 */
class OpcUaSecurityNodeOpcUaIT {

    private static final String NS = "nsu=urn:testbench:node-opcua-peer;s=Signals/";

    @Test
    void refusesAnUnknownServerUntilItsCertificateIsTrusted(@TempDir Path pki) throws Exception {
        try (NodeOpcUaPeer peer = NodeOpcUaPeer.start(SignalTestServer.freePort())) {
            ChannelConfig encrypted = ChannelConfig.builder(peer.endpointUrl())
                    .security(ChannelSecurity.signAndEncrypt(pki)).build();

            ChannelException refused;
            try (OpcUaChannel first = new OpcUaChannel(encrypted)) {
                refused = (ChannelException) catchThrowable(first::connect);
            }
            assertThat(refused).isNotNull().hasMessageStartingWith(peer.endpointUrl() + ": the server's certificate"
                    + " is not trusted; it was put in " + pki.resolve("rejected"))
                    .hasMessageContaining("trust it with: mv ");
            Path clientKeyStore = pki.resolve("own/testbench-client.p12");
            assertThat(clientKeyStore).isRegularFile();
            byte[] clientIdentity = Files.readAllBytes(clientKeyStore);
            Path rejected;
            try (Stream<Path> files = Files.list(pki.resolve("rejected"))) {
                rejected = files.filter(f -> f.toString().endsWith(".der")).findFirst().orElseThrow();
            }
            assertThat(refused.getMessage()).contains(rejected.toString());

            Files.move(rejected, pki.resolve("trusted/certs").resolve(rejected.getFileName()));

            try (OpcUaChannel channel = new OpcUaChannel(encrypted)) {
                channel.connect();
                channel.write(NS + "String", "verschlüsselt");
                assertThat(channel.read(List.of(NS + "String", NS + "ReadOnly")))
                        .extracting(SignalValue::value).containsExactly("verschlüsselt", 42.0);
            }
            try (OpcUaChannel signed = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl())
                    .security(ChannelSecurity.sign(pki)).build())) {
                signed.connect();
                assertThat(signed.read(List.of(NS + "ReadOnly")).get(0).value()).isEqualTo(42.0);
            }
            // the client keeps the identity it made on first use
            assertThat(Files.readAllBytes(clientKeyStore)).isEqualTo(clientIdentity);
        }
    }

    @Test
    void aServerWithoutTheModeSaysWhatItOffers(@TempDir Path pki) throws Exception {
        try (SignalTestServer milo = SignalTestServer.start();
                OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(milo.endpointUrl())
                        .security(ChannelSecurity.sign(pki)).build())) {
            assertThatThrownBy(channel::connect)
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining("offers no endpoint with SecurityPolicy Basic256Sha256, mode Sign")
                    .hasMessageContaining("http://opcfoundation.org/UA/SecurityPolicy#None/None");
        }
    }
}
