package org.testbench.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    /** FIPS 180-2 appendix B.1: SHA-256("abc"). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** SHA-256 of no bytes. */
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path dir;

    @Test
    void listsEveryFileSortedWithItsHashInSha256sumFormat() throws Exception {
        Files.writeString(dir.resolve("samples.csv"), "abc");
        Files.createDirectories(dir.resolve("journal"));
        Files.writeString(dir.resolve("journal/steps.log"), "");
        Files.writeString(dir.resolve(Manifest.FILE), "old manifest");
        Files.writeString(dir.resolve(Manifest.SIGNATURE), "old signature");

        Manifest manifest = Manifest.of(dir);

        assertThat(manifest.text()).isEqualTo(SHA256_EMPTY + "  journal/steps.log\n" + SHA256_ABC + "  samples.csv\n");
        assertThat(Manifest.files(dir)).containsExactly("journal/steps.log", "samples.csv");
    }

    @Test
    void parsesWhatItWritesAndWhatSha256sumWritesInBinaryMode() {
        Manifest manifest = Manifest.parse(SHA256_ABC + "  results.json\n" + SHA256_EMPTY + " *report.pdf\n");

        assertThat(manifest.hashes()).containsExactly(
                entry("results.json", SHA256_ABC), entry("report.pdf", SHA256_EMPTY));
        assertThat(Manifest.parse(manifest.text()).text()).isEqualTo(manifest.text());
    }

    @Test
    void aMalformedOrRepeatedLineIsNamedByNumber() {
        assertThatThrownBy(() -> Manifest.parse(SHA256_ABC + "  a\n" + SHA256_ABC.substring(1) + "  b\n"))
                .hasMessage("line 2 is not '<sha256>  <file>'");
        assertThatThrownBy(() -> Manifest.parse(SHA256_ABC + "  a\n" + SHA256_EMPTY + "  a\n"))
                .hasMessage("line 2 lists a a second time");
    }

    @Test
    void theDigestWithoutSomeFilesIsTheDigestOfTheRemainingLines() {
        Manifest manifest = Manifest.parse(SHA256_ABC + "  report.pdf\n" + SHA256_EMPTY + "  results.json\n");

        Manifest data = manifest.without(List.of("report.pdf"));

        assertThat(data.text()).isEqualTo(SHA256_EMPTY + "  results.json\n");
        // printf '%s  results.json\n' e3b0...b855 | sha256sum
        assertThat(data.sha256()).isEqualTo("ac8aec72e21638efc68056968a31f32a6c09277ca932d11328f65f688ef9873a");
    }
}
