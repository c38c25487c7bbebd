package org.testbench.standards.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void keepsItsOwnCopyOfTheCoordinates() {
        double[] x = {0, 1, 2};
        Series s = new Series("measured", Series.Style.POINTS, x, new double[] {5, 6, 7});
        x[0] = 99;
        s.x()[1] = 99;
        assertThat(s.x()).containsExactly(0, 1, 2);
        assertThat(s.size()).isEqualTo(3);
    }

    @Test
    void refusesUnpairedCoordinates() {
        assertThatThrownBy(() -> new Series("fit", Series.Style.LINE, new double[] {0, 1}, new double[] {0}))
                .hasMessage("series fit has 2 x and 1 y values");
    }

    @Test
    void aFigureNeedsSomethingToDraw() {
        assertThatThrownBy(() -> new Figure("loop", "Loop", new Figure.Axis("torque", "Nm"),
                new Figure.Axis("twist", "arcmin"), List.of(), ""))
                .hasMessage("figure loop has no series");
    }

    @Test
    void sameScaleAxesMustShareAUnit() {
        Series points = new Series("attained", Series.Style.POINTS, new double[] {1}, new double[] {2});
        assertThatThrownBy(() -> new Figure("p1-xy", "P1", new Figure.Axis("dx", "um"), new Figure.Axis("dy", "mm"),
                List.of(points), "", true))
                .hasMessage("figure p1-xy draws its axes to the same scale, but x is in um and y in mm");
        Figure free = new Figure("loop", "Loop", new Figure.Axis("torque", "Nm"), new Figure.Axis("twist", "arcmin"),
                List.of(points), "");
        assertThat(free.sameScale()).isFalse();
        assertThat(free.x().range()).isNull();
    }

    @Test
    void anAxisRangeRunsUpwardsBetweenFiniteEnds() {
        assertThat(new Figure.Axis("dx", "um", new Figure.Range(-50, 50)).range().to()).isEqualTo(50);
        assertThatThrownBy(() -> new Figure.Range(5, 5)).hasMessageContaining("from < to");
        assertThatThrownBy(() -> new Figure.Range(0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }
}
