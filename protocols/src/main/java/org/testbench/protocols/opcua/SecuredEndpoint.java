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
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
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
import org.testbench.protocols.Credentials;

/**
 * The server endpoint a channel connects to, picked for the configured security, and the Milo
 * client configuration that goes with it (with the client certificate and trust list when signing,
 * and the username and password when the configuration has credentials).
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
     * @return the endpoint with the configured policy and mode and a login of the configured kind
     *     (username when there are credentials, else anonymous), its URL
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
        UserTokenType login = config.credentials() == null ? UserTokenType.Anonymous : UserTokenType.UserName;
        Optional<EndpointDescription> match = endpoints.stream()
                .filter(e -> policyUri.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                .filter(e -> e.getUserIdentityTokens() != null && Arrays.stream(e.getUserIdentityTokens())
                        .map(UserTokenPolicy::getTokenType).anyMatch(login::equals))
                .findFirst();
        if (match.isEmpty()) {
            throw new ChannelException(config.endpoint(), null, "the server offers no endpoint with SecurityPolicy "
                    + security.policy() + ", mode " + mode + " and " + (config.credentials() == null
                    ? "anonymous login" : "username login") + " (offered: " + endpoints.stream()
                    .map(e -> e.getSecurityPolicyUri() + "/" + e.getSecurityMode() + " " + logins(e)).toList()
                    + ")", null);
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

    private static List<UserTokenType> logins(EndpointDescription e) {
        return e.getUserIdentityTokens() == null ? List.of()
                : Arrays.stream(e.getUserIdentityTokens()).map(UserTokenPolicy::getTokenType).distinct().toList();
    }

    /** @return the chosen endpoint */
    EndpointDescription endpoint() {
        return endpoint;
    }

    /**
     * @param login the username and password, or null for an anonymous login
     * @return the Milo client configuration for this endpoint
     */
    OpcUaClientConfig clientConfig(Credentials.Login login) {
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
        if (login != null) {
            // The password is encrypted for the server's certificate; with a trust list, only for a
            // trusted one. Without one (SecurityPolicy None) the server is not authenticated at all.
            builder.setIdentityProvider(pki != null
                    ? new UsernameProvider(login.username(), login.password(), pki.validator())
                    : new UsernameProvider(login.username(), login.password()));
        }
        return builder.build();
    }

    /**
     * @param failure why connecting failed
     * @return the failure, or when the server refused the credentials, one that says so; or when the
     *     server's certificate was refused, one that says how to trust it
     */
    ChannelException explain(ChannelException failure) {
        long code = UaException.extract(failure).map(e -> e.getStatusCode().getValue()).orElse(0L);
        if (config.credentials() != null && (code == StatusCodes.Bad_UserAccessDenied
                || code == StatusCodes.Bad_IdentityTokenRejected || code == StatusCodes.Bad_IdentityTokenInvalid)) {
            return new ChannelException(config.endpoint(), null, "the server rejected the credentials ("
                    + config.credentials() + "): " + OpcUaChannel.statusName(UaException.extract(failure)
                    .orElseThrow().getStatusCode()), failure);
        }
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
