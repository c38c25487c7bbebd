package org.testbench.rigs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

/**
 * The rig, DUT and simulator parameter files shipped inside testbench (for the demo and the
 * simulators), read by name.
 */
public final class BundledFiles {

    private BundledFiles() {
    }

    /**
     * @param folder the resource folder, e.g. "rigs", "duts" or "sim"
     * @param name   the file's name without ".yaml"
     * @return the parsed file, its origin "classpath:folder/name.yaml"
     * @throws InputException when there is no such file on disk or bundled
     */
    public static YamlDocument read(String folder, String name) throws InputException {
        String resource = folder + "/" + name + ".yaml";
        try (InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException(name, null, "no such file, and no bundled " + folder + " file of that name");
            }
            return YamlDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            throw new InputException(name, null, "cannot read bundled " + resource + ": " + e.getMessage());
        }
    }
}
