package org.testbench.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisTypes;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads procedure files, built-in or from disk, and checks them completely before a rig moves:
 * unknown keys, step types, references, pose names, quantities and analyses are errors naming
 * file, line, column and field; nothing is silently skipped. What only a run's rig, DUT and
 * parameter values can settle is collected for {@link Procedure#check}.
 */
public final class ProcedureFile {

    private static final String BUILTIN_DIR = "procedures/";

    private ProcedureFile() {
    }

    /**
     * @param nameOrPath a built-in procedure's name (see {@link #builtinNames()}) or a file path
     * @return the checked procedure
     * @throws InputException when neither exists or the file is invalid
     */
    public static Procedure load(String nameOrPath) throws InputException {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return parse(YamlDocument.read(path));
        }
        if (builtinNames().contains(nameOrPath)) {
            return parse(YamlDocument.parse(builtinText(nameOrPath), "classpath:" + BUILTIN_DIR + nameOrPath + ".yaml"));
        }
        throw new InputException(nameOrPath, null, "no such procedure file, and no built-in procedure of that name"
                + " (built-in: " + String.join(", ", builtinNames()) + ")");
    }

    /** @return the names of the procedures shipped with testbench */
    public static List<String> builtinNames() {
        return List.of(builtinText("index").strip().split("\\s+"));
    }

    private static String builtinText(String name) {
        String resource = BUILTIN_DIR + name + (name.equals("index") ? ".txt" : ".yaml");
        try (InputStream in = ProcedureFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in procedure resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * @param document a parsed procedure file
     * @return the checked procedure
     * @throws InputException naming the first problem
     */
    public static Procedure parse(YamlDocument document) throws InputException {
        YamlMap top = document.root().asMap();
        String name = top.required("procedure").asText();
        String title = top.required("title").asText();
        String standard = top.required("standard").asText();
        List<String> clauses = new ArrayList<>();
        for (YamlNode c : top.required("clauses").asList()) {
            clauses.add(c.asText());
        }
        String description = top.optional("description").isPresent() ? top.required("description").asText() : "";
        List<ParameterSpec> parameters = new ArrayList<>();
        if (top.optional("parameters").isPresent()) {
            YamlMap params = top.required("parameters").asMap();
            for (String p : params.keys()) {
                parameters.add(ParameterFile.parse(p, params.required(p)));
            }
        }
        TestCubePoses poses = null;
        if (top.optional("poses").isPresent()) {
            YamlMap posesMap = top.required("poses").asMap();
            poses = TestCubePoses.parse(posesMap.required("test-cube").asMap(),
                    new StepParser(parameters, TestCubePoses.NAMES));
            posesMap.rejectUnknown();
        }
        StepParser steps = new StepParser(parameters, poses == null ? List.of() : TestCubePoses.NAMES);
        List<Step> setup = group(top, "setup", steps);
        List<Step> main = group(top, "main", steps);
        List<Step> teardown = group(top, "teardown", steps);
        if (main.isEmpty()) {
            throw top.node().error("'main' must hold at least one step");
        }
        List<Analysis> analyses = top.optional("analysis").isPresent()
                ? AnalysisTypes.installed().parse(top.required("analysis"), steps) : List.of();
        top.rejectUnknown();
        return new Procedure(name, title, standard, clauses, description, document.origin(), document.sha256(),
                document.text(), parameters, poses, setup, main, teardown, analyses, steps.requirements());
    }

    private static List<Step> group(YamlMap top, String key, StepParser parser) throws InputException {
        return top.optional(key).isPresent() ? parser.steps(top.required(key)) : List.of();
    }
}
