package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;

class ReducerUncertaintyTest {

    @Test
    void aTwistDifferenceFromAnEncoderOfOneArcsecondIsSqrtTwoArcseconds() {
        // U = 0.00028 deg (k = 2): u = 0.00014 deg = 0.0084 arcmin; two readings: 0.0084 x sqrt(2) = 0.011879 arcmin.
        Uncertainty u = ReducerUncertainty.twistDifference(new StatedUncertainty("encoder", 0.00028, 2, "deg", "C-1"));

        assertThat(u.standardUncertainty()).isCloseTo(0.0118794, within(1e-7));
        assertThat(u.expanded()).isCloseTo(0.0237588, within(1e-7));
        assertThat(ReducerUncertainty.twistDifference(new StatedUncertainty("encoder", 1, 2, "arcsec", "C-1"))
                .standardUncertainty()).isCloseTo(Math.sqrt(2) * 0.5 / 60, within(1e-12));
    }

    @Test
    void theTransmissionAccuracyTakesBothEncodersTheInputOneScaledByTheRatio() {
        // Output u = 0.00014 deg = 0.0084 arcmin; input u = 0.0014 deg = 0.084 arcmin / 100 = 0.00084 arcmin:
        // u = sqrt(2) x sqrt(0.0084² + 0.00084²) = 0.0119386 arcmin.
        Uncertainty u = ReducerUncertainty.transmissionError(new StatedUncertainty("out", 0.00028, 2, "deg", "C-1"),
                new StatedUncertainty("in", 0.0028, 2, "deg", "C-2"), 100);

        assertThat(u.standardUncertainty()).isCloseTo(0.0119386, within(1e-7));
    }

    @Test
    void aTorqueReadingTakesTheFlangesStandardUncertainty() {
        assertThat(ReducerUncertainty.torqueReading(new StatedUncertainty("flange", 0.002, 2, "Nm", "C-2"))
                .standardUncertainty()).isEqualTo(0.001);
    }

    @Test
    void aMeanTorqueAddsTheScatterOverTheWindowToTheFlange() {
        // s = 0.004 Nm over n = 16 samples: 0.001 Nm; flange u = 0.001 Nm: u = sqrt(2) x 0.001.
        NoLoadRunningTorque running = new NoLoadRunningTorque(0.2, 0.004, 1000, 10, 20, 16);

        Uncertainty u = ReducerUncertainty.meanTorque(new StatedUncertainty("flange", 0.002, 2, "Nm", "C-2"), running);

        assertThat(u.standardUncertainty()).isCloseTo(Math.sqrt(2) * 0.001, within(1e-15));
        assertThat(ReducerUncertainty.meanTorque(new StatedUncertainty("flange", 0.002, 2, "Nm", "C-2"),
                new NoLoadRunningTorque(0.2, Double.NaN, 1000, 10, 10, 1)).budget()).hasSize(1);
    }

    @Test
    void aTemperatureRiseAddsBothThermometersInQuadrature() {
        StatedUncertainty pt100 = new StatedUncertainty("thermometer", 0.1, 2, "degC", "C-3");

        // sqrt(0.05² + 0.05²) = 0.0707107 degC.
        assertThat(ReducerUncertainty.temperatureDifference(pt100, pt100).standardUncertainty())
                .isCloseTo(0.0707107, within(1e-7));
    }

    @Test
    void anEfficiencyCombinesTheRelativeUncertaintiesOfBothTorques() {
        // η = 80 %, T_in = 0.5 Nm (u 0.001: 0.2 %), T_out = 40 Nm (u 0.02: 0.05 %):
        // u = 80 x sqrt(0.002² + 0.0005²) = 0.164924 %.
        Uncertainty u = ReducerUncertainty.efficiency(80, 0.5, 40, new StatedUncertainty("in", 0.002, 2, "Nm", "C-4"),
                new StatedUncertainty("out", 0.04, 2, "Nm", "C-5"));

        assertThat(u.standardUncertainty()).isCloseTo(0.1649242, within(1e-7));
        assertThat(u.budget()).hasSize(2);
    }

    @Test
    void anInstrumentStatedInTheWrongQuantityIsRefused() {
        assertThatThrownBy(() -> ReducerUncertainty.twistDifference(new StatedUncertainty("enc", 1, 2, "Nm", "C")))
                .hasMessageContaining("must be an angle");
        assertThatThrownBy(() -> ReducerUncertainty.torqueReading(new StatedUncertainty("f", 1, 2, "deg", "C")))
                .hasMessageContaining("must be stated in Nm");
    }
}
