package org.testbench.cli;

import java.net.URI;
import java.nio.file.Path;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.influx.InfluxRecord;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.influx.InfluxToken;
import picocli.CommandLine.Option;

/**
 * The InfluxDB flags {@code run}, {@code report} and {@code influx flush} share. The token is
 * never a flag's value: a flag names the environment variable or the private file holding it.
 */
final class InfluxOptions {

    /** The variable a 2.x/3.x token is read from when no token flag is given (the influx CLI's own). */
    static final String DEFAULT_TOKEN_VARIABLE = "INFLUX_TOKEN";

    @Option(names = "--influx", paramLabel = "URL",
            description = "The InfluxDB server, e.g. http://127.0.0.1:8086; 'run' streams samples and results to it.")
    private URI url;

    @Option(names = "--influx-db", paramLabel = "NAME",
            description = "InfluxDB 1.x database (1.x API: /write and /query; also served by 2.x and 3.x).")
    private String database;

    @Option(names = "--influx-org", paramLabel = "ORG",
            description = "InfluxDB 2.x/3.x organisation (with --influx-bucket: the v2 write API).")
    private String org;

    @Option(names = "--influx-bucket", paramLabel = "BUCKET", description = "InfluxDB 2.x/3.x bucket.")
    private String bucket;

    @Option(names = "--influx-token-env", paramLabel = "VAR",
            description = "Environment variable holding the API token (default for 2.x/3.x: "
                    + DEFAULT_TOKEN_VARIABLE + "; for 1.x with authentication: user:password).")
    private String tokenVariable;

    @Option(names = "--influx-token-file", paramLabel = "FILE",
            description = "File holding the API token on its first line, readable by its owner only (chmod 600).")
    private Path tokenFile;

    /**
     * @return the target the flags name, or null when no InfluxDB flag was given
     * @throws InputException naming the flag that is missing, malformed or contradicts another
     */
    InfluxTarget target() throws InputException {
        if (url == null) {
            if (database != null || org != null || bucket != null) {
                throw new InputException(database != null ? "--influx-db" : org != null ? "--influx-org"
                        : "--influx-bucket", null, "needs --influx URL, the server");
            }
            return null;
        }
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new InputException("--influx " + url, null, "expected an http:// or https:// URL");
        }
        if (database != null) {
            if (org != null || bucket != null) {
                throw new InputException(org != null ? "--influx-org" : "--influx-bucket", null,
                        "is for InfluxDB 2.x/3.x and --influx-db for 1.x: give one API's flags");
            }
            requireName("--influx-db", database);
            InfluxToken token = token(false);
            return token == null ? InfluxTarget.v1(url, database) : InfluxTarget.v1(url, database, token);
        }
        if (org == null && bucket == null) {
            throw new InputException("--influx " + url, null,
                    "needs --influx-db NAME (InfluxDB 1.x) or --influx-org ORG and --influx-bucket BUCKET (2.x/3.x)");
        }
        if (org == null || bucket == null) {
            throw new InputException(org == null ? "--influx-org" : "--influx-bucket", null,
                    "missing: InfluxDB 2.x/3.x needs both --influx-org and --influx-bucket");
        }
        requireName("--influx-org", org);
        requireName("--influx-bucket", bucket);
        return InfluxTarget.v2(url, org, bucket, token(true));
    }

    /**
     * @param runDir a run archive
     * @return the flags' target when given, else the one in the run's influx.json, with the token
     *     the flags name (for 2.x/3.x by default {@value #DEFAULT_TOKEN_VARIABLE})
     * @throws InputException as {@link #target()}, or when no flag is given and the run has no influx.json
     */
    InfluxTarget targetFor(Path runDir) throws InputException {
        InfluxTarget given = target();
        if (given != null) {
            return given;
        }
        InfluxRecord record = InfluxRecord.read(runDir);
        return record.target(token("V2".equals(record.api())));
    }

    /**
     * @param required whether a token is needed (2.x/3.x) even without a token flag
     * @return where the token lives, or null when none is needed nor named
     * @throws InputException when both token flags are given
     */
    private InfluxToken token(boolean required) throws InputException {
        if (tokenVariable != null && tokenFile != null) {
            throw new InputException("--influx-token-file", null, "give --influx-token-env or --influx-token-file, not both");
        }
        if (tokenFile != null) {
            return InfluxToken.fromFile(tokenFile);
        }
        if (tokenVariable != null) {
            requireName("--influx-token-env", tokenVariable);
            return InfluxToken.fromEnvironment(tokenVariable);
        }
        return required ? InfluxToken.fromEnvironment(DEFAULT_TOKEN_VARIABLE) : null;
    }

    private static void requireName(String flag, String value) throws InputException {
        if (value.isBlank()) {
            throw new InputException(flag, null, "is empty");
        }
    }
}
