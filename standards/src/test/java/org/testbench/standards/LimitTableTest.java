package org.testbench.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.testbench.standards.reducer.Reducers;

class LimitTableTest {

    private static final Map<String, String> UNITS = Reducers.units();

    private static LimitTable parse(String text) {
        return LimitTable.parse("t", text, "t.limits", UNITS);
    }

    @Test
    void theIndexListsEveryShippedTable() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/limits"))) {
            List<String> shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".limits"))
                    .map(n -> n.substring(0, n.length() - ".limits".length())).sorted().toList();
            assertThat(LimitTable.bundled()).containsExactlyInAnyOrderElementsOf(shipped).hasSize(3);
        }
    }

    @Test
    void everyShippedValueIsMarkedAsAnExample() {
        // None of the shipped values comes from a published standard (STANDARDS.md: the grade
        // limits were not at hand); the catalogue-typical ones are examples too.
        for (String name : LimitTable.bundled()) {
            LimitTable table = LimitTable.load(name, UNITS);
            assertThat(table.limits()).isNotEmpty();
            assertThat(table.limits().values()).allMatch(Limit::example, "marked example");
        }
    }

    @Test
    void theHarmonicTableCarriesTheCatalogueFigureWithItsSource() {
        LimitTable harmonic = LimitTable.load("harmonic-gbt30819-example", UNITS);
        assertThat(harmonic.standard()).isEqualTo(Reducers.GB_T_30819);
        Limit accuracy = harmonic.limit(Reducers.TRANSMISSION_ACCURACY);
        assertThat(accuracy.maximum()).isEqualTo(1.0);
        assertThat(accuracy.minimum()).isNull();
        assertThat(accuracy.unit()).isEqualTo("arcmin");
        assertThat(accuracy.source()).startsWith("example value, not taken from GB/T 30819")
                .contains("catalogue-typical for ratio >= 50").endsWith("(limits/harmonic-gbt30819-example.limits:14)");
        Limit efficiency = harmonic.limit(Reducers.EFFICIENCY);
        assertThat(efficiency.minimum()).isEqualTo(70.0);
        assertThat(efficiency.maximum()).isNull();
        assertThat(efficiency.judge(69.9)).isEqualTo(Verdict.FAIL);
        assertThat(efficiency.judge(70)).isEqualTo(Verdict.PASS);
        assertThat(LimitTable.load("rv-gbt37718-example", UNITS).standard()).isEqualTo(Reducers.GB_T_37718);
        assertThat(LimitTable.load("harmonic-catalogue-special-example", UNITS).limit(Reducers.TRANSMISSION_ACCURACY)
                .maximum()).isEqualTo(0.5);
    }

    @Test
    void aMinimumAndAMaximumOfOneSymbolMakeOneLimit() {
        LimitTable table = parse("standard: S\nsource: lab\nefficiency >= 70 %\nefficiency <= 100 % example\n");
        Limit both = table.limit(Reducers.EFFICIENCY);
        assertThat(both.minimum()).isEqualTo(70.0);
        assertThat(both.maximum()).isEqualTo(100.0);
        assertThat(both.example()).isTrue();
        assertThat(both.source()).isEqualTo("lab (t.limits:3); lab (t.limits:4)");
    }

    @Test
    void errorsNameFileLineAndColumn() {
        String head = "standard: S\nsource: lab\n";
        assertThatThrownBy(() -> parse(head + "lost-motoin <= 1 arcmin\n"))
                .hasMessageStartingWith("t.limits:3:1: no characteristic 'lost-motoin' (known: hysteresis-loss,");
        assertThatThrownBy(() -> parse(head + "lost-motion <= 1 deg\n"))
                .hasMessage("t.limits:3:18: lost-motion is given in arcmin, not 'deg'");
        assertThatThrownBy(() -> parse(head + "lost-motion  <=  one arcmin\n"))
                .hasMessage("t.limits:3:18: 'one' is not a number");
        assertThatThrownBy(() -> parse(head + "lost-motion < 1 arcmin\n"))
                .hasMessage("t.limits:3:13: expected '<=' or '>=', found '<'");
        assertThatThrownBy(() -> parse(head + "lost-motion <= 1 arcmin exemple\n"))
                .hasMessage("t.limits:3:25: expected 'example' or nothing after the unit, found 'exemple'");
        assertThatThrownBy(() -> parse(head + "lost-motion <= 1 arcmin\n\nlost-motion <= 2 arcmin\n"))
                .hasMessage("t.limits:5:1: lost-motion already has a maximum on line 3");
        assertThatThrownBy(() -> parse(head + "efficiency >= 90 %\nefficiency <= 80 %\n"))
                .hasMessageStartingWith("t.limits:4:1: efficiency: limit minimum 90.0 exceeds its maximum 80.0");
        assertThatThrownBy(() -> parse("source: lab\nlost-motion <= 1 arcmin\n"))
                .hasMessage("t.limits:1:1: missing header 'standard:'");
        assertThatThrownBy(() -> parse(head + "grade: A\n")).hasMessage("t.limits:3:1: unknown header 'grade' (known: standard, source)");
        assertThatThrownBy(() -> LimitTable.load("nonesuch", UNITS)).hasMessageStartingWith("no limit table 'nonesuch' (bundled: ");
    }
}
