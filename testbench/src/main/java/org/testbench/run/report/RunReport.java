package org.testbench.run.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.testbench.procedures.ParameterSpec;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.reports.ReportFiles;
import org.testbench.reports.ReportLabel;
import org.testbench.reports.ReportLanguage;
import org.testbench.reports.model.Certification;
import org.testbench.reports.model.Condition;
import org.testbench.reports.model.DutSummary;
import org.testbench.reports.model.InstrumentSummary;
import org.testbench.reports.model.ProcedureSummary;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;
import org.testbench.reports.model.SignOff;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.InstrumentDefinition;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.run.archive.RunRecord;
import org.testbench.run.archive.SignOffRecord;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;

/**
 * Turns an archived run into its results and its report. Both the run itself and
 * {@code testbench report} call this, on the archive, so their results are the same.
 */
public final class RunReport {

    private RunReport() {
    }

    /**
     * Analyses a completed run: its results and its figures, in one pass over the samples given.
     * The analyses attach uncertainties where the rig's instruments state theirs, and every verdict
     * is then made under the decision rule. The caller lets the samples go afterwards; nothing
     * here keeps them.
     *
     * @param run     an archived run that completed
     * @param samples its samples: {@link ArchivedRun#samples()}, or the same points read back from InfluxDB
     * @param rule    the decision rule the verdicts are made under, recorded in the results; null for
     *                an archive written before runs recorded one, which is analysed as it was then:
     *                without uncertainties, by simple acceptance
     * @return its results and figures
     * @throws IllegalArgumentException when the samples do not allow an analysis, saying why
     */
    public static RunAnalysis analyze(ArchivedRun run, List<Sample> samples, DecisionRule rule) {
        List<Result> results = rule == null
                ? ProcedureAnalysis.results(run.procedure(), run.parameters(), run.dut(), samples)
                : ProcedureAnalysis.results(run.procedure(), run.parameters(), run.dut(), samples,
                        statedUncertainties(run)).stream().map(r -> r.judgedBy(rule)).toList();
        Verdict verdict = Verdict.overall(results.stream().map(Result::verdict).toList());
        List<Figure> figures = ProcedureAnalysis.figures(run.procedure(), run.parameters(), run.dut(), samples);
        return new RunAnalysis(new ResultsDocument(run.record().runId(), run.procedure().name(),
                run.procedure().standard(), verdict, results, rule), figures);
    }

    /**
     * @return what the calibration of the instrument measuring each signal states, by
     *     {@code device.signal}; a signal no calibrated instrument measures, or one whose certificate
     *     states no uncertainty, is absent
     */
    private static Map<String, StatedUncertainty> statedUncertainties(ArchivedRun run) {
        Map<String, StatedUncertainty> stated = new LinkedHashMap<>();
        for (DeviceDefinition d : run.rig().devices().values()) {
            for (String signal : d.signals().keySet()) {
                InstrumentDefinition i = d.instrumentFor(signal);
                if (i != null && i.uncertainty() > 0) {
                    stated.put(d.name() + "." + signal, new StatedUncertainty(d.name() + "." + signal + " (" + i.model()
                            + ", " + i.serial() + ")", i.uncertainty(), Uncertainty.COVERAGE_FACTOR,
                            i.uncertaintyUnit().symbol(), i.calibrationCertificate()));
                }
            }
        }
        return stated;
    }

    /**
     * Writes report.html and report.pdf into the run's folder.
     *
     * @param run      the archived run
     * @param analysis its results and figures
     * @param language the language of the report's labels
     * @return the files written
     * @throws IOException           when a file cannot be written
     * @throws InputException        when the folder's signoff.json is malformed
     * @throws IllegalStateException when a font the report needs is missing
     */
    public static List<Path> write(ArchivedRun run, RunAnalysis analysis, ReportLanguage language)
            throws IOException, InputException {
        return ReportFiles.write(data(run, analysis, language), language, run.dir());
    }

