package org.testbench.protocols;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one device: endpoint, timeouts, security and login. Immutable; build with
 * {@link #builder(String)}.
 *
 * @param endpoint       the device endpoint; its scheme picks the protocol ({@code opc.tcp://},
 *                       {@code modbus-tcp://})
 * @param connectTimeout how long {@link Channel#connect()} may take
 * @param requestTimeout how long one read or write may take
 * @param security       how messages are secured (OPC UA); {@link ChannelSecurity#NONE} by default
 * @param credentials    where the username and password to log in with are read when the channel
 *                       connects (OPC UA); null for an anonymous login
 */
public record ChannelConfig(String endpoint, Duration connectTimeout, Duration requestTimeout,
        ChannelSecurity security, Credentials credentials) {

    /** Checks every field is present and the timeouts are positive. */
    public ChannelConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(security, "security");
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /**
     * A configuration with an anonymous login.
     *
     * @param endpoint       the device endpoint
     * @param connectTimeout how long connecting may take
     * @param requestTimeout how long one request may take
     * @param security       how messages are secured
     */
    public ChannelConfig(String endpoint, Duration connectTimeout, Duration requestTimeout, ChannelSecurity security) {
        this(endpoint, connectTimeout, requestTimeout, security, null);
    }

    /**
     * A configuration without security.
     *
     * @param endpoint       the device endpoint
     * @param connectTimeout how long connecting may take
     * @param requestTimeout how long one request may take
     */
    public ChannelConfig(String endpoint, Duration connectTimeout, Duration requestTimeout) {
        this(endpoint, connectTimeout, requestTimeout, ChannelSecurity.NONE);
    }

    /**
     * @param endpoint the device endpoint
     * @return a builder with 5 s connect and 2 s request timeouts
     */
    public static Builder builder(String endpoint) {
        return new Builder(endpoint);
    }

    /** Builds a {@link ChannelConfig}. */
    public static final class Builder {
        private final String endpoint;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(2);
        private ChannelSecurity security = ChannelSecurity.NONE;
        private Credentials credentials;

        private Builder(String endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * @param timeout how long connecting may take
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * @param timeout how long one request may take
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * @param value how messages are secured, e.g. {@link ChannelSecurity#signAndEncrypt}
         * @return this builder
         */
        public Builder security(ChannelSecurity value) {
            this.security = value;
            return this;
        }

        /**
         * @param value where the username and password come from, e.g.
         *              {@link Credentials#fromEnvironment}; null for an anonymous login
         * @return this builder
         */
        public Builder credentials(Credentials value) {
            this.credentials = value;
            return this;
        }

        /** @return the configuration */
        public ChannelConfig build() {
            return new ChannelConfig(endpoint, connectTimeout, requestTimeout, security, credentials);
        }
    }
}
