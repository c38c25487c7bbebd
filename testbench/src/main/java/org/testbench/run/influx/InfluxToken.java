package org.testbench.run.influx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.testbench.rigs.yaml.InputException;

/**
 * Where the InfluxDB API token lives: an environment variable or a file readable by its owner
 * only. Never the command line, where every user of the machine reads it in the process list.
 *
 * <p>This type holds only where the token is; {@link #resolve()} reads it when a connection is
 * made. No message, log line or {@code toString} contains the token itself.
 */
public final class InfluxToken {

    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private final String variable;
    private final Path file;
    private final Function<String, String> environment;

    private InfluxToken(String variable, Path file, Function<String, String> environment) {
        this.variable = variable;
        this.file = file;
        this.environment = environment;
    }

    /**
     * @param variable the environment variable holding the token, e.g. {@code INFLUX_TOKEN}
     * @return the token as the process environment holds it
     */
    public static InfluxToken fromEnvironment(String variable) {
        return fromEnvironment(variable, System.getenv());
    }

    /**
     * @param variable    the variable's name
     * @param environment the environment to read it from (a test cannot set the process's own)
     * @return the token as that environment holds it
     */
    public static InfluxToken fromEnvironment(String variable, Map<String, String> environment) {
        Objects.requireNonNull(variable, "variable");
        if (variable.isBlank()) {
            throw new IllegalArgumentException("the name of the token's environment variable is blank");
        }
        return new InfluxToken(variable, null, Map.copyOf(environment)::get);
    }

    /**
     * @param file a file whose first line is the token, readable by its owner only (chmod 600)
     * @return the token as the file holds it
     */
    public static InfluxToken fromFile(Path file) {
        return new InfluxToken(null, Objects.requireNonNull(file, "file"), null);
    }

    /** @return the command-line option that names this source, for messages */
    public String option() {
        return file != null ? "--influx-token-file " + file : "--influx-token-env " + variable;
    }

    /**
     * @return the token
     * @throws InputException naming the option, the variable or the file, never the token
     */
    public String resolve() throws InputException {
        String token = file == null ? environment.apply(variable) : readFile();
        if (token == null || token.isBlank()) {
            throw new InputException(option(), "token", file == null
                    ? "environment variable " + variable + " is " + (token == null ? "not set" : "empty")
                    : "the file holds no token");
        }
        return token.strip();
    }

    private String readFile() throws InputException {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(SHARED::contains)) {
                    throw new InputException(option(), "token", "the file is readable by other users ("
                            + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + file);
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        } catch (NoSuchFileException e) {
            throw new InputException(option(), "token", "no such file");
        } catch (IOException e) {
            // The exception names the file and the reason, never the content.
            throw new InputException(option(), "token", "cannot read the file: " + e.getClass().getSimpleName());
        }
    }

    /** @return where the token comes from, never the token */
    @Override
    public String toString() {
        return file != null ? "token from file " + file : "token from environment variable " + variable;
    }
}
