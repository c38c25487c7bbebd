package org.testbench.reports.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SHA-256 manifest of a run folder, {@value #FILE}: one line per file, {@code <sha256>  <path>},
 * the format of {@code sha256sum}, so that {@code sha256sum -c manifest.sha256} checks a folder
 * without testbench. Paths are relative to the folder, with '/', sorted; the manifest covers every
 * file of the folder (sub-folders included) except itself and its signature {@value #SIGNATURE}.
 */
public final class Manifest {

    /** The manifest's file name in a run folder. */
    public static final String FILE = "manifest.sha256";

    /** The detached CMS signature of the manifest, next to it. */
    public static final String SIGNATURE = "manifest.sha256.p7s";
    /**
     * The folder of points InfluxDB has not taken yet: it empties as it is flushed, after the run is
     * sealed, so it is no part of the record (every point in it is also in samples.csv and
     * results.json, which are).
     */
    public static final String TRANSIENT_FOLDER = "influx-spool";

    /** {@code sha256sum} writes two spaces (text mode) or a space and '*' (binary mode). */
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    /**
     * Hashes a folder as it is now.
     *
     * @param dir a run folder
     * @return the manifest of every file in it but the manifest and its signature
     * @throws IOException when a file cannot be read
     */
    public static Manifest of(Path dir) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : files(dir)) {
            if (Files.isRegularFile(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                hashes.put(file, sha256(dir.resolve(file)));
            }
        }
        return new Manifest(hashes);
    }

    /**
     * Reads a manifest's text.
     *
     * @param text the content of a manifest file
     * @return the manifest
     * @throws IllegalArgumentException naming the first line that is not {@code <sha256>  <path>}, or a
     *     path listed twice
     */
    public static Manifest parse(String text) {
        Map<String, String> hashes = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not '<sha256>  <file>'");
            }
            if (hashes.put(m.group(2), m.group(1)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " lists " + m.group(2) + " a second time");
            }
        }
        return new Manifest(hashes);
    }

    /**
     * @param dir a folder
     * @return every file (and link or other non-folder entry) in it and its sub-folders, relative, with
     *     '/', sorted; without the manifest, its signature and the {@link #TRANSIENT_FOLDER}
     * @throws IOException when the folder cannot be listed
     */
    public static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> relative(dir, p))
                    .filter(name -> !name.equals(FILE) && !name.equals(SIGNATURE)
                            && !name.startsWith(TRANSIENT_FOLDER + "/"))
                    .sorted()
                    .toList();
        }
    }

    /** @return the files listed, in manifest order, each with its SHA-256 (lower-case hex) */
    public Map<String, String> hashes() {
        return Collections.unmodifiableMap(hashes);
    }

    /**
     * @param files files to leave out, e.g. the reports
     * @return this manifest without them
     */
    public Manifest without(Collection<String> files) {
        Map<String, String> rest = new LinkedHashMap<>(hashes);
        rest.keySet().removeAll(Set.copyOf(files));
        return new Manifest(rest);
    }

    /** @return the manifest file's text, one line per file, each ending with a newline */
    public String text() {
        StringBuilder text = new StringBuilder();
        hashes.forEach((file, hash) -> text.append(hash).append("  ").append(file).append('\n'));
        return text.toString();
    }

    /** @return the SHA-256 of {@link #text()}, lower-case hex */
    public String sha256() {
        return HexFormat.of().formatHex(digest().digest(text().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param file a file, read as a stream: samples files of long runs do not fit in memory
     * @return the SHA-256 of its bytes, lower-case hex
     * @throws IOException when it cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path dir, Path file) {
        List<String> parts = new ArrayList<>();
        dir.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
