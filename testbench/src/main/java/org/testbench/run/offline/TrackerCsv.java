package org.testbench.run.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Pose;

/**
 * Reads pose data exported by a tracker's own software: measured poses (pose id, cycle, x, y, z
 * and optionally a, b, c) and commanded poses (pose id, x, y, z and optionally a, b, c). Values are
 * converted to mm and degrees. A malformed row is an error naming the file, line and column.
 */
public final class TrackerCsv {

    private static final List<String> ORIENTATION = List.of("a", "b", "c");

    private TrackerCsv() {
    }

    /**
     * Attained poses grouped by pose id, in the order the ids first appear.
     *
     * @param byPose      the attained poses of each pose id, in cycle order
     * @param orientation whether the file has a, b, c (when not, orientation characteristics cannot be computed)
     */
    public record Measured(Map<String, List<Pose>> byPose, boolean orientation) {
    }

    /**
     * Commanded poses by pose id.
     *
     * @param byPose      the commanded pose of each id
     * @param orientation whether the file has a, b, c
     */
    public record Commanded(Map<String, Pose> byPose, boolean orientation) {
    }

    /**
     * @param file   the measured-points export
     * @param format its layout
     * @return the attained poses
     * @throws InputException naming file, line and column of the first problem
     */
    public static Measured measured(Path file, TrackerCsvFormat format) throws InputException {
        Table table = Table.read(file, format, List.of("pose", "cycle", "x", "y", "z"));
        Map<String, Map<Long, Pose>> byPose = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Row row : table.rows) {
            long cycle = row.integer("cycle");
            String key = row.text("pose") + "/" + cycle;
            Integer earlier = firstLine.putIfAbsent(key, row.line);
            if (earlier != null) {
                throw row.error("cycle", "pose " + row.text("pose") + " cycle " + cycle + " appears twice (first at line "
                        + earlier + ")");
            }
            byPose.computeIfAbsent(row.text("pose"), k -> new java.util.TreeMap<>()).put(cycle, row.pose(table.orientation));
        }
        if (byPose.isEmpty()) {
            throw new InputException(file.toString(), null, "no data rows after the header");
        }
        Map<String, List<Pose>> lists = new LinkedHashMap<>();
        byPose.forEach((pose, cycles) -> lists.put(pose, List.copyOf(cycles.values())));
        return new Measured(lists, table.orientation);
    }

    /**
     * @param file   the commanded-poses export
     * @param format its layout (the cycle column is not used)
     * @return the commanded poses
     * @throws InputException naming file, line and column of the first problem
     */
    public static Commanded commanded(Path file, TrackerCsvFormat format) throws InputException {
        Table table = Table.read(file, format, List.of("pose", "x", "y", "z"));
        Map<String, Pose> byPose = new LinkedHashMap<>();
        for (Row row : table.rows) {
            if (byPose.put(row.text("pose"), row.pose(table.orientation)) != null) {
                throw row.error("pose", "pose " + row.text("pose") + " is commanded twice");
            }
        }
        return new Commanded(byPose, table.orientation);
    }

    /** The rows of a file, with the column index of each role found in its header. */
    private static final class Table {
        final List<Row> rows = new ArrayList<>();
        boolean orientation;

        static Table read(Path file, TrackerCsvFormat format, List<String> required) throws InputException {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(file.toString(), null, "cannot read: " + e.getMessage());
            }
            int headerIndex = format.skipLines();
            if (lines.size() <= headerIndex) {
                throw new InputException(file.toString(), null, "no header line after skipping " + headerIndex + " lines");
            }
            String[] header = split(lines.get(headerIndex), format.delimiter());
            Map<String, Integer> index = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : format.columns().entrySet()) {
                for (int i = 0; i < header.length; i++) {
                    if (header[i].trim().equalsIgnoreCase(c.getValue())) {
                        index.put(c.getKey(), i);
                    }
                }
            }
            String where = file + ":" + (headerIndex + 1);
            for (String role : required) {
                if (!index.containsKey(role)) {
                    throw new InputException(where, null, "no column '" + format.columns().get(role) + "' for " + role
                            + " in the header " + String.join(String.valueOf(format.delimiter()), header));
                }
            }
            long angles = ORIENTATION.stream().filter(index::containsKey).count();
            if (angles != 0 && angles != 3) {
                throw new InputException(where, null, "orientation needs all of a, b, c columns or none");
            }
            Table table = new Table();
            table.orientation = angles == 3;
            for (int i = headerIndex + 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    table.rows.add(new Row(file, i + 1, split(lines.get(i), format.delimiter()), index, header.length,
                            format));
                }
            }
            return table;
        }

        private static String[] split(String line, char delimiter) {
            String[] fields = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
            for (int i = 0; i < fields.length; i++) {
                String f = fields[i].trim();
                fields[i] = f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
            }
            return fields;
        }
    }

    /** One data line. */
    private static final class Row {
        final Path file;
        final int line;
        final String[] fields;
        final Map<String, Integer> index;
        final TrackerCsvFormat format;

        Row(Path file, int line, String[] fields, Map<String, Integer> index, int width, TrackerCsvFormat format)
                throws InputException {
            this.file = file;
            this.line = line;
            this.fields = fields;
            this.index = index;
            this.format = format;
            if (fields.length != width) {
                throw new InputException(file + ":" + line, null, "expected " + width + " fields like the header, found "
                        + fields.length);
            }
        }

        String text(String role) throws InputException {
            String v = fields[index.get(role)];
            if (v.isEmpty()) {
                throw error(role, "is empty");
            }
            return v;
        }

        long integer(String role) throws InputException {
            String v = text(role);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(role, "expected a whole number, found '" + v + "'");
            }
        }

        double number(String role) throws InputException {
            String v = text(role);
            String normalised = format.decimalSeparator() == ',' ? v.replace(',', '.') : v;
            try {
                double d = Double.parseDouble(normalised);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(role, "expected a number, found '" + v + "'");
        }

        Pose pose(boolean orientation) throws InputException {
            double[] v = new double[6];
            for (int i = 0; i < 3; i++) {
                v[i] = format.lengthUnit().toBase(number(TrackerCsvFormat.ROLES.get(2 + i)));
            }
            for (int i = 0; orientation && i < 3; i++) {
                v[3 + i] = format.angleUnit().toBase(number(ORIENTATION.get(i)));
            }
            return Pose.of(v[0], v[1], v[2], v[3], v[4], v[5]);
        }

        InputException error(String role, String message) {
            int column = index.get(role) + 1;
            return new InputException(file + ":" + line, "column " + column + " (" + format.columns().get(role) + ")",
                    message);
        }
    }
}
