package org.testbench.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final String ENDPOINT = "opc.tcp://127.0.0.1:4840/test";

    @Test
    void readsTheEnvironmentVariablesWhenResolved() throws ChannelException {
        Credentials credentials = Credentials.fromEnvironment("ROBOT_USER", "ROBOT_PASSWORD",
                Map.of("ROBOT_USER", "operator", "ROBOT_PASSWORD", "s3cret-pw"));

        Credentials.Login login = credentials.resolve(ENDPOINT);

        assertThat(login.username()).isEqualTo("operator");
        assertThat(login.password()).isEqualTo("s3cret-pw");
        assertThat(credentials).hasToString("credentials from environment variables ROBOT_USER and ROBOT_PASSWORD");
    }

    @Test
    void aMissingVariableIsNamedWithoutAnyValue() {
        Credentials noPassword = Credentials.fromEnvironment("ROBOT_USER", "ROBOT_PASSWORD",
                Map.of("ROBOT_USER", "operator"));
        assertThatThrownBy(() -> noPassword.resolve(ENDPOINT))
                .isInstanceOf(ChannelException.class)
                .hasMessage(ENDPOINT + ": environment variable ROBOT_PASSWORD (the password to log in with) is not set");

        Credentials emptyUser = Credentials.fromEnvironment("ROBOT_USER", "ROBOT_PASSWORD",
                Map.of("ROBOT_USER", "", "ROBOT_PASSWORD", "s3cret-pw"));
        assertThatThrownBy(() -> emptyUser.resolve(ENDPOINT))
                .hasMessageContaining("environment variable ROBOT_USER (the username to log in with) is empty")
                .hasMessageNotContaining("s3cret-pw");
    }

    @Test
    void theProcessEnvironmentIsReadToo() {
        String unset = "TESTBENCH_CREDENTIALS_TEST_UNSET_" + ProcessHandle.current().pid();
        assertThatThrownBy(() -> Credentials.fromEnvironment(unset, "PATH").resolve(ENDPOINT))
                .hasMessageContaining("environment variable " + unset + " (the username to log in with) is not set");
    }

    @Test
    void readsAFileOfTwoLines(@TempDir Path dir) throws Exception {
        Path file = privateFile(dir.resolve("login"), "operator\npass word with spaces \n\n");

        Credentials.Login login = Credentials.fromFile(file).resolve(ENDPOINT);

        assertThat(login.username()).isEqualTo("operator");
        assertThat(login.password()).isEqualTo("pass word with spaces ");
        assertThat(Credentials.fromFile(file)).hasToString("credentials from file " + file);
    }

    @Test
    void readsAFileOfProperties(@TempDir Path dir) throws Exception {
        Path file = privateFile(dir.resolve("login.properties"), "# robot cell 3\npassword=a=b\nusername=operator\n");

        Credentials.Login login = Credentials.fromFile(file).resolve(ENDPOINT);

        assertThat(login.username()).isEqualTo("operator");
        assertThat(login.password()).isEqualTo("a=b");
    }

    @Test
    void aMalformedFileIsNamedWithoutItsContent(@TempDir Path dir) throws Exception {
        Path oneLine = privateFile(dir.resolve("one"), "s3cret-pw\n");
        assertThatThrownBy(() -> Credentials.fromFile(oneLine).resolve(ENDPOINT))
                .hasMessageContaining("credentials file " + oneLine + " must hold two lines")
                .hasMessageNotContaining("s3cret-pw");

        Path noPassword = privateFile(dir.resolve("props"), "username=operator\nuser=s3cret-pw\n");
        assertThatThrownBy(() -> Credentials.fromFile(noPassword).resolve(ENDPOINT))
                .hasMessage(ENDPOINT + ": credentials file " + noPassword
                        + " line 2: expected username= or password= (each once)");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> Credentials.fromFile(missing).resolve(ENDPOINT))
                .isInstanceOf(ChannelException.class)
                .hasMessage(ENDPOINT + ": credentials file " + missing + " does not exist");
    }

    @Test
    void refusesAFileOtherUsersCanRead(@TempDir Path dir) throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("login");
        Files.writeString(file, "operator\ns3cret-pw\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> Credentials.fromFile(file).resolve(ENDPOINT))
                .isInstanceOf(ChannelException.class)
                .hasMessage(ENDPOINT + ": credentials file " + file + " is readable by other users (rw-r-----);"
                        + " make it private with: chmod 600 " + file);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThatThrownBy(() -> Credentials.fromFile(file).resolve(ENDPOINT)).hasMessageContaining("chmod 600");
    }

    @Test
    void noStringFormHoldsThePassword() throws ChannelException {
        Credentials credentials = Credentials.fromEnvironment("U", "P", Map.of("U", "operator", "P", "s3cret-pw"));
        Credentials.Login login = credentials.resolve(ENDPOINT);
        ChannelConfig config = ChannelConfig.builder(ENDPOINT).credentials(credentials).build();

        assertThat(login).hasToString("Login[username=operator, password=****]");
        assertThat(config.toString()).contains("credentials from environment variables U and P")
                .doesNotContain("s3cret-pw");
        assertThat(config.credentials()).isSameAs(credentials);
        assertThat(ChannelConfig.builder(ENDPOINT).build().credentials()).isNull();
    }

    private static Path privateFile(Path file, String content) throws Exception {
        Files.writeString(file, content);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
