package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void readsNumbersWithAndWithoutUnits() {
        assertThat(Amount.parse("50 Nm")).isEqualTo(new Amount(50, Unit.NM));
        assertThat(Amount.parse("0.5rpm")).isEqualTo(new Amount(0.5, Unit.RPM));
        assertThat(Amount.parse("-3e2 ms").base()).isEqualTo(-0.3);
        assertThat(Amount.parse("100")).isEqualTo(new Amount(100, Unit.ONE));
        assertThat(Amount.parse("3 %").quantity()).isEqualTo(Unit.Quantity.RATIO);
        // 1 arcmin = 1/60 deg; 2 h = 7200 s.
        assertThat(Amount.parse("1 arcmin").base()).isEqualTo(1.0 / 60);
        assertThat(Amount.parse("2 h").base()).isEqualTo(7200.0);
        assertThat(Amount.parse("2 h")).hasToString("2 h");
        assertThat(Amount.parse("0.25")).hasToString("0.25");
    }

    @Test
    void rejectsWhatIsNoAmount() {
        assertThatThrownBy(() -> Amount.parse("Nm 5")).hasMessageContaining("expected a number with an optional unit");
        assertThatThrownBy(() -> Amount.parse("5 Nmm")).hasMessageStartingWith("unknown unit 'Nmm' (known: mm,");
        assertThatThrownBy(() -> Amount.parse("5 N m")).hasMessageContaining("found '5 N m'");
    }

    @Test
    void everyUnitHasABaseOfItsQuantity() {
        assertThat(Unit.H.base()).isEqualTo(Unit.S);
        assertThat(Unit.ARCMIN.base()).isEqualTo(Unit.DEG);
        assertThat(Unit.UM.base()).isEqualTo(Unit.MM);
        assertThat(Unit.NM.base()).isEqualTo(Unit.NM);
        for (Unit u : Unit.values()) {
            assertThat(u.base().quantity()).isEqualTo(u.quantity());
            assertThat(u.base().toBase(1)).isEqualTo(1.0);
        }
    }

    @Test
    void signalNamesAreDeviceDotSignal() {
        assertThat(SignalName.parse("output.torque-command")).isEqualTo(new SignalName("output", "torque-command"));
        assertThat(SignalName.parse("Bench_2.sim-time")).hasToString("Bench_2.sim-time");
        assertThatThrownBy(() -> SignalName.parse("output")).hasMessageContaining("found 'output'");
        assertThatThrownBy(() -> SignalName.parse("output.Torque")).hasMessageContaining("found 'output.Torque'");
        assertThatThrownBy(() -> SignalName.parse("a.b.c")).hasMessageContaining("found 'a.b.c'");
    }
}
