package org.testbench.run.influx;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;

/**
 * {@code influx.json} in a run archive: where the run was streamed and what became of its points
 * when the run ended. It names the server, database or bucket, never the token, so that
 * {@code testbench influx flush} and {@code testbench report --from influx} find the run again.
 *
 * @param api            {@code V1} or {@code V2}
 * @param url            the server
 * @param database       the 1.x database, or null
 * @param org            the 2.x/3.x organisation, or null
 * @param bucket         the 2.x/3.x bucket, or null
 * @param points         points the run produced (samples and results)
 * @param written        points InfluxDB had accepted when the run ended
 * @param spooled        points left in {@code influx-spool/} when the run ended
 * @param rejected       points InfluxDB refused for good (in {@code influx-spool/rejected/})
 * @param lost           points neither written nor spooled (the spool could not be written)
 * @param unwritable     samples line protocol cannot carry (e.g. a backslash in a name), never sent
 * @param lastFailure    the last write failure, or ""
 */
public record InfluxRecord(String api, URI url, String database, String org, String bucket, long points,
                           long written, long spooled, long rejected, long lost, long unwritable,
                           String lastFailure) {

    /** The file's name in a run archive. */
    public static final String FILE = "influx.json";

    /**
     * @param target where the run streamed
     * @param tally  what became of its points
     * @param unwritable samples that could not be made points
     * @return the record
     */
    public static InfluxRecord of(InfluxTarget target, InfluxStream.Tally tally, long unwritable) {
        return new InfluxRecord(target.api().name(), target.url(), target.database(), target.org(), target.bucket(),
                tally.added() + unwritable, tally.written(), tally.spooled(), tally.rejected(), tally.lost(),
                unwritable, tally.lastFailure());
    }

    /**
     * @param token where the token lives, for a 2.x/3.x target (or a 1.x server with authentication)
     * @return the target this record names
     */
    public InfluxTarget target(InfluxToken token) {
        return "V2".equals(api) ? InfluxTarget.v2(url, org, bucket, token)
                : token == null ? InfluxTarget.v1(url, database) : InfluxTarget.v1(url, database, token);
    }

    /**
     * @param runDir a run archive
     * @throws IOException when the file cannot be written
     */
    public void write(Path runDir) throws IOException {
        Files.writeString(runDir.resolve(FILE), ArchiveJson.text(this), StandardCharsets.UTF_8);
    }

    /**
     * @param runDir a run archive
     * @return its record
     * @throws InputException when the run was not streamed to InfluxDB or the file is malformed
     */
    public static InfluxRecord read(Path runDir) throws InputException {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new InputException(file.toString(), null, "missing: the run was not streamed to InfluxDB "
                    + "(give --influx and --influx-db or --influx-bucket to name the server)");
        }
        InfluxRecord record = ArchiveJson.read(file, InfluxRecord.class);
        if (record.api() == null || record.url() == null) {
            throw new InputException(file.toString(), record.api() == null ? "api" : "url", "missing");
        }
        return record;
    }
}
