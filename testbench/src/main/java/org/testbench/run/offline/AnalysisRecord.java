package org.testbench.run.offline;

import java.time.Instant;
import java.util.List;

/**
 * The manifest of an offline analysis, {@code analysis.json}: which exported files were analysed
 * (by hash; copies sit beside it, with the CSV layout as {@code format.yaml}), against which DUT,
 * by whom, with which software, and what could not be computed.
 *
 * @param id              the analysis' identifier and folder name
 * @param softwareVersion the testbench version
 * @param operator        who ran it
 * @param created         when
 * @param measured        the measured-points file as given, and its SHA-256
 * @param commanded       the commanded-poses file as given, and its SHA-256, or null when none was given
 * @param dut             the DUT file as given, and its SHA-256, or null when none was given
 * @param formatSha256    the SHA-256 of the archived format.yaml
 * @param notComputed     what could not be computed, with the reason
 */
public record AnalysisRecord(String id, String softwareVersion, String operator, Instant created, FileRef measured,
                             FileRef commanded, FileRef dut, String formatSha256,
                             List<String> notComputed) {

    /**
     * An input file.
     *
     * @param file   the path as given
     * @param sha256 the SHA-256 of its bytes
     */
    public record FileRef(String file, String sha256) {
    }
}
