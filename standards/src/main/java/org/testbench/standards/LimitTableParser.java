package org.testbench.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the line format of {@link LimitTable}, checking each line completely and naming
 * file:line:column of the first thing wrong.
 */
final class LimitTableParser {

    /** One word of a line and the column it starts at (1-based). */
    private record Token(String text, int column) {
    }

    /** A limit line, kept until the headers (which give its source) are all read. */
    private record Bound(String symbol, boolean minimum, double value, String unit, boolean example, String note,
                         int line) {
    }

    private final String file;
    private final Map<String, String> unitBySymbol;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Bound> bounds = new ArrayList<>();

    LimitTableParser(String file, Map<String, String> unitBySymbol) {
        this.file = file;
        this.unitBySymbol = unitBySymbol;
    }

    LimitTable parse(String name, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line(i + 1, lines[i]);
        }
        for (String key : List.of("standard", "source")) {
            if (!headers.containsKey(key)) {
                throw new IllegalArgumentException(file + ":1:1: missing header '" + key + ":'");
            }
        }
        Map<String, Limit> limits = new LinkedHashMap<>();
        for (Bound b : bounds) {
            String source = headers.get("source") + (b.note().isEmpty() ? "" : "; " + b.note()) + " (" + file + ":"
                    + b.line() + ")";
            Limit other = limits.get(b.symbol());
            Double min = other == null ? null : other.minimum();
            Double max = other == null ? null : other.maximum();
            if (b.minimum()) {
                min = b.value();
            } else {
                max = b.value();
            }
            if (other != null) {
                source = other.source() + "; " + source;
            }
            try {
                limits.put(b.symbol(), new Limit(min, max, b.unit(), source, b.example() || other != null && other.example()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + b.line() + ":1: " + b.symbol() + ": " + e.getMessage(), e);
            }
        }
        return new LimitTable(name, headers.get("standard"), headers.get("source"), limits);
    }

    private void line(int number, String raw) {
        int hash = raw.indexOf('#');
        String content = hash < 0 ? raw : raw.substring(0, hash);
        String note = hash < 0 ? "" : raw.substring(hash + 1).trim();
        List<Token> tokens = tokens(content);
        if (tokens.isEmpty()) {
            return;
        }
        Token first = tokens.get(0);
        if (first.text().endsWith(":")) {
            header(number, first, content.substring(first.column() - 1 + first.text().length()).trim());
            return;
        }
        if (tokens.size() < 4 || tokens.size() > 5) {
            throw error(number, first.column(), "write a limit as '<symbol> <= <value> <unit> [example]' or with '>=',"
                    + " found " + tokens.size() + " words");
        }
        String symbol = first.text();
        String unit = unitBySymbol.get(symbol);
        if (unit == null) {
            throw error(number, first.column(), "no characteristic '" + symbol + "' (known: "
                    + String.join(", ", unitBySymbol.keySet()) + ")");
        }
        Token operator = tokens.get(1);
        boolean minimum = switch (operator.text()) {
            case ">=", "≥" -> true;
            case "<=", "≤" -> false;
            default -> throw error(number, operator.column(), "expected '<=' or '>=', found '" + operator.text() + "'");
        };
        for (Bound b : bounds) {
            if (b.symbol().equals(symbol) && b.minimum() == minimum) {
                throw error(number, first.column(), symbol + " already has a " + (minimum ? "minimum" : "maximum")
                        + " on line " + b.line());
            }
        }
        Token value = tokens.get(2);
        double bound = value(number, value);
        Token unitToken = tokens.get(3);
        if (!unitToken.text().equals(unit)) {
            throw error(number, unitToken.column(), symbol + " is given in " + unit + ", not '" + unitToken.text() + "'");
        }
        boolean example = false;
        if (tokens.size() == 5) {
            Token mark = tokens.get(4);
            if (!mark.text().equals("example")) {
                throw error(number, mark.column(), "expected 'example' or nothing after the unit, found '" + mark.text()
                        + "'");
            }
            example = true;
        }
        bounds.add(new Bound(symbol, minimum, bound, unit, example, note, number));
    }

    private void header(int number, Token key, String value) {
        String name = key.text().substring(0, key.text().length() - 1);
        if (!name.equals("standard") && !name.equals("source")) {
            throw error(number, key.column(), "unknown header '" + name + "' (known: standard, source)");
        }
        if (headers.containsKey(name)) {
            throw error(number, key.column(), "header '" + name + "' given twice");
        }
        if (value.isEmpty()) {
            throw error(number, key.column(), "header '" + name + "' is empty");
        }
        headers.put(name, value);
    }

    private double value(int number, Token token) {
        double v;
        try {
            v = Double.parseDouble(token.text());
        } catch (NumberFormatException e) {
            throw error(number, token.column(), "'" + token.text() + "' is not a number");
        }
        if (!Double.isFinite(v) || v < 0) {
            throw error(number, token.column(), "a limit must be a finite number >= 0, found '" + token.text() + "'");
        }
        return v;
    }

    private static List<Token> tokens(String content) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < content.length()) {
            while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < content.length() && !Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(content.substring(start, i), start + 1));
            }
        }
        return tokens;
    }

    private IllegalArgumentException error(int line, int column, String message) {
        return new IllegalArgumentException(file + ":" + line + ":" + column + ": " + message);
    }
}
