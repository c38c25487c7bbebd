package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testbench.standards.Limit;

class QuantityFormatTest {

    @Test
    void lengthsAndAnglesGetFourDecimals() {
        assertThat(QuantityFormat.value(0.036249, "mm")).isEqualTo("0.0362");
        assertThat(QuantityFormat.value(0.03625, "mm")).isEqualTo("0.0363");
        assertThat(QuantityFormat.value(-0.12, "deg")).isEqualTo("-0.1200");
        assertThat(QuantityFormat.value(123.456789, "mm")).isEqualTo("123.4568");
    }

    @Test
    void otherUnitsGetTheirOwnDecimals() {
        assertThat(QuantityFormat.value(12.345, "µm")).isEqualTo("12.3");
        assertThat(QuantityFormat.value(0.98765, "arcmin")).isEqualTo("0.988");
        assertThat(QuantityFormat.value(2.5, "furlong")).isEqualTo("2.5000");
    }

    @Test
    void aValueRoundingToZeroHasNoSign() {
        assertThat(QuantityFormat.value(-0.00004, "mm")).isEqualTo("0.0000");
        assertThat(QuantityFormat.value(-0.00005, "mm")).isEqualTo("-0.0001");
    }

    @Test
    void aValueThatIsNotFinitePrintsAsNotAvailable() {
        assertThat(QuantityFormat.value(Double.NaN, "mm")).isEqualTo("n/a");
        assertThat(QuantityFormat.value(Double.POSITIVE_INFINITY, "mm")).isEqualTo("n/a");
    }

    @Test
    void limitReadsAsAnUpperBoundOnTheMagnitude() {
        assertThat(QuantityFormat.limit(new Limit(0.05, "mm", "rated"))).isEqualTo("≤ 0.0500 mm");
        assertThat(QuantityFormat.limit(new Limit(1, "arcmin", "GB/T 37718"))).isEqualTo("≤ 1.000 arcmin");
    }

    @Test
    void aLowerBoundReadsAsAtLeastAndABandAsBoth() {
        assertThat(QuantityFormat.limit(Limit.atLeast(80, "%", "rated"))).isEqualTo("≥ 80.00 %");
        assertThat(QuantityFormat.limit(Limit.between(0.5, 1, "arcmin", "lab"))).isEqualTo("≥ 0.500, ≤ 1.000 arcmin");
        assertThat(QuantityFormat.limit(Limit.atLeast(20000, "h", "catalogue"))).isEqualTo("≥ 20000 h");
    }
}
