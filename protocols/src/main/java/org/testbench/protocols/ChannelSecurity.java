package org.testbench.protocols;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a channel secures its messages. OPC UA only: Modbus TCP has no security of its own and
 * ignores this.
 *
 * <p>With signing, the channel presents a client certificate, created on first use in the PKI
 * folder ({@code own/}), and accepts only server certificates in {@code trusted/certs/}; an unknown
 * server certificate is refused and put in {@code rejected/}, and the error says how to trust it.
 *
 * @param mode          none, sign, or sign and encrypt
 * @param policy        the OPC UA security policy name: {@code None} or {@code Basic256Sha256}
 * @param pkiDirectory  the folder holding the client certificate and the trust list; null for
 *                      {@link Mode#NONE}
 */
public record ChannelSecurity(Mode mode, String policy, Path pkiDirectory) {

    /** No signing, no encryption: SecurityPolicy None. */
    public static final ChannelSecurity NONE = new ChannelSecurity(Mode.NONE, "None", null);

    /** What the messages get. */
    public enum Mode {
        /** plain messages */
        NONE,
        /** signed messages */
        SIGN,
        /** signed and encrypted messages */
        SIGN_AND_ENCRYPT
    }

    /** Checks the policy goes with the mode and that signing has a PKI folder. */
    public ChannelSecurity {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        if (mode == Mode.NONE != "None".equals(policy)) {
            throw new IllegalArgumentException("security mode " + mode + " does not go with policy " + policy
                    + " (None goes with None; Sign and SignAndEncrypt with Basic256Sha256)");
        }
        if (mode != Mode.NONE && !"Basic256Sha256".equals(policy)) {
            throw new IllegalArgumentException("unsupported security policy " + policy + " (supported: Basic256Sha256)");
        }
        if (mode != Mode.NONE && pkiDirectory == null) {
            throw new IllegalArgumentException("security mode " + mode + " needs a PKI folder for the certificates");
        }
    }

    /**
     * @param pkiDirectory where the client certificate and the trust list live
     * @return Basic256Sha256 with signed messages
     */
    public static ChannelSecurity sign(Path pkiDirectory) {
        return new ChannelSecurity(Mode.SIGN, "Basic256Sha256", pkiDirectory);
    }

    /**
     * @param pkiDirectory where the client certificate and the trust list live
     * @return Basic256Sha256 with signed and encrypted messages
     */
    public static ChannelSecurity signAndEncrypt(Path pkiDirectory) {
        return new ChannelSecurity(Mode.SIGN_AND_ENCRYPT, "Basic256Sha256", pkiDirectory);
    }
}
