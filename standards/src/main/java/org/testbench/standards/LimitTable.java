package org.testbench.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of limits for one standard or catalogue class, read from a small line format that
 * ships in this module's resources as {@code limits/<name>.limits}, one file per table, listed
 * in {@code limits/tables}.
 *
 * <pre>
 * # a comment
 * standard: GB/T 30819-2014
 * source: example values, not taken from GB/T 30819 (its grade limits were not at hand)
 * transmission-accuracy  &lt;=  1.0  arcmin  example  # note, added to the limit's source
 * efficiency             &gt;=  70   %       example
 * </pre>
 *
 * <p>Each limit line is symbol, {@code <=} (a maximum) or {@code >=} (a minimum), value, unit,
 * and the word {@code example} when the value was not taken from a published source. A symbol may
 * appear twice, once with each bound. Both headers are required. Every problem is reported as
 * {@code file:line:column: what is wrong}.
 *
 * @param name     the table's name, e.g. "harmonic-gbt30819-example"
 * @param standard the standard or catalogue class it is for
 * @param source   where its values come from
 * @param limits   the limits by characteristic symbol, in file order
 */
public record LimitTable(String name, String standard, String source, Map<String, Limit> limits) {

    private static final String FOLDER = "/limits/";
    private static final String SUFFIX = ".limits";

    /** Freezes the limits, keeping file order. */
    public LimitTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(source, "source");
        limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    }

    /**
     * @return the names of the tables shipped with this module
     */
    public static List<String> bundled() {
        List<String> names = new ArrayList<>();
        for (String line : read(FOLDER + "tables").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.trim());
            }
        }
        return List.copyOf(names);
    }

    /**
     * @param name         a bundled table's name
     * @param unitBySymbol the characteristics the table may limit, each with its unit
     * @return the table
     * @throws IllegalArgumentException naming the table when it does not exist, or file:line:column
     *                                  and the problem when it is malformed
     */
    public static LimitTable load(String name, Map<String, String> unitBySymbol) {
        if (!bundled().contains(name)) {
            throw new IllegalArgumentException("no limit table '" + name + "' (bundled: " + String.join(", ", bundled())
                    + ")");
        }
        String file = "limits/" + name + SUFFIX;
        return parse(name, read("/" + file), file, unitBySymbol);
    }

    /**
     * @param name         the table's name
     * @param text         the file's text
     * @param file         the file, for messages and for the limits' source
     * @param unitBySymbol the characteristics the table may limit, each with its unit
     * @return the table
     * @throws IllegalArgumentException naming file:line:column and the problem
     */
    public static LimitTable parse(String name, String text, String file, Map<String, String> unitBySymbol) {
        return new LimitTableParser(file, unitBySymbol).parse(name, text);
    }

    /**
     * @param symbol a characteristic's symbol
     * @return its limit, or null when the table has none
     */
    public Limit limit(String symbol) {
        return limits.get(symbol);
    }

    private static String read(String resource) {
        try (InputStream in = LimitTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the standards module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
