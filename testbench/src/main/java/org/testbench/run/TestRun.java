package org.testbench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.execution.Interruption;
import org.testbench.procedures.execution.ProcedureExecution;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunStart;
import org.testbench.procedures.execution.RunState;
import org.testbench.procedures.step.RigDevices;
import org.testbench.procedures.step.StepContext;
import org.testbench.protocols.ChannelException;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Rig;
import org.testbench.rigs.Sample;
import org.testbench.rigs.safety.SafetySupervisor;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveSeal;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.run.archive.RunArchive;
import org.testbench.run.archive.RunRecord;
import org.testbench.run.influx.InfluxRecord;
import org.testbench.run.influx.InfluxRunListener;
import org.testbench.run.influx.RunSchema;
import org.testbench.run.report.RunAnalysis;
import org.testbench.run.report.RunReport;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Verdict;

/**
 * One run, start to finish: check, archive, connect, supervise, execute, analyse, report. The
 * analysis reads the samples back from the archive, exactly as {@code testbench report} does, so a
 * regenerated report always has the same results as the run's own. Whatever happens after the
 * archive is created, it is finished: results.json, the final run.json and the manifest are always
 * written, and the manifest is signed when the lab's configuration has a signing key.
 *
 * <p>While the steps execute, a {@link SafetySupervisor} watches the rig file's limits; its trip,
 * like the operator's Ctrl-C or SIGTERM, goes through the run's {@link RunStop}: the run's thread
 * is interrupted, teardown drives the rig to its safe state, and the run ends as SAFETY_TRIP (or
 * INTERRUPTED) with the interruption in run.json. Listeners hear of it from the run's thread only,
 * in {@code onRunEnd}.
 */
public final class TestRun {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private TestRun() {
    }

    /**
     * @param inputs  the procedure, parameters, rig and DUT
     * @param options where to archive and who listens
     * @return what the run produced
     * @throws InputException when the inputs do not fit together or the InfluxDB token cannot be read;
     *                        nothing has been connected
     * @throws IOException    when the archive cannot be written (a store fault); InfluxDB being down is not one
     */
    public static RunSummary execute(RunInputs inputs, RunOptions options) throws InputException, IOException {
        inputs.check();
        if (options.influx() != null && options.influx().token() != null) {
            // Read once now, so a missing token is bad input before anything is created.
            options.influx().token().resolve();
        }
        Procedure procedure = inputs.procedure();
        Instant started = Instant.now();
        String runId = ID_TIME.format(started) + "-" + procedure.name() + "-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        InfluxRunListener influx = null;
        try (RunArchive archive = RunArchive.create(options.runsDir(), record(runId, inputs, options, started),
                procedure.text(), inputs.rig().text(), inputs.dut().text())) {
            List<RunListener> others = new ArrayList<>();
            if (options.influx() != null) {
                // Connects lazily: InfluxDB being down neither stops nor fails the run; points wait in the spool.
                influx = new InfluxRunListener(options.influx(), archive.dir(),
                        new RunSchema(runId, inputs.rig().name(), inputs.dut().serial()), options.influxSettings());
                others.add(influx);
            }
            others.addAll(options.listeners());
            RunStop stop = options.stop() != null ? options.stop() : new RunStop();
            return run(inputs, archive, new RunListeners(stop, archive, others), stop, influx, runId, started, options);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (influx != null) {
                influx.finish();
            }
        }
    }

