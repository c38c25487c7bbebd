package org.testbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testbench.lab.LabConfig;
import org.testbench.lab.LabFile;
import org.testbench.rigs.yaml.InputException;
import picocli.CommandLine.Option;

/**
 * {@code --lab FILE}, the lab's configuration, shared by the commands that write or check run folders;
 * without the flag, the file named by the environment variable {@value #ENVIRONMENT}.
 */
final class LabOptions {

    /** The environment variable naming the lab file when {@code --lab} is not given. */
    static final String ENVIRONMENT = "TESTBENCH_LAB";

    @Option(names = "--lab", paramLabel = "FILE",
            description = {"The lab file (lab.yaml): name, address, signing key, decision rule.",
                "Default: the file named by $" + ENVIRONMENT + ". Without a signing key, nothing is signed."})
    private Path file;

    /**
     * @return the lab's configuration, checked and with its key open; null when none is given
     * @throws InputException naming the lab file's problem, or the variable that names a missing file
     */
    LabConfig load() throws InputException {
        if (file != null) {
            return LabFile.load(file);
        }
        String variable = System.getenv(ENVIRONMENT);
        if (variable == null || variable.isBlank()) {
            return null;
        }
        if (!Files.isRegularFile(Path.of(variable))) {
            throw new InputException(ENVIRONMENT + "=" + variable, null, "no such lab file");
        }
        return LabFile.load(Path.of(variable));
    }
}
