package org.testbench.run.offline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * How a tracker's CSV export is laid out: which header names hold the pose id, cycle and
 * coordinates, the delimiter, the decimal separator, the units, and how many lines of preamble
 * precede the header. Defaults read a file whose header is {@code pose,cycle,x,y,z,a,b,c} in mm
 * and degrees; a mapping file or command-line options describe anything else.
 *
 * <pre>
 * # mapping file for an export with a preamble and European number format
 * skip-lines: 3
 * delimiter: ";"
 * decimal-separator: ","
 * length-unit: m
 * angle-unit: rad
 * columns: {pose: Point, cycle: Rep, x: X, y: Y, z: Z, a: Rx, b: Ry, c: Rz}
 * </pre>
 *
 * @param columns          header name per role (pose, cycle, x, y, z, a, b, c); a, b, c may be absent
 *                         from the file, in which case no orientation is read
 * @param delimiter        the field delimiter
 * @param decimalSeparator '.' or ','
 * @param lengthUnit       the unit of x, y, z
 * @param angleUnit        the unit of a, b, c
 * @param skipLines        lines to skip before the header line
 */
public record TrackerCsvFormat(Map<String, String> columns, char delimiter, char decimalSeparator, Unit lengthUnit,
                               Unit angleUnit, int skipLines) {

    /** The roles a column can play, in the order of the default header. */
    public static final List<String> ROLES = List.of("pose", "cycle", "x", "y", "z", "a", "b", "c");

    /** Checks the units measure what they must and freezes the column map. */
    public TrackerCsvFormat {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        if (lengthUnit.quantity() != Unit.Quantity.LENGTH || angleUnit.quantity() != Unit.Quantity.ANGLE) {
            throw new IllegalArgumentException("length unit must be mm, um or m and angle unit deg or rad");
        }
        if (decimalSeparator == delimiter) {
            throw new IllegalArgumentException("the decimal separator cannot also be the delimiter");
        }
    }

    /** @return the default format: header pose,cycle,x,y,z,a,b,c, comma-separated, mm and degrees */
    public static TrackerCsvFormat defaults() {
        Map<String, String> columns = new LinkedHashMap<>();
        ROLES.forEach(r -> columns.put(r, r));
        return new TrackerCsvFormat(columns, ',', '.', Unit.MM, Unit.DEG, 0);
    }

    /**
     * @param file a mapping file
     * @return the defaults, changed as the file says
     * @throws InputException naming the line of an unknown key, role or unit
     */
    public static TrackerCsvFormat read(Path file) throws InputException {
        YamlMap map = YamlDocument.read(file).root().asMap();
        TrackerCsvFormat f = defaults();
        Map<String, String> columns = new LinkedHashMap<>(f.columns);
        if (map.optional("columns").isPresent()) {
            YamlMap c = map.required("columns").asMap();
            for (String role : c.keys()) {
                if (!ROLES.contains(role)) {
                    throw c.keyNode(role).error("unknown column role '" + role + "' (roles: " + String.join(", ", ROLES) + ")");
                }
                columns.put(role, c.required(role).asText());
            }
        }
        char delimiter = map.optional("delimiter").isPresent() ? oneChar(map.required("delimiter")) : f.delimiter;
        char decimal = map.optional("decimal-separator").isPresent() ? oneChar(map.required("decimal-separator")) : f.decimalSeparator;
        Unit length = map.optional("length-unit").isPresent() ? unit(map.required("length-unit")) : f.lengthUnit;
        Unit angle = map.optional("angle-unit").isPresent() ? unit(map.required("angle-unit")) : f.angleUnit;
        int skip = map.optional("skip-lines").isPresent() ? (int) map.required("skip-lines").asLong() : 0;
        map.rejectUnknown();
        try {
            return new TrackerCsvFormat(columns, delimiter, decimal, length, angle, skip);
        } catch (IllegalArgumentException e) {
            throw map.node().error(e.getMessage());
        }
    }

    /**
     * @param delimiterOverride  a delimiter from the command line, or null
     * @param lengthUnitOverride a length unit from the command line, or null
     * @param angleUnitOverride  an angle unit from the command line, or null
     * @return this format with the given options taking precedence
     */
    public TrackerCsvFormat with(Character delimiterOverride, Unit lengthUnitOverride, Unit angleUnitOverride) {
        return new TrackerCsvFormat(columns, delimiterOverride == null ? delimiter : delimiterOverride, decimalSeparator,
                lengthUnitOverride == null ? lengthUnit : lengthUnitOverride,
                angleUnitOverride == null ? angleUnit : angleUnitOverride, skipLines);
    }

    /**
     * @return this format as a mapping file that {@link #read} reads back: the analysis archives
     *     it, so a report regenerated later reads the export exactly as the first time
     */
    public String toMappingFile() {
        StringBuilder yaml = new StringBuilder("# CSV layout used for this analysis (testbench mapping file)\n");
        yaml.append("skip-lines: ").append(skipLines).append('\n');
        yaml.append("delimiter: ").append(quoted(delimiter == '\t' ? "\\t" : String.valueOf(delimiter))).append('\n');
        yaml.append("decimal-separator: ").append(quoted(String.valueOf(decimalSeparator))).append('\n');
        yaml.append("length-unit: ").append(quoted(lengthUnit.symbol())).append('\n');
        yaml.append("angle-unit: ").append(quoted(angleUnit.symbol())).append('\n');
        yaml.append("columns:\n");
        columns.forEach((role, header) -> yaml.append("  ").append(role).append(": ").append(quoted(header)).append('\n'));
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static char oneChar(YamlNode node) throws InputException {
        String text = node.asText();
        String unescaped = text.equals("\\t") ? "\t" : text;
        if (unescaped.length() != 1) {
            throw node.error("must be a single character (use \\t for a tab), found '" + text + "'");
        }
        return unescaped.charAt(0);
    }

    private static Unit unit(YamlNode node) throws InputException {
        try {
            return Unit.of(node.asText());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
