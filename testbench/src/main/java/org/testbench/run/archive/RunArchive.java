package org.testbench.run.archive;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.Sample;

/**
 * The run archive, {@code runs/<run-id>/}: the embedded store every run writes, always.
 *
 * <ul>
 *   <li>{@code run.json}: the {@link RunRecord}, rewritten at the end;</li>
 *   <li>{@code procedure.yaml}, {@code rig.yaml}, {@code dut.yaml}: the exact files used;</li>
 *   <li>{@code samples.csv}: every sample ({@link SampleCsv}), flushed to the operating system before every
 *       step and at least once a second while samples arrive;</li>
 *   <li>{@code results.json}: the {@link ResultsDocument};</li>
 *   <li>{@code report.html}, {@code report.pdf};</li>
 *   <li>{@code manifest.sha256}: the SHA-256 of every other file, in {@code sha256sum} format, and
 *       {@code manifest.sha256.p7s}, its signature when the lab signs ({@link ArchiveSeal}).</li>
 * </ul>
 * A listener error here is a store fault: it is thrown as {@link UncheckedIOException}.
 */
public final class RunArchive implements RunListener, AutoCloseable {

    /** While samples arrive they are flushed at least this often (fsync comes with the journal, issue 6). */
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final Path dir;
    private final BufferedWriter samples;
    private RunRecord record;
    private long count;
    private long lastFlush = System.nanoTime();

    private RunArchive(Path dir, RunRecord record) throws IOException {
        this.dir = dir;
        this.record = record;
        // A FileOutputStream, not an NIO channel: an interrupt (Ctrl-C) must not close the file
        // and lose the samples still in the buffer.
        this.samples = new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(dir.resolve("samples.csv").toFile()), StandardCharsets.UTF_8));
        samples.write(SampleCsv.HEADER + "\n");
    }

    /**
     * Creates the run's folder and writes run.json and the copies of the input files.
     *
     * @param runsDir   the folder holding all runs
     * @param record    the run record as the run starts
     * @param procedure the procedure file's text
     * @param rig       the rig file's text
     * @param dut       the DUT file's text
     * @return the open archive
     * @throws IOException when the folder exists already or cannot be written
     */
    public static RunArchive create(Path runsDir, RunRecord record, String procedure, String rig, String dut)
            throws IOException {
        Path dir = runsDir.resolve(record.runId());
        Files.createDirectories(runsDir);
        Files.createDirectory(dir);
        Files.writeString(dir.resolve("procedure.yaml"), procedure, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rig.yaml"), rig, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dut.yaml"), dut, StandardCharsets.UTF_8);
        writeDurably(dir.resolve("run.json"), ArchiveJson.text(record));
        return new RunArchive(dir, record);
    }

    /** @return the run's folder */
    public Path dir() {
        return dir;
    }

    @Override
    public void onStepStart(StepStart step) {
        // Before every step, so a long move or dwell never holds recorded samples in memory.
        try {
            samples.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("run archive " + dir + ": cannot flush samples", e);
        }
        lastFlush = System.nanoTime();
    }

    @Override
    public void onSample(Sample sample) {
        try {
            SampleCsv.write(sample, samples);
        } catch (IOException e) {
            throw new UncheckedIOException("run archive " + dir + ": cannot write a sample", e);
        }
        count++;
        flushIfDue();
    }

    @Override
    public void onRunEnd(RunEnd end) {
        try {
            samples.flush();
            record = record.ended(end.time(), end.state(), end.message(), count, end.interruption());
            writeDurably(dir.resolve("run.json"), ArchiveJson.text(record));
        } catch (IOException e) {
            throw new UncheckedIOException("run archive " + dir + ": cannot finish run.json", e);
        }
    }

    /** @return the run record as last written to run.json */
    public RunRecord record() {
        return record;
    }

    /**
     * Flushes the samples written so far, e.g. before the analysis reads them back.
     *
     * @throws IOException when flushing fails
     */
    public void flush() throws IOException {
        samples.flush();
    }

    /**
     * @param results the run's results
     * @throws IOException when results.json cannot be written
     */
    public void writeResults(ResultsDocument results) throws IOException {
        writeDurably(dir.resolve("results.json"), ArchiveJson.text(results));
    }

    @Override
    public void close() throws IOException {
        samples.close();
    }

    private void flushIfDue() {
        long now = System.nanoTime();
        if (now - lastFlush >= FLUSH_NANOS) {
            try {
                samples.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("run archive " + dir + ": cannot flush samples", e);
            }
            lastFlush = now;
        }
    }

    static void writeDurably(Path file, String text) throws IOException {
        writeDurably(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a temporary file, forces it to disk and moves it in place: a crash leaves the old file or the new one. */
    static void writeDurably(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
