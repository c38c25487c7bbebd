package org.testbench.run.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

/**
 * A run read back from its archive folder: the record, the exact procedure, rig and DUT files it
 * used (re-parsed from the archived copies, not from wherever they live now), and its samples on
 * demand. The samples are not part of the value: a life test records without end, and whoever
 * holds the run (while its report prints, say) would hold every sample with it. They are read when
 * an analysis asks ({@link #samples()}) and let go when it is done.
 *
 * @param dir        the run's folder
 * @param record     run.json
 * @param procedure  procedure.yaml, parsed
 * @param parameters the run's parameter values, re-bound from run.json
 * @param rig        rig.yaml, parsed
 * @param dut        dut.yaml, parsed
 */
public record ArchivedRun(Path dir, RunRecord record, Procedure procedure, Parameters parameters,
                          RigDefinition rig, Dut dut) {

    /**
     * @param dir a run folder, {@code runs/<run-id>}
     * @return the run
     * @throws InputException naming the archive file that is missing or malformed
     */
    public static ArchivedRun load(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), null, "no such run folder");
        }
        RunRecord record = ArchiveJson.read(dir.resolve("run.json"), RunRecord.class);
        if (record.runId() == null || record.parameters() == null || record.state() == null || record.started() == null) {
            throw new InputException(dir.resolve("run.json").toString(), null,
                    "incomplete: runId, parameters, state and started are required");
        }
        Procedure procedure = ProcedureFile.parse(YamlDocument.read(dir.resolve("procedure.yaml")));
        Parameters parameters = Parameters.bind(procedure.parameters(), record.parameters(),
                dir.resolve("run.json") + " parameters");
        RigDefinition rig = RigFile.parse(YamlDocument.read(dir.resolve("rig.yaml")));
        Dut dut = DutFile.parse(YamlDocument.read(dir.resolve("dut.yaml")), ProcedureAnalysis.ratable());
        return new ArchivedRun(dir, record, procedure, parameters, rig, dut);
    }

    /**
     * @return the run's samples, read from samples.csv now, in recording order
     * @throws InputException naming the line and field of a malformed line
     */
    public List<Sample> samples() throws InputException {
        return SampleCsv.read(dir.resolve("samples.csv"));
    }

    /**
     * @param newRecord the run's record as it stands now, e.g. after the run ended
     * @return this run with that record
     */
    public ArchivedRun withRecord(RunRecord newRecord) {
        return new ArchivedRun(dir, newRecord, procedure, parameters, rig, dut);
    }
}
