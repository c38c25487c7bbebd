package org.testbench.rigs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Limit;
import org.testbench.standards.LimitTable;

/**
 * Reads a DUT file: identity, rated values written as {@code RPl: 0.05 mm} (a maximum) or
 * {@code efficiency: ">= 80 %"} (a minimum), each optionally followed by {@code example}, and
 * properties procedures compute with ({@code properties: {ratio: 100, rated-torque: 50 Nm}}). A
 * rated value for a characteristic no analysis computes, or in a unit of the wrong quantity, is an
 * error naming its line, so a typo can never leave a result unjudged. {@code limit-table: NAME}
 * adds a bundled limit table's limits for the characteristics the file does not rate itself.
 */
public final class DutFile {

    private DutFile() {
    }

    /**
     * @param nameOrPath a file path, or the name of a DUT file shipped with testbench
     * @param characteristics the symbols that may be rated, with the unit each one's results are in
     * @return the DUT
     * @throws InputException naming the first problem
     */
    public static Dut load(String nameOrPath, Map<String, Unit> characteristics) throws InputException {
        Path path = Path.of(nameOrPath);
        YamlDocument document = Files.isRegularFile(path) ? YamlDocument.read(path)
                : BundledFiles.read("duts", nameOrPath);
        return parse(document, characteristics);
    }

    /**
     * @param document a parsed DUT file
     * @param characteristics the symbols that may be rated, with the unit each one's results are in
     * @return the DUT; its rated values converted to those units
     * @throws InputException naming the first problem
     */
    public static Dut parse(YamlDocument document, Map<String, Unit> characteristics) throws InputException {
        YamlMap top = document.root().asMap();
        String manufacturer = top.required("manufacturer").asText();
        String model = top.required("model").asText();
        String serial = top.required("serial").asText();
        String description = top.optional("description").isPresent() ? top.required("description").asText() : "";
        Map<String, Limit> rated = new LinkedHashMap<>();
        if (top.optional("rated").isPresent()) {
            YamlMap ratedMap = top.required("rated").asMap();
            for (String symbol : ratedMap.keys()) {
                YamlNode node = ratedMap.required(symbol);
                Unit resultUnit = characteristics.get(symbol);
                if (resultUnit == null) {
                    throw ratedMap.keyNode(symbol).error("no characteristic '" + symbol + "' can be rated (known: "
                            + String.join(", ", characteristics.keySet()) + ")");
                }
                rated.put(symbol, limit(node, resultUnit, "rated value of " + model + " s/n " + serial));
            }
        }
        if (top.optional("limit-table").isPresent()) {
            tableLimits(top.required("limit-table"), characteristics).forEach(rated::putIfAbsent);
        }
        Map<String, Amount> properties = top.optional("properties").isPresent()
                ? properties(top.required("properties").asMap()) : Map.of();
        top.rejectUnknown();
        return new Dut(manufacturer, model, serial, description, document.origin(), document.sha256(),
                document.text(), rated, properties);
    }

    /**
     * {@code limit-table: harmonic-gbt30819-example}: a bundled table of a standard's or catalogue
     * class's limits, for every characteristic the DUT file does not rate itself (the maker's own
     * rated values, which depend on the reducer's size, come first).
     */
    private static Map<String, Limit> tableLimits(YamlNode node, Map<String, Unit> characteristics)
            throws InputException {
        Map<String, String> units = new LinkedHashMap<>();
        characteristics.forEach((symbol, unit) -> units.put(symbol, unit.symbol()));
        try {
            return LimitTable.load(node.asText(), units).limits();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Map<String, Amount> properties(YamlMap map) throws InputException {
        Map<String, Amount> properties = new LinkedHashMap<>();
        for (String name : map.keys()) {
            if (!name.matches(SignalName.SIGNAL)) {
                // Procedures name them as $dut.name: a word they can spell.
                throw map.keyNode(name).error("a property name is lower-case letters, digits and '-', found '" + name
                        + "'");
            }
            YamlNode node = map.required(name);
            try {
                properties.put(name, Amount.parse(node.asText()));
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        }
        return properties;
    }

    /**
     * A rated value is "[<=|>=] number unit [example]": a bare number is a maximum, as ISO 9283
     * values are; ">=" makes a minimum (an efficiency, a stiffness); "example" marks a value that
     * is not the maker's published one.
     */
    private static Limit limit(YamlNode node, Unit resultUnit, String source) throws InputException {
        List<String> parts = new ArrayList<>(List.of(node.asText().trim().split("\\s+")));
        boolean minimum = false;
        if (!parts.isEmpty() && List.of("<=", ">=", "\u2264", "\u2265").contains(parts.get(0))) {
            minimum = parts.get(0).equals(">=") || parts.get(0).equals("\u2265");
            parts.remove(0);
        }
        boolean example = parts.size() == 3 && parts.get(2).equals("example");
        if (parts.size() != 2 && !example) {
            throw node.error("write a rated value as '[<= | >=] <number> <unit> [example]', e.g. '0.05 mm' or '>= 80 %'");
        }
        double value;
        Unit unit;
        try {
            value = Double.parseDouble(parts.get(0));
            unit = Unit.of(parts.get(1));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        if (unit.quantity() != resultUnit.quantity()) {
            throw node.error("needs a unit of " + resultUnit.quantity().name().toLowerCase() + ", not '" + unit.symbol()
                    + "'");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw node.error("a rated value must be a number >= 0");
        }
        // Judged against results in their own unit: a lost motion rated "0.0167 deg" becomes 1 arcmin.
        double converted = resultUnit.fromBase(unit.toBase(value));
        Limit limit = minimum ? Limit.atLeast(converted, resultUnit.symbol(), source)
                : Limit.atMost(converted, resultUnit.symbol(), source);
        return example ? limit.asExample() : limit;
    }
}
