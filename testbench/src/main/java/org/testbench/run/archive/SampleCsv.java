package org.testbench.run.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;

/**
 * The samples file of a run archive, {@code samples.csv}: one line per sample, readable by a
 * person or a spreadsheet, and read back losslessly (values are written in Java's shortest
 * round-trip form, times as ISO-8601 instants with nanoseconds).
 *
 * <pre>time,device,signal,value,unit,good,context
 * 2026-11-22T05:30:01.123456789Z,tracker,x,1000.2013,mm,true,cycle=1;pose=P1</pre>
 */
public final class SampleCsv {

    /** The header line. */
    public static final String HEADER = "time,device,signal,value,unit,good,context";

    private SampleCsv() {
    }

    /**
     * @param sample a sample
     * @param out    where to append its line
     * @throws IOException when writing fails
     */
    public static void write(Sample sample, Writer out) throws IOException {
        StringBuilder context = new StringBuilder();
        sample.context().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            context.append(context.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
        });
        out.write(sample.time() + "," + sample.device() + "," + sample.signal() + "," + sample.value() + ","
                + sample.unit() + "," + sample.good() + "," + context + "\n");
    }

    /**
     * @param file a samples.csv
     * @return its samples, in file order
     * @throws InputException naming the line and field of a malformed line
     */
    public static List<Sample> read(Path file) throws InputException {
        List<Sample> samples = new ArrayList<>();
        Lines lines = new Lines();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new InputException(file + ":1", null, "expected the header '" + HEADER + "'");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                samples.add(lines.parse(line, file + ":" + number));
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage());
        }
        return samples;
    }

    /**
     * Parses lines, sharing what repeats between them: a long run's samples name a few devices,
     * signals, units and context keys over and over, and the samples of one reading follow each
     * other with one context. Parsed naively every sample would hold a dozen strings of its own
     * (about 1 KB), and the samples a run keeps in memory for its analysis would grow with the
     * run's duration ten times faster than the values themselves do.
     */
    private static final class Lines {

        private final Map<String, String> strings = new HashMap<>();
        private String previousContextText;
        private Map<String, String> previousContext = Map.of();

        private String shared(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }

        Sample parse(String line, String where) throws InputException {
            String[] f = line.split(",", -1);
            if (f.length != 7) {
                throw new InputException(where, null, "expected 7 comma-separated fields, found " + f.length);
            }
            Instant time;
            double value;
            try {
                time = Instant.parse(f[0]);
            } catch (DateTimeParseException e) {
                throw new InputException(where, "time", "not an ISO-8601 instant: '" + f[0] + "'");
            }
            try {
                value = Double.parseDouble(f[3]);
            } catch (NumberFormatException e) {
                throw new InputException(where, "value", "not a number: '" + f[3] + "'");
            }
            if (!f[5].equals("true") && !f[5].equals("false")) {
                throw new InputException(where, "good", "expected true or false, found '" + f[5] + "'");
            }
            return new Sample(time, shared(f[1]), shared(f[2]), value, shared(f[4]), Boolean.parseBoolean(f[5]),
                    context(f[6], where));
        }

        /** @return the context, the previous line's very map when the text is the same */
        private Map<String, String> context(String text, String where) throws InputException {
            if (text.equals(previousContextText)) {
                return previousContext;
            }
            Map<String, String> context = new TreeMap<>();
            if (!text.isEmpty()) {
                for (String pair : text.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new InputException(where, "context", "expected name=value pairs, found '" + pair + "'");
                    }
                    context.put(shared(pair.substring(0, eq)), shared(pair.substring(eq + 1)));
                }
            }
            previousContextText = text;
            // Sample keeps an immutable map as it is, so every sample of the reading holds this one.
            previousContext = Map.copyOf(context);
            return previousContext;
        }
    }
}
