package org.testbench.protocols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a channel finds the username and password it logs in with (OPC UA): two environment
 * variables or a file readable by its owner only. Never the command line, where every user of the
 * machine can read them in the process list, and never a rig file, which is shared and archived.
 *
 * <p>This type holds only where the secret lives; {@link #resolve} reads it when the channel
 * connects, so that a rotated password needs no restart of whatever built the configuration. No
 * message, log line or {@code toString} ever contains the password.
 */
public final class Credentials {

    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private final String userVariable;
    private final String passwordVariable;
    private final Path file;
    private final Function<String, String> environment;

    private Credentials(String userVariable, String passwordVariable, Path file,
            Function<String, String> environment) {
        this.userVariable = userVariable;
        this.passwordVariable = passwordVariable;
        this.file = file;
        this.environment = environment;
    }

    /**
     * @param userVariable     the environment variable holding the username, e.g. {@code ROBOT_USER}
     * @param passwordVariable the environment variable holding the password
     * @return credentials read from the process environment at connect time
     */
    public static Credentials fromEnvironment(String userVariable, String passwordVariable) {
        return fromEnvironment(userVariable, passwordVariable, System::getenv);
    }

    /** Reads the variables from {@code environment} instead of the process's, which a test cannot set. */
    static Credentials fromEnvironment(String userVariable, String passwordVariable,
            Map<String, String> environment) {
        return fromEnvironment(userVariable, passwordVariable, Map.copyOf(environment)::get);
    }

    private static Credentials fromEnvironment(String userVariable, String passwordVariable,
            Function<String, String> environment) {
        Objects.requireNonNull(userVariable, "userVariable");
        Objects.requireNonNull(passwordVariable, "passwordVariable");
        if (userVariable.isBlank() || passwordVariable.isBlank()) {
            throw new IllegalArgumentException("credentials need the names of two environment variables");
        }
        return new Credentials(userVariable, passwordVariable, null, environment);
    }

    /**
     * @param file a file of two lines, username then password, or of the properties
     *             {@code username=} and {@code password=}; readable by its owner only (chmod 600)
     * @return credentials read from the file at connect time
     */
    public static Credentials fromFile(Path file) {
        return new Credentials(null, null, Objects.requireNonNull(file, "file"), null);
    }

    /**
     * Reads the username and password from where they live.
     *
     * @param endpoint the endpoint they are for, to name in errors
     * @return the login
     * @throws ChannelException naming the missing variable or file, or a file others may read,
     *     never its content
     */
    public Login resolve(String endpoint) throws ChannelException {
        if (file == null) {
            return new Login(variable(endpoint, userVariable, "username"),
                    variable(endpoint, passwordVariable, "password"));
        }
        return readFile(endpoint);
    }

    private String variable(String endpoint, String name, String what) throws ChannelException {
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            throw new ChannelException(endpoint, null, "environment variable " + name + " (the " + what
                    + " to log in with) is " + (value == null ? "not set" : "empty"), null);
        }
        return value;
    }

    private Login readFile(String endpoint) throws ChannelException {
        List<String> lines;
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(SHARED::contains)) {
                    throw new ChannelException(endpoint, null, "credentials file " + file + " is readable by "
                            + "other users (" + PosixFilePermissions.toString(permissions)
                            + "); make it private with: chmod 600 " + file, null);
                }
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ChannelException(endpoint, null, "credentials file " + file + " does not exist", null);
        } catch (IOException e) {
            // an IOException names the file and the reason, never the content
            throw new ChannelException(endpoint, null, "cannot read credentials file " + file + ": " + e, null);
        }
        List<String> content = new ArrayList<>(lines);
        while (!content.isEmpty() && content.get(content.size() - 1).isBlank()) {
            content.remove(content.size() - 1);
        }
        boolean properties = content.stream().anyMatch(l -> l.startsWith("username=") || l.startsWith("password="));
        if (!properties) {
            if (content.size() != 2 || content.get(0).isBlank() || content.get(1).isEmpty()) {
                throw new ChannelException(endpoint, null, "credentials file " + file + " must hold two lines, the "
                        + "username then the password, or the lines username= and password= (found "
                        + content.size() + " lines)", null);
            }
            return new Login(content.get(0).strip(), content.get(1));
        }
        String username = null;
        String password = null;
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            if (line.startsWith("username=") && username == null) {
                username = line.substring("username=".length()).strip();
            } else if (line.startsWith("password=") && password == null) {
                password = line.substring("password=".length());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new ChannelException(endpoint, null, "credentials file " + file + " line " + (i + 1)
                        + ": expected username= or password= (each once)", null);
            }
        }
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            throw new ChannelException(endpoint, null, "credentials file " + file + " has no "
                    + (username == null || username.isEmpty() ? "username=" : "password=") + " value", null);
        }
        return new Login(username, password);
    }

    /** @return where the credentials come from; never the credentials themselves */
    @Override
    public String toString() {
        return file != null ? "credentials from file " + file
                : "credentials from environment variables " + userVariable + " and " + passwordVariable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && Objects.equals(userVariable, c.userVariable)
                && Objects.equals(passwordVariable, c.passwordVariable) && Objects.equals(file, c.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userVariable, passwordVariable, file);
    }

    /**
     * A username and password as read; its {@code toString} hides the password.
     *
     * @param username who logs in
     * @param password the secret; pass it to the protocol and nowhere else
     */
    public record Login(String username, String password) {

        /** Checks both are present. */
        public Login {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        /** @return the username, with the password masked */
        @Override
        public String toString() {
            return "Login[username=" + username + ", password=****]";
        }
    }
}
