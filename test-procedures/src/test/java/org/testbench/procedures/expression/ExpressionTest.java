package org.testbench.procedures.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Amount;
import org.testbench.rigs.Dut;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlNode;

class ExpressionTest {

    /** Parameters hours and every in h, load-factor without unit, a loop variable speed in rpm, a choice plane. */
    private static final ExpressionScope SCOPE = (name, at) -> switch (name) {
        case "hours", "every" -> new NamedNumber(Unit.H, dut -> Unit.Quantity.TIME, false);
        case "load-factor" -> new NamedNumber(Unit.ONE, dut -> Unit.Quantity.COUNT, false);
        case "speed" -> new NamedNumber(Unit.ONE, dut -> Unit.Quantity.ROTATIONAL_SPEED, true);
        default -> throw at.error("unknown reference '$" + name + "'");
    };

    private static final Values VALUES = new Values() {
        @Override
        public Object variable(String name) {
            return Map.of("hours", 1000.0, "every", 100L, "load-factor", 0.5, "speed", 1500.0).get(name);
        }

        @Override
        public Amount dutProperty(String name) {
            return Map.of("rated-torque", new Amount(50, Unit.NM)).get(name);
        }
    };

    private static final Dut DUT = new Dut("M", "HD-20", "S-1", "", "dut.yaml", "", "", Map.of(),
            new java.util.TreeMap<>(Map.of("rated-torque", new Amount(50, Unit.NM), "ratio", new Amount(100, Unit.ONE))));

    private static YamlNode node(String text) throws InputException {
        return YamlDocument.parse("value: \"" + text + "\"\n", "e.yaml").root().asMap().required("value");
    }

    private static Expression parse(String text) throws InputException {
        return Expression.parse(node(text), SCOPE);
    }

    @Test
    void computesInBaseUnits() throws Exception {
        // 1000 h / 100 h = 10 blocks, a pure number
        Expression blocks = parse("$hours / $every");
        assertThat(blocks.evaluate(VALUES)).isEqualTo(10.0);
        assertThat(blocks.quantity(DutScope.unknown())).isEqualTo(Unit.Quantity.COUNT);
        // 1 h - 30 min = 1800 s, negated
        assertThat(parse("-(1 h - 30 min)").evaluate(VALUES)).isEqualTo(-1800.0);
        assertThat(parse("2 + 3 * 4").evaluate(VALUES)).isEqualTo(14.0);
        assertThat(parse("50ms").evaluate(VALUES)).isEqualTo(0.05);
        assertThat(parse("$every").evaluate(VALUES)).isEqualTo(360_000.0);
        assertThat(parse("$speed / 2").quantity(DutScope.unknown())).isEqualTo(Unit.Quantity.ROTATIONAL_SPEED);
        assertThat(parse("$speed").usesLoopVariables()).isTrue();
        assertThat(parse("$hours * 2").usesLoopVariables()).isFalse();
    }

    @Test
    void dutPropertiesAreCheckedOnceTheDutIsKnown() throws Exception {
        Expression half = parse("$load-factor * $dut.rated-torque");
        assertThat(half.usesDut()).isTrue();
        assertThat(half.quantity(DutScope.unknown())).isNull();
        assertThat(half.quantity(DutScope.of(DUT))).isEqualTo(Unit.Quantity.TORQUE);
        assertThat(half.evaluate(VALUES)).isEqualTo(25.0);
        Expression missing = parse("$dut.rated-speed * 2");
        assertThatThrownBy(() -> missing.quantity(DutScope.of(DUT))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:1:8: value: needs DUT property 'rated-speed', which the DUT file dut.yaml lacks"
                        + " (its properties: rated-torque, ratio)");
        Expression wrong = parse("$dut.rated-torque + 1 h");
        assertThatThrownBy(() -> wrong.quantity(DutScope.of(DUT))).hasMessage("e.yaml:1:8: value: cannot add a time to"
                + " a torque");
    }

