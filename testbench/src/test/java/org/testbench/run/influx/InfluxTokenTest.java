package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.yaml.InputException;

class InfluxTokenTest {

    private static final String SECRET = "s3cr3t-token==";

    @TempDir
    Path dir;

    @Test
    void theTokenIsReadFromTheNamedVariableAndNeverShown() throws Exception {
        InfluxToken token = InfluxToken.fromEnvironment("LAB_TOKEN", Map.of("LAB_TOKEN", SECRET + "\n"));
        assertThat(token.resolve()).isEqualTo(SECRET);
        assertThat(token).hasToString("token from environment variable LAB_TOKEN");
        assertThatThrownBy(() -> InfluxToken.fromEnvironment("LAB_TOKEN", Map.of()).resolve())
                .isInstanceOf(InputException.class)
                .hasMessage("--influx-token-env LAB_TOKEN: token: environment variable LAB_TOKEN is not set");
    }

    @Test
    void aTokenFileMustBePrivateAndItsContentIsNeverInAMessage() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, SECRET + "\nsecond line ignored\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> InfluxToken.fromFile(file).resolve())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--influx-token-file " + file + ": token: the file is readable by other users")
                .hasMessageContaining("chmod 600")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(InfluxToken.fromFile(file).resolve()).isEqualTo(SECRET);
        assertThat(InfluxToken.fromFile(file).toString()).doesNotContain(SECRET);

        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> InfluxToken.fromFile(empty).resolve()).hasMessageEndingWith("token: the file holds no token");
    }
}