    private static RunSummary run(RunInputs inputs, RunArchive archive, RunListeners listeners, RunStop stop,
                                  InfluxRunListener influx, String runId, Instant started, RunOptions options)
            throws IOException {
        Procedure procedure = inputs.procedure();
        ProcedureExecution.Outcome outcome;
        // The supervisor is closed before the rig: no check runs on a channel being closed.
        try (Rig rig = Rig.connect(inputs.rig());
             SafetySupervisor supervisor = SafetySupervisor.start(rig, t -> stop.request(Interruption.safetyTrip(t)))) {
            StepContext context = StepContext.builder(inputs.parameters(), listeners)
                    .poses(procedure.commandedPoses(inputs.parameters())).devices(devices(inputs, rig))
                    .dutProperties(inputs.dut().properties()).build();
            listeners.onRunStart(new RunStart(runId, procedure.name(), inputs.parameters().asText(), started,
                    procedure.plannedLeaves(context)));
            stop.executionStarting();
            outcome = ProcedureExecution.execute(procedure, context);
            // Teardown has run; the rig file's own safe state follows it, interrupt flag cleared so the writes go out.
            Thread.interrupted();
            outcome = withSafeState(outcome, rig.applySafeState());
        } catch (ChannelException e) {
            listeners.onRunStart(new RunStart(runId, procedure.name(), inputs.parameters().asText(), started, 0));
            outcome = new ProcedureExecution.Outcome(RunState.RIG_FAULT, "cannot connect: " + e.getMessage());
        }
        // Teardown has handled an interruption; the flag would now only break the archive's I/O.
        Thread.interrupted();
        // Whatever the steps say, an interruption explains how they ended; what they say follows it.
        Interruption interruption = stop.finish().orElse(null);
        if (interruption != null) {
            outcome = new ProcedureExecution.Outcome(interruption.state(), interruption.cause()
                    + (outcome.message().isEmpty() ? "" : "; " + outcome.message()));
        }
        try {
            archive.flush();
            // The analysis reads the archive, exactly as `testbench report` does; only run.json changes at the end.
            ArchivedRun archived = load(archive.dir());
            RunState state = outcome.state();
            String message = outcome.message();
            DecisionRule rule = options.lab() == null ? DecisionRule.simpleAcceptance() : options.lab().decisionRule();
            RunAnalysis analysis = RunAnalysis.withoutFigures(new ResultsDocument(runId, procedure.name(),
                    procedure.standard(), Verdict.NOT_EVALUATED, List.of(), rule));
            if (state == RunState.COMPLETED) {
                try {
                    analysis = RunReport.analyze(archived, samples(archived), rule);
                } catch (IllegalArgumentException e) {
                    state = RunState.ANALYSIS_FAILED;
                    message = "analysis failed: " + e.getMessage();
                }
            }
            ResultsDocument results = analysis.results();
            results.results().forEach(listeners::onResult);
            archive.writeResults(results);
            InfluxRecord streamed = influx == null ? null : influx.finish();
            if (streamed != null) {
                streamed.write(archive.dir());
            }
            if (!listeners.failures().isEmpty()) {
                message = (message.isEmpty() ? "" : message + "; ") + String.join("; ", listeners.failures());
            }
            listeners.onRunEnd(new RunEnd(runId, state, results.verdict(), Instant.now(), message, interruption));
            List<Path> reports;
            try {
                reports = RunReport.write(archived.withRecord(archive.record()), analysis, options.language());
            } catch (InputException e) {
                throw new IOException("the run folder just written cannot be read back: " + e.getMessage(), e);
            }
            return new RunSummary(runId, archive.dir(), state, results.verdict(), message, results.results(), reports,
                    listeners.failures(), streamed);
        } finally {
            ArchiveSeal.seal(archive.dir(), options.lab() == null ? null : options.lab().signingKey());
        }
    }

    /** A safe-state write that failed makes a completed run a rig fault, and is always said. */
    private static ProcedureExecution.Outcome withSafeState(ProcedureExecution.Outcome outcome, List<String> failures) {
        if (failures.isEmpty()) {
            return outcome;
        }
        RunState state = outcome.state() == RunState.COMPLETED ? RunState.RIG_FAULT : outcome.state();
        String failed = String.join("; ", failures);
        return new ProcedureExecution.Outcome(state, outcome.message().isEmpty() ? failed : outcome.message() + "; " + failed);
    }

    /** The robot and tracker the procedure uses, every generic device of the rig, and the rig's clock. */
    private static RigDevices devices(RunInputs inputs, Rig rig) {
        String robot = inputs.deviceName(DeviceType.ROBOT);
        String tracker = inputs.deviceName(DeviceType.POSE_TRACKER);
        RigDevices.Builder devices = RigDevices.builder().robot(robot == null ? null : rig.robot(robot))
                .tracker(tracker == null ? null : rig.tracker(tracker)).clock(rig.clock());
        inputs.rig().devicesOfType(DeviceType.GENERIC).forEach(d -> devices.generic(rig.signals(d.name())));
        return devices.build();
    }

    private static ArchivedRun load(Path dir) throws IOException {
        try {
            return ArchivedRun.load(dir);
        } catch (InputException e) {
            throw new IOException("the run archive just written cannot be read back: " + e.getMessage(), e);
        }
    }

    private static List<Sample> samples(ArchivedRun archived) throws IOException {
        try {
            return archived.samples();
        } catch (InputException e) {
            throw new IOException("the samples just written cannot be read back: " + e.getMessage(), e);
        }
    }

    private static RunRecord record(String runId, RunInputs inputs, RunOptions options, Instant started) {
        Procedure p = inputs.procedure();
        Map<String, String> endpoints = new LinkedHashMap<>();
        inputs.rig().devices().forEach((name, d) -> endpoints.put(name, d.endpoint()));
        return new RunRecord(runId, options.softwareVersion(), options.operator(),
                new RunRecord.ProcedureRef(p.name(), p.title(), p.standard(), p.clauses(), p.origin(), p.sha256()),
                inputs.parameters().asText(),
                new RunRecord.RigRef(inputs.rig().name(), inputs.rig().description(), inputs.rig().file(),
                        inputs.rig().sha256(), endpoints),
                new RunRecord.DutRef(inputs.dut().manufacturer(), inputs.dut().model(), inputs.dut().serial(),
                        inputs.dut().description(), inputs.dut().file(), inputs.dut().sha256()),
                started, null, RunState.RUNNING, "", 0, null, options.language().option(),
                options.lab() == null ? null : new RunRecord.LabRef(options.lab().name(), options.lab().address()),
                options.client());
    }
}
