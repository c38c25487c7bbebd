package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

class DutFileTest {

    private static final Map<String, Unit> RATABLE = Map.of("RPl", Unit.MM, "APp", Unit.MM, "RPa", Unit.DEG,
            "efficiency", Unit.PERCENT, "lost-motion", Unit.ARCMIN);

    private static Dut parse(String text) throws InputException {
        return DutFile.parse(YamlDocument.parse(text, "dut.yaml"), RATABLE);
    }

    @Test
    void ratedValuesBecomeLimitsInTheUnitOfTheirResults() throws Exception {
        Dut dut = parse("manufacturer: M\nmodel: R-1\nserial: S-9\nrated:\n  RPl: 20 um\n  RPa: 0.001 rad\n");
        assertThat(dut.serial()).isEqualTo("S-9");
        assertThat(dut.rated().get("RPl").maximum()).isCloseTo(0.020, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(dut.rated().get("RPl").unit()).isEqualTo("mm");
        assertThat(dut.rated().get("RPa").maximum()).isCloseTo(0.0572958, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(dut.rated().get("RPa").source()).isEqualTo("rated value of R-1 s/n S-9");
    }

    @Test
    void aRatedAngleIsConvertedToTheArcminutesItsResultIsIn() throws Exception {
        // 0.02 deg x 60 arcmin/deg = 1.2 arcmin: the limit must be compared with a lost motion in arcmin.
        Dut dut = parse("manufacturer: M\nmodel: H-1\nserial: S-1\nrated:\n  lost-motion: 0.02 deg\n");
        assertThat(dut.rated().get("lost-motion").maximum()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(dut.rated().get("lost-motion").unit()).isEqualTo("arcmin");
    }

    @Test
    void aLimitTableRatesWhatTheDutFileDoesNotAndItsOwnValuesComeFirst() throws Exception {
        Map<String, Unit> reducer = Map.of("lost-motion", Unit.ARCMIN, "hysteresis-loss", Unit.ARCMIN,
                "transmission-accuracy", Unit.ARCMIN, "efficiency", Unit.PERCENT, "temperature-rise", Unit.DEGC);
        Dut dut = DutFile.parse(YamlDocument.parse("manufacturer: M\nmodel: H-1\nserial: S-1\n"
                + "limit-table: harmonic-gbt30819-example\nrated:\n  lost-motion: 0.6 arcmin\n", "dut.yaml"), reducer);
        assertThat(dut.rated().get("lost-motion").maximum()).isEqualTo(0.6);
        assertThat(dut.rated().get("lost-motion").example()).isFalse();
        assertThat(dut.rated().get("transmission-accuracy").maximum()).isEqualTo(1.0);
        assertThat(dut.rated().get("transmission-accuracy").example()).as("the table's values are examples").isTrue();
        assertThat(dut.rated().get("efficiency").minimum()).isEqualTo(70.0);
        assertThatThrownBy(() -> DutFile.parse(YamlDocument.parse("manufacturer: M\nmodel: H-1\nserial: S-1\n"
                + "limit-table: harmonic-gbt99999\n", "dut.yaml"), reducer))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("dut.yaml:4:14: limit-table: no limit table 'harmonic-gbt99999' (bundled: ");
    }

    @Test
    void aRatedValueCanBeAMinimumAndCanBeMarkedAsAnExample() throws Exception {
        // '>' opens a folded block in YAML, so '>=' needs quotes; '≥' and '<=' do not.
        Dut dut = parse("manufacturer: M\nmodel: R-1\nserial: S-9\nrated:\n  efficiency: \">= 80 %\"\n"
                + "  RPl: <= 20 um example\n  APp: 0.1 mm\n");
        assertThat(dut.rated().get("efficiency").minimum()).isEqualTo(80.0);
        assertThat(dut.rated().get("efficiency").maximum()).isNull();
        assertThat(dut.rated().get("efficiency").unit()).isEqualTo("%");
        assertThat(dut.rated().get("efficiency").example()).isFalse();
        assertThat(dut.rated().get("RPl").maximum()).isCloseTo(0.020, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(dut.rated().get("RPl").example()).isTrue();
        assertThat(dut.rated().get("APp").example()).isFalse();
        Dut unicode = parse("manufacturer: M\nmodel: R-1\nserial: S-9\nrated:\n  efficiency: ≥ 80 %\n");
        assertThat(unicode.rated().get("efficiency")).isEqualTo(dut.rated().get("efficiency"));
    }

    @Test
    void unknownCharacteristicWrongUnitAndBadNumberAreRejected() {
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nrated:\n  RPx: 1 mm\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("dut.yaml:5:3: rated.RPx: no characteristic 'RPx'");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nrated:\n  RPl: 1 deg\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("dut.yaml:5:8: rated.RPl: needs a unit of length, not 'deg'");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nrated:\n  RPl: 0.05\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("dut.yaml:5:8: rated.RPl: write a rated value as '[<= | >=] <number> <unit> [example]',"
                        + " e.g. '0.05 mm' or '>= 80 %'");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nrated:\n  RPl: 0.05 mm typical\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("rated.RPl: write a rated value as");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("dut.yaml:1:1: missing required key 'serial'");
    }

    @Test
    void theBundledDutIsValid() throws Exception {
        Dut dut = DutFile.load("sim-6r-10", Map.of("APp", Unit.MM, "RPl", Unit.MM, "APa", Unit.DEG,
                "APb", Unit.DEG, "APc", Unit.DEG, "RPa", Unit.DEG, "RPb", Unit.DEG, "RPc", Unit.DEG));
        assertThat(dut.rated()).containsKeys("APp", "RPl");
    }

    @Test
    void propertiesAreNumbersWithUnits() throws Exception {
        Dut dut = parse("manufacturer: M\nmodel: HD-20\nserial: S-1\nproperties:\n  ratio: 100\n"
                + "  rated-torque: 50 Nm\n  rated-life: 10000 h\n");
        assertThat(dut.properties()).containsOnlyKeys("ratio", "rated-torque", "rated-life");
        assertThat(dut.properties().get("ratio")).isEqualTo(new Amount(100, Unit.ONE));
        assertThat(dut.properties().get("rated-torque")).isEqualTo(new Amount(50, Unit.NM));
        assertThat(dut.properties().get("rated-life").base()).isEqualTo(36_000_000.0);
        assertThat(parse("manufacturer: M\nmodel: R\nserial: S\n").properties()).isEmpty();
    }

    @Test
    void aPropertyWithAnUnknownUnitOrNameIsRejected() {
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nproperties:\n  ratio: 100 x\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("dut.yaml:5:10: properties.ratio: unknown unit 'x'");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nproperties:\n  Ratio: 100\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("dut.yaml:5:3: properties.Ratio: a property name is lower-case letters, digits and '-',"
                        + " found 'Ratio'");
        assertThatThrownBy(() -> parse("manufacturer: M\nmodel: R\nserial: S\nproperties:\n  ratio: many\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("dut.yaml:5:10: properties.ratio: expected a number with an optional unit, e.g. '50 Nm'"
                        + " or '100', found 'many'");
    }
}
