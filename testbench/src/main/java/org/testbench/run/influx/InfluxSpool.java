package org.testbench.run.influx;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The disk spool of points InfluxDB has not accepted yet, {@code runs/<run-id>/influx-spool/}:
 * one segment file of line protocol per batch, named after the stream sequence number of its
 * first point and its point count ({@code 00000000000000012345-5000.lp}), so that sorting the
 * names gives the order the points were produced in, whoever wrote the segment and when.
 *
 * <p>A segment is written to a temporary name, forced to disk and renamed, so a crash leaves
 * whole segments or none. It is deleted only after the server accepted it; a crash between the
 * two sends it again, which is harmless because the same lines make the same points. Segments
 * the server refused for good (HTTP 400: a malformed point, a field type conflict) are moved to
 * {@code rejected/} and never retried. Thread-safe.
 */
public final class InfluxSpool {

    /** The spool's folder name inside a run archive. */
    public static final String FOLDER = org.testbench.reports.integrity.Manifest.TRANSIENT_FOLDER;
    private static final String REJECTED = "rejected";

    /**
     * One spooled batch.
     *
     * @param file     its file
     * @param firstSeq the stream sequence number of its first point
     * @param points   how many points (lines) it holds
     */
    public record Segment(Path file, long firstSeq, int points) {
    }

    /**
     * What a replay of the spool did.
     *
     * @param sent      points the server accepted
     * @param rejected  points it refused for good (moved to {@code rejected/})
     * @param remaining points still spooled, because the server stopped answering
     * @param failure   why the replay stopped early, or ""
     */
    public record Replay(long sent, long rejected, long remaining, String failure) {
    }

    private final Path dir;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private long points;

    private InfluxSpool(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens a spool, finding the segments a previous process left; creates nothing yet.
     *
     * @param dir the spool folder, e.g. {@code runs/<run-id>/influx-spool}
     * @return the spool
     * @throws IOException when the folder exists but cannot be listed
     */
    public static InfluxSpool open(Path dir) throws IOException {
        InfluxSpool spool = new InfluxSpool(dir);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Segment segment = parse(file);
                    if (segment != null) {
                        spool.segments.put(segment.firstSeq(), segment);
                        spool.points += segment.points();
                    }
                }
            }
        }
        return spool;
    }

    /** @return the spool's folder */
    public Path dir() {
        return dir;
    }

    /**
     * Writes a batch as a new segment, durably.
     *
     * @param firstSeq the sequence number of the first line
     * @param lines    the points, as line protocol
     * @return the new segment
     * @throws IOException when the segment cannot be written; nothing is left behind then
     */
    public Segment append(long firstSeq, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(String.format("%020d-%d.lp", firstSeq, lines.size()));
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        StringBuilder text = new StringBuilder(lines.size() * 160);
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Segment segment = new Segment(file, firstSeq, lines.size());
        synchronized (this) {
            segments.put(firstSeq, segment);
            points += lines.size();
        }
        return segment;
    }

    /** @return the segment to send next (the oldest), or null when the spool is empty */
    public synchronized Segment oldest() {
        return segments.isEmpty() ? null : segments.firstEntry().getValue();
    }

    /**
     * @param segment a segment of this spool
     * @return its points, in order
     * @throws IOException when it cannot be read
     */
    public List<String> read(Segment segment) throws IOException {
        // readAllLines reports bytes that are not UTF-8 as an IOException, where Files.lines would throw unchecked.
        return Files.readAllLines(segment.file(), StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty())
                .toList();
    }

    /**
     * Forgets a segment the server accepted.
     *
     * @param segment the segment
     * @throws IOException when its file cannot be deleted
     */
    public void remove(Segment segment) throws IOException {
        Files.deleteIfExists(segment.file());
        forget(segment);
    }

    /**
     * Moves a segment the server refused for good to {@code rejected/}, kept for a person to read.
     *
     * @param segment the segment
     * @throws IOException when it cannot be moved
     */
    public void reject(Segment segment) throws IOException {
        Path rejected = Files.createDirectories(dir.resolve(REJECTED));
        Files.move(segment.file(), rejected.resolve(segment.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        forget(segment);
    }

    /**
     * Sends every segment, oldest first, deleting each once accepted; stops at the first write
     * that fails for a reason other than a permanent refusal, leaving it and the rest spooled.
     *
     * @param endpoint where to send
     * @return what was sent and what is left
     * @throws IOException when a sent segment cannot be deleted or a refused one moved aside
     */
    public Replay sendTo(InfluxEndpoint endpoint) throws IOException {
        long sent = 0;
        long refused = 0;
        for (Segment segment = oldest(); segment != null; segment = oldest()) {
            try {
                endpoint.write(read(segment));
            } catch (InfluxException e) {
                if (!InfluxEndpoint.permanent(e)) {
                    return new Replay(sent, refused, points(), e.getMessage());
                }
                reject(segment);
                refused += segment.points();
                continue;
            }
            remove(segment);
            sent += segment.points();
        }
        return new Replay(sent, refused, 0, "");
    }

    /** @return the points waiting in the spool */
    public synchronized long points() {
        return points;
    }

    /** @return whether no segment waits */
    public synchronized boolean isEmpty() {
        return segments.isEmpty();
    }

    private synchronized void forget(Segment segment) {
        if (segments.remove(segment.firstSeq()) != null) {
            points -= segment.points();
        }
    }

    private static Segment parse(Path file) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-');
        if (!name.endsWith(".lp") || dash <= 0) {
            return null;
        }
        try {
            return new Segment(file, Long.parseLong(name.substring(0, dash)),
                    Integer.parseInt(name.substring(dash + 1, name.length() - 3)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