    /**
     * @param run      the archived run
     * @param analysis its results and figures
     * @param language the language of the labels the conditions are phrased with
     * @return the report's content
     * @throws InputException when the folder's signoff.json is malformed
     */
    public static ReportData data(ArchivedRun run, RunAnalysis analysis, ReportLanguage language) throws InputException {
        ResultsDocument results = analysis.results();
        RunRecord r = run.record();
        return new ReportData(r.runId(), run.procedure().title(), r.started(), r.ended(), r.state().name(),
                r.softwareVersion(), r.operator(),
                new DutSummary(run.dut().manufacturer(), run.dut().model(), run.dut().serial(), run.dut().description()),
                new RigSummary(run.rig().name(), run.rig().description(), r.rig().file(), r.rig().sha256(),
                        instruments(run)),
                new ProcedureSummary(run.procedure().name(), run.procedure().title(), run.procedure().standard(),
                        run.procedure().clauses(), r.procedure().file(), r.procedure().sha256(), r.parameters()),
                conditions(run, language), results.results(), analysis.figures(), List.of(), results.verdict(),
                results.decisionRule() == null ? "" : results.decisionRule().toString(), certification(run));
    }

    /**
     * The cover's content: the run id is the report's number; the lab and client as the run recorded
     * them; the deviations from the standard's parameters and what interrupted the run; the operator
     * as the tester, on the day the run ended, and the review and approval of {@link SignOffRecord}.
     */
    private static Certification certification(ArchivedRun run) throws InputException {
        RunRecord r = run.record();
        List<String> deviations = new ArrayList<>(parameterDeviations(run));
        if (r.interruption() != null) {
            deviations.add(r.interruption().state() + " " + r.interruption().time() + ": " + r.interruption().cause());
        }
        List<SignOff> signOffs = new ArrayList<>();
        if (!r.operator().isBlank() && r.ended() != null) {
            signOffs.add(new SignOff(SignOff.Role.TESTED, r.operator(), r.ended().atOffset(ZoneOffset.UTC).toLocalDate()));
        }
        signOffs.addAll(SignOffRecord.read(run.dir()).signOffs());
        return new Certification(r.runId(), r.lab() == null ? "" : r.lab().name(),
                r.lab() == null ? "" : r.lab().address(), r.client() == null ? "" : r.client(), deviations, signOffs);
    }

    private static List<InstrumentSummary> instruments(ArchivedRun run) {
        List<InstrumentSummary> list = new ArrayList<>();
        for (DeviceDefinition d : run.rig().devices().values()) {
            for (InstrumentDefinition i : d.instruments()) {
                String device = i.measures().isEmpty() ? d.name()
                        : String.join(", ", i.measures().stream().map(m -> d.name() + "." + m).toList());
                list.add(new InstrumentSummary(device, i.model(), i.serial(), i.calibrationCertificate(),
                        i.calibrationDue(), i.uncertainty() + " " + i.uncertaintyUnit().symbol() + " (k = 2)"));
            }
        }
        return list;
    }

    /** @return one sentence per parameter set otherwise than the standard prescribes */
    private static List<String> parameterDeviations(ArchivedRun run) {
        List<String> list = new ArrayList<>();
        for (ParameterSpec spec : run.procedure().parameters()) {
            Object value = run.parameters().get(spec.name());
            if (spec.deviates(value)) {
                list.add(spec.name() + " = " + spec.format(value) + ", " + run.procedure().standard() + " prescribes "
                        + spec.format(spec.standardValue()));
            }
        }
        return list;
    }

    private static List<Condition> conditions(ArchivedRun run, ReportLanguage language) {
        List<Condition> list = new ArrayList<>();
        parameterDeviations(run).forEach(d -> list.add(new Condition(language.text(ReportLabel.DEVIATION), d)));
        run.parameters().asText().forEach((name, value) -> {
            ParameterSpec spec = run.parameters().spec(name);
            String label = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
            list.add(new Condition(label, value.replace(",", ", ") + (spec.unit().isEmpty() ? "" : " " + spec.unit())));
        });
        run.procedure().commandedPoses(run.parameters()).forEach((name, p) -> list.add(new Condition(
                language.format(ReportLabel.COMMANDED_POSE, name), String.format(Locale.ROOT, "x %.3f, y %.3f, z %.3f mm; a %.3f, b %.3f, c %.3f deg",
                        p.position().x(), p.position().y(), p.position().z(), p.a(), p.b(), p.c()))));
        return list;
    }
}
