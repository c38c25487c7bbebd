package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.ChannelSecurity;
import org.testbench.protocols.Credentials;
import org.testbench.protocols.CredentialsAccess;

/**
 * Username login against a node-opcua peer that accepts one user and refuses anonymous sessions:
 * the right password reads, a wrong one is refused without the password in the error.
 */
class OpcUaCredentialsNodeOpcUaIT {

    private static final String NS = "nsu=urn:testbench:node-opcua-peer;s=Signals/";
    private static final String USER = "operator";
    private static final String PASSWORD = "Rig-pa55word";

    private static NodeOpcUaPeer peer;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = NodeOpcUaPeer.start(SignalTestServer.freePort(), USER, PASSWORD);
    }

    @AfterAll
    static void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void logsInWithTheRightPasswordFromTheEnvironment() throws Exception {
        Credentials credentials = CredentialsAccess.fromEnvironment("RIG_USER", "RIG_PASSWORD",
                Map.of("RIG_USER", USER, "RIG_PASSWORD", PASSWORD));
        try (OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl())
                .credentials(credentials).build())) {
            channel.connect();
            channel.write(NS + "Double", 2.25);
            assertThat(channel.read(List.of(NS + "Double", NS + "ReadOnly")))
                    .extracting(v -> v.value()).containsExactly(2.25, 42.0);
        }
    }

    @Test
    void logsInWithAPasswordFileOverSignedAndEncryptedMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("login.properties");
        Files.writeString(file, "username=" + USER + "\npassword=" + PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path pki = dir.resolve("pki");
        ChannelConfig config = ChannelConfig.builder(peer.endpointUrl())
                .security(ChannelSecurity.signAndEncrypt(pki)).credentials(Credentials.fromFile(file)).build();
        try (OpcUaChannel first = new OpcUaChannel(config)) {
            catchThrowable(first::connect);
        }
        // trust the peer's certificate, which the first attempt put in rejected/
        try (var rejected = Files.list(pki.resolve("rejected"))) {
            Path certificate = rejected.filter(f -> f.toString().endsWith(".der")).findFirst().orElseThrow();
            Files.move(certificate, pki.resolve("trusted/certs").resolve(certificate.getFileName()));
        }
        try (OpcUaChannel channel = new OpcUaChannel(config)) {
            channel.connect();
            assertThat(channel.read(List.of(NS + "ReadOnly")).get(0).value()).isEqualTo(42.0);
        }
    }

    @Test
    void aWrongPasswordIsRejectedWithoutShowingIt() {
        String wrong = "not-" + PASSWORD;
        Credentials credentials = CredentialsAccess.fromEnvironment("RIG_USER", "RIG_PASSWORD",
                Map.of("RIG_USER", USER, "RIG_PASSWORD", wrong));
        Throwable failure;
        try (OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl())
                .credentials(credentials).build())) {
            failure = catchThrowable(channel::connect);
        }
        assertThat(failure).isInstanceOf(ChannelException.class)
                .hasMessageStartingWith(peer.endpointUrl() + ": the server rejected the credentials (credentials from"
                        + " environment variables RIG_USER and RIG_PASSWORD): Bad_");
        assertThat(failure.getMessage()).containsAnyOf("Bad_UserAccessDenied", "Bad_IdentityTokenRejected",
                "Bad_IdentityTokenInvalid");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(wrong).doesNotContain(PASSWORD);
            assertThat(t.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void withoutCredentialsTheChannelSaysTheServerWantsALogin() {
        Throwable failure;
        try (OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl()).build())) {
            failure = catchThrowable(channel::connect);
        }
        assertThat(failure).isInstanceOf(ChannelException.class)
                .hasMessageContaining("offers no endpoint with SecurityPolicy None, mode None and anonymous login")
                .hasMessageContaining("SecurityPolicy#None/None [UserName, Certificate]");
    }
}
