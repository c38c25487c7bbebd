package org.testbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.lab.LabConfig;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.offline.OfflineAnalysis;
import org.testbench.run.offline.TrackerCsvFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testbench analyze}: analysis of data measured elsewhere. */
@Command(name = "analyze", mixinStandardHelpOptions = true, subcommands = AnalyzeCommand.Iso9283Poses.class,
        description = "Analyses data measured outside testbench, e.g. a laser tracker's CSV export.")
final class AnalyzeCommand extends CommandGroup {

    /** {@code testbench analyze iso9283}. */
    @Command(name = "iso9283", mixinStandardHelpOptions = true,
            description = {"ISO 9283 pose accuracy (AP) and repeatability (RP) from a tracker's CSV export.",
                "Writes runs/<id>/ with results.json and the report, like a live run. Without --commanded only",
                "repeatability is computed; without a, b, c columns no orientation; the report says what and why.",
                "Default layout: header pose,cycle,x,y,z[,a,b,c], comma-separated, mm and degrees."})
    static final class Iso9283Poses implements Callable<Integer> {

        @Option(names = "--measured", required = true, paramLabel = "FILE",
                description = "Measured points: pose id, cycle, x, y, z and optionally a, b, c.")
        private Path measured;

        @Option(names = "--commanded", paramLabel = "FILE", description = "Commanded poses: pose id, x, y, z [, a, b, c].")
        private Path commanded;

        @Option(names = "--dut", paramLabel = "DUT", description = "DUT file with rated values (else nothing is judged).")
        private String dut;

        @Option(names = "--format", paramLabel = "FILE",
                description = "Mapping file: columns, delimiter, decimal-separator, length-unit, angle-unit, skip-lines.")
        private Path mapping;

        @Option(names = "--delimiter", paramLabel = "C", description = "Field delimiter, e.g. ';' (\\t for a tab).")
        private String delimiter;

        @Option(names = "--length-unit", paramLabel = "U", description = "Unit of x, y, z: mm, um or m.")
        private String lengthUnit;

        @Option(names = "--angle-unit", paramLabel = "U", description = "Unit of a, b, c: deg or rad.")
        private String angleUnit;

        @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
                description = "Where the analysis folder goes (default: ${DEFAULT-VALUE}).")
        private Path runsDir;

        @Option(names = "--operator", paramLabel = "NAME", description = "Who runs the analysis (default: the login name).")
        private String operator;

        @Mixin
        private LabOptions lab;

        @Mixin
        private LanguageOptions language;

        @Mixin
        private OutputOptions output;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            output.applyLogLevel();
            TrackerCsvFormat format = (mapping == null ? TrackerCsvFormat.defaults() : TrackerCsvFormat.read(mapping))
                    .with(delimiter(), unit("--length-unit", lengthUnit), unit("--angle-unit", angleUnit));
            LabConfig labConfig = lab.load();
            OfflineAnalysis.Outcome outcome = OfflineAnalysis.run(measured, commanded, dut, format, runsDir,
                    operator == null ? System.getProperty("user.name", "unknown") : operator,
                    labConfig == null ? null : labConfig.signingKey(), language.load());
            var out = spec.commandLine().getOut();
            if (output.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", outcome.results().runId());
                json.put("verdict", outcome.results().verdict());
                json.put("folder", outcome.dir().toString());
                json.put("notComputed", outcome.notComputed());
                json.put("reports", outcome.reports().stream().map(Object::toString).toList());
                json.put("results", outcome.results().results());
                out.print(ArchiveJson.text(json));
            } else {
                if (!outcome.results().results().isEmpty()) {
                    out.print(ResultsTable.render(outcome.results().results()));
                }
                outcome.notComputed().forEach(n -> out.println("not computed: " + n));
                out.println("verdict: " + outcome.results().verdict());
                out.println("folder:  " + outcome.dir());
                outcome.reports().forEach(r -> out.println("report:  " + r));
            }
            out.flush();
            return outcome.results().verdict() == org.testbench.standards.Verdict.FAIL ? ExitCode.VERDICT_FAILED
                    : ExitCode.PASS;
        }

        private Character delimiter() throws InputException {
            if (delimiter == null) {
                return null;
            }
            String d = delimiter.equals("\\t") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw new InputException("--delimiter " + delimiter, null, "must be a single character (\\t for a tab)");
            }
            return d.charAt(0);
        }

        private static Unit unit(String flag, String symbol) throws InputException {
            if (symbol == null) {
                return null;
            }
            try {
                return Unit.of(symbol);
            } catch (IllegalArgumentException e) {
                throw new InputException(flag + " " + symbol, null, e.getMessage());
            }
        }
    }
}