    @Test
    void quantitiesCombineOnlyInWaysThatHaveAUnit() {
        assertThatThrownBy(() -> parse("5 Nm + 2 s")).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:1:8: value: cannot add a time to a torque");
        assertThatThrownBy(() -> parse("2 Nm * 3 Nm"))
                .hasMessage("e.yaml:1:8: value: cannot multiply a torque by a torque: scale a quantity by a number");
        assertThatThrownBy(() -> parse("$hours / 100 Nm"))
                .hasMessage("e.yaml:1:8: value: cannot divide a time by a torque: divide like quantities, or by a number");
        assertThatThrownBy(() -> parse("1 h - $speed"))
                .hasMessage("e.yaml:1:8: value: cannot subtract a rotational speed from a time");
    }

    @Test
    void requiredQuantitiesAreNamed() throws Exception {
        assertThatThrownBy(() -> parse("5").require(Unit.Quantity.TIME, DutScope.unknown()))
                .hasMessage("e.yaml:1:8: value: '5' is a number, but a time is needed here (e.g. '5 s', '10 min', '2 h')");
        assertThatThrownBy(() -> parse("5 s").requireFor("output.torque-command", Unit.NM, DutScope.unknown()))
                .hasMessage("e.yaml:1:8: value: '5 s' is a time, but output.torque-command is a torque (Nm)");
        parse("5").requireFor("output.torque-command", Unit.NM, DutScope.unknown());
        parse("$dut.rated-torque").requireFor("output.torque-command", Unit.NM, DutScope.of(DUT));
    }

    @Test
    void unreadableTextIsReportedWithItsCharacter() {
        assertThatThrownBy(() -> parse("5 +")).hasMessage("e.yaml:1:8: value: '5 +': expected a number, '$name',"
                + " '-' or '(' at the end");
        assertThatThrownBy(() -> parse("(1 + 2")).hasMessage("e.yaml:1:8: value: '(1 + 2': missing ')' at character 7");
        assertThatThrownBy(() -> parse("1 $hours")).hasMessage("e.yaml:1:8: value: '1 $hours': unexpected '$' at"
                + " character 3");
        assertThatThrownBy(() -> parse("5 Nmm")).hasMessageStartingWith("e.yaml:1:8: value: '5 Nmm': unknown unit"
                + " 'Nmm' (known: mm,");
        assertThatThrownBy(() -> parse("$cycels * 2")).hasMessage("e.yaml:1:8: value: unknown reference '$cycels'");
    }

    @Test
    void conditionsCompareOneSignalWithAValue() throws Exception {
        Condition turning = Condition.parse(node("abs(output.speed) >= 0.5 rpm"), SCOPE);
        assertThat(turning.signal()).hasToString("output.speed");
        assertThat(turning.holds(-0.6, VALUES)).isTrue();
        assertThat(turning.holds(0.4, VALUES)).isFalse();
        Condition below = Condition.parse(node("housing.temperature<$speed/50"), SCOPE);
        // $speed / 50 = 1500 / 50 = 30
        assertThat(below.holds(29.9, VALUES)).isTrue();
        assertThat(below.holds(30, VALUES)).isFalse();
        assertThat(Condition.parse(node("input.speed > 1"), SCOPE).holds(1, VALUES)).isFalse();
        assertThat(Condition.parse(node("input.speed <= -1"), SCOPE).holds(-1, VALUES)).isTrue();
        assertThatThrownBy(() -> Condition.parse(node("input.speed = 1"), SCOPE))
                .hasMessage("e.yaml:1:8: value: expected 'device.signal op value' or 'abs(device.signal) op value'"
                        + " with op one of <, <=, >, >= (e.g. 'input.speed > 1 rpm'), found 'input.speed = 1'");
        assertThatThrownBy(() -> Condition.parse(node("speed > 1"), SCOPE))
                .hasMessageContaining("expected device.signal").hasMessageContaining("found 'speed'");
    }
}
