package org.testbench.protocols.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.ChannelSecurity;

/**
 * The server endpoint a channel connects to, picked for the configured security, and the Milo
 * client configuration that goes with it (with the client certificate and trust list when signing).
 */
final class SecuredEndpoint implements AutoCloseable {

    private final ChannelConfig config;
    private final EndpointDescription endpoint;
    private final ClientPki pki;

    private SecuredEndpoint(ChannelConfig config, EndpointDescription endpoint, ClientPki pki) {
        this.config = config;
        this.endpoint = endpoint;
        this.pki = pki;
    }

    /**
     * @param config    the channel's endpoint, timeouts and security
     * @param endpoints what the server offers
     * @return the endpoint with the configured policy and mode and anonymous login, its URL
     *     pointing at the host and port the bench reached
     * @throws ChannelException when the server offers none, listing what it offers; or when the
     *     PKI folder cannot be set up
     */
    static SecuredEndpoint choose(ChannelConfig config, List<EndpointDescription> endpoints) throws ChannelException {
        ChannelSecurity security = config.security();
        String policyUri = SecurityPolicy.valueOf(security.policy()).getUri();
        MessageSecurityMode mode = switch (security.mode()) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
        Optional<EndpointDescription> match = endpoints.stream()
                .filter(e -> policyUri.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                .filter(e -> e.getUserIdentityTokens() != null && Arrays.stream(e.getUserIdentityTokens())
                        .map(UserTokenPolicy::getTokenType).anyMatch(UserTokenType.Anonymous::equals))
                .findFirst();
        if (match.isEmpty()) {
            throw new ChannelException(config.endpoint(), null, "the server offers no endpoint with SecurityPolicy "
                    + security.policy() + ", mode " + mode + " and anonymous login (offered: " + endpoints.stream()
                    .map(e -> e.getSecurityPolicyUri() + "/" + e.getSecurityMode()).toList() + ")", null);
        }
        // Servers often advertise a hostname the bench cannot resolve; keep the address we reached.
        URI uri = URI.create(config.endpoint());
        EndpointDescription reached = EndpointUtil.updateUrl(match.get(), uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : 4840);
        if (security.mode() == ChannelSecurity.Mode.NONE) {
            return new SecuredEndpoint(config, reached, null);
        }
        try {
            return new SecuredEndpoint(config, reached, ClientPki.open(security.pkiDirectory()));
        } catch (IOException e) {
            throw new ChannelException(config.endpoint(), null, "PKI folder " + security.pkiDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the chosen endpoint */
    EndpointDescription endpoint() {
        return endpoint;
    }

    /** @return the Milo client configuration for this endpoint */
    OpcUaClientConfig clientConfig() {
        OpcUaClientConfigBuilder builder = OpcUaClientConfig.builder()
                .setEndpoint(endpoint)
                .setApplicationName(LocalizedText.english("testbench"))
                .setApplicationUri(ClientPki.APPLICATION_URI)
                .setProductUri("urn:testbench")
                .setRequestTimeout(uint(Math.max(1, config.requestTimeout().toMillis())));
        if (pki != null) {
            builder.setKeyPair(pki.keyPair())
                    .setCertificate(pki.certificate())
                    .setCertificateChain(new X509Certificate[] {pki.certificate()})
                    .setCertificateValidator(pki.validator());
        }
        return builder.build();
    }

    /**
     * @param failure why connecting failed
     * @return the failure, or when the server's certificate was refused, one that says how to trust it
     */
    ChannelException explain(ChannelException failure) {
        if (pki == null || endpoint.getServerCertificate() == null || endpoint.getServerCertificate().isNull()) {
            return failure;
        }
        long status = UaException.extract(failure).map(e -> e.getStatusCode().getValue()).orElse(0L);
        if (status != StatusCodes.Bad_SecurityChecksFailed && status != StatusCodes.Bad_CertificateUntrusted) {
            return failure;
        }
        Path rejected;
        try {
            rejected = pki.rejectedFile(endpoint.getServerCertificate().bytesOrEmpty());
        } catch (GeneralSecurityException e) {
            failure.addSuppressed(e);
            return failure;
        }
        if (!Files.exists(rejected)) {
            return failure;
        }
        return new ChannelException(config.endpoint(), null, "the server's certificate is not trusted; it was put in "
                + rejected + ": if this is the right server, trust it with: mv " + rejected + " "
                + pki.trustedCertificates() + "/", failure);
    }

    /** Stops watching the trust list, if there is one. */
    @Override
    public void close() throws IOException {
        if (pki != null) {
            pki.close();
        }
    }
}
