package org.testbench.run.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.execution.Interruption;
import org.testbench.procedures.execution.RunState;

/**
 * The run manifest, {@code run.json}: what ran, on what, against which DUT, by whom, with which
 * software, when, and how it ended. Written when the run starts and rewritten when it ends.
 *
 * @param runId           the run's identifier and folder name
 * @param softwareVersion the testbench version that ran it
 * @param operator        who ran it
 * @param procedure       the procedure, identified by name and the hash of its exact text
 * @param parameters      the parameter values, as text
 * @param rig             the rig, identified by name and hash
 * @param dut             the device under test
 * @param started         when the run started
 * @param ended           when it ended, or null while it runs
 * @param state           RUNNING while it runs, then how it ended
 * @param message         why it ended early, or ""
 * @param samples         how many samples were recorded
 * @param interruption    what stopped it early (the operator, a safety trip with the violated
 *                        limit), or null when nothing did
 * @param language        the language of the report's labels ({@code en}, {@code zh}, {@code zh-en}), so
 *                        that {@code testbench report} regenerates the same report; null in archives
 *                        written before reports had languages, which were English
 * @param lab             the lab that ran the test, as its lab file named it, for the report's cover;
 *                        null when no lab file was given (or in archives written before runs recorded it)
 * @param client          who commissioned the test ({@code testbench run --client}), or null when not stated
 */
public record RunRecord(String runId, String softwareVersion, String operator, ProcedureRef procedure,
                        Map<String, String> parameters, RigRef rig, DutRef dut, Instant started, Instant ended,
                        RunState state, String message, long samples, Interruption interruption, String language,
                        LabRef lab, String client) {

    /**
     * The lab as recorded.
     *
     * @param name    its name
     * @param address its postal address
     */
    public record LabRef(String name, String address) {
    }

    /**
     * A procedure as recorded.
     *
     * @param name     its name
     * @param title    its title
     * @param standard its standard
     * @param clauses  its clauses
     * @param file     where it was read from
     * @param sha256   the hash of its text (archived as procedure.yaml)
     */
    public record ProcedureRef(String name, String title, String standard, List<String> clauses, String file,
                               String sha256) {
    }

    /**
     * A rig as recorded.
     *
     * @param name        its name
     * @param description its description
     * @param file        where it was read from
     * @param sha256      the hash of its text (archived as rig.yaml)
     * @param endpoints   the endpoint each device was reached at in this run
     */
    public record RigRef(String name, String description, String file, String sha256,
                         Map<String, String> endpoints) {
    }

    /**
     * A DUT as recorded.
     *
     * @param manufacturer its manufacturer
     * @param model        its model
     * @param serial       its serial number
     * @param description  what it is
     * @param file         where it was read from
     * @param sha256       the hash of its text (archived as dut.yaml)
     */
    public record DutRef(String manufacturer, String model, String serial, String description, String file,
                         String sha256) {
    }

    /**
     * @param endedAt    when the run ended
     * @param finalState how it ended
     * @param why        why it ended early, or ""
     * @param count      samples recorded
     * @param stoppedBy  what stopped it early, or null
     * @return this record, ended
     */
    public RunRecord ended(Instant endedAt, RunState finalState, String why, long count, Interruption stoppedBy) {
        return new RunRecord(runId, softwareVersion, operator, procedure, parameters, rig, dut, started, endedAt,
                finalState, why, count, stoppedBy, language, lab, client);
    }
}
