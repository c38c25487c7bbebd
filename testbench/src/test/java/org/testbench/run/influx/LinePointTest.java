package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Line protocol rendering, checked against lines written by hand from the InfluxDB 1.x docs. */
class LinePointTest {

    private static final Instant T = Instant.ofEpochSecond(1_795_334_400L, 123_456_789);

    @Test
    void rendersTagsSortedFieldsInOrderAndNanoseconds() {
        LinePoint point = LinePoint.builder("pose")
                .tag("signal", "x").tag("run", "r1").tag("dut", "sn-7").tag("rig", "cell-2")
                .field("value", 0.25).field("cycle", 3L).field("pose", 2).field("good", true).field("note", "ok")
                .time(T)
                .build();

        assertThat(point.toLineProtocol()).isEqualTo(
                "pose,dut=sn-7,rig=cell-2,run=r1,signal=x value=0.25,cycle=3i,pose=2i,good=true,note=\"ok\""
                        + " 1795334400123456789");
    }

    @Test
    void escapesCommasAndSpacesInTheMeasurementButNotEquals() {
        LinePoint point = LinePoint.builder("arm pose,a=b").field("v", 1.0).time(T).build();

        assertThat(point.toLineProtocol()).isEqualTo("arm\\ pose\\,a=b v=1.0 1795334400123456789");
    }

    @Test
    void escapesCommasEqualsAndSpacesInTagsAndFieldKeys() {
        LinePoint point = LinePoint.builder("m")
                .tag("tag key,1=", "a b,c=d")
                .tag("path", "C:\\data\\run 1")
                .field("field key,x=y", 1L)
                .time(T)
                .build();

        assertThat(point.toLineProtocol()).isEqualTo(
                "m,path=C:\\data\\run\\ 1,tag\\ key\\,1\\==a\\ b\\,c\\=d field\\ key\\,x\\=y=1i 1795334400123456789");
    }

    @Test
    void escapesQuotesAndBackslashesInStringFieldsOnly() {
        LinePoint point = LinePoint.builder("m")
                .field("text", "say \"hi\", a=b C:\\dir\\")
                .field("lines", "one\ntwo")
                .time(T)
                .build();

        assertThat(point.toLineProtocol())
                .isEqualTo("m text=\"say \\\"hi\\\", a=b C:\\\\dir\\\\\",lines=\"one\ntwo\" 1795334400123456789");
    }

    @Test
    void writesDoublesSoTheyReadBackExactly() {
        LinePoint point = LinePoint.builder("m")
                .field("small", 1.0E-5).field("large", 1.5E300).field("negative", -0.1).field("third", 1.0 / 3)
                .time(T)
                .build();

        assertThat(point.toLineProtocol()).isEqualTo(
                "m small=1.0E-5,large=1.5E300,negative=-0.1,third=0.3333333333333333 1795334400123456789");
    }

    @Test
    void writesTimesBeforeTheEpochAsNegativeNanoseconds() {
        LinePoint point = LinePoint.builder("m").field("v", 1L).time(Instant.ofEpochSecond(-1, 5)).build();

        assertThat(point.toLineProtocol()).isEqualTo("m v=1i -999999995");
    }

    @Test
    void keepsCopiesSoLaterChangesToTheCallersMapsDoNotLeakIn() {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("v", 1L));
        TreeMap<String, String> tags = new TreeMap<>(Map.of("run", "r1"));
        LinePoint point = new LinePoint("m", tags, fields, T);
        fields.put("w", 2L);
        tags.put("rig", "r");

        assertThat(point.toLineProtocol()).isEqualTo("m,run=r1 v=1i 1795334400123456789");
        assertThatThrownBy(() -> point.fields().put("x", 3L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNonFiniteDoublesNamingTheField() {
        assertThatThrownBy(() -> LinePoint.builder("pose").field("x", Double.NaN).time(T).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'x' of measurement 'pose' is NaN; InfluxDB stores finite numbers only");
        assertThatThrownBy(() -> LinePoint.builder("pose").field("y", Double.NEGATIVE_INFINITY).time(T).build())
                .hasMessage("field 'y' of measurement 'pose' is -Infinity; InfluxDB stores finite numbers only");
    }

    @Test
    void rejectsAPointWithoutFields() {
        assertThatThrownBy(() -> LinePoint.builder("pose").tag("run", "r1").time(T).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point of measurement 'pose' has no fields");
    }

    @Test
    void rejectsUnsupportedAndNullFieldValuesNamingTheField() {
        assertThatThrownBy(() -> LinePoint.builder("m").field("torque", new BigDecimal("1.5")).time(T).build())
                .hasMessage("field 'torque' of measurement 'm' is a BigDecimal; "
                        + "expected Double, Long, Integer, Boolean or String");
        assertThatThrownBy(() -> LinePoint.builder("m").field("torque", null).time(T).build())
                .hasMessage("field 'torque' of measurement 'm' is null; "
                        + "expected Double, Long, Integer, Boolean or String");
    }

    @Test
    void rejectsWhatInfluxDbWouldDropOrMisread() {
        assertThatThrownBy(() -> LinePoint.builder("m").tag("time", "x").field("v", 1L).time(T).build())
                .hasMessageStartingWith("tag key 'time' of measurement 'm' is reserved");
        assertThatThrownBy(() -> LinePoint.builder("m").field("time", 1L).time(T).build())
                .hasMessageStartingWith("field key 'time' of measurement 'm' is reserved");
        assertThatThrownBy(() -> LinePoint.builder("#m").field("v", 1L).time(T).build())
                .hasMessageStartingWith("measurement '#m' starts with '#'");
        assertThatThrownBy(() -> LinePoint.builder("m").tag("dir", "C:\\").field("v", 1L).time(T).build())
                .hasMessage("tag 'dir' of measurement 'm' ends with a backslash: 'C:\\'");
        assertThatThrownBy(() -> LinePoint.builder("m").tag("unit", "").field("v", 1L).time(T).build())
                .hasMessage("tag 'unit' of measurement 'm' has no value");
        assertThatThrownBy(() -> LinePoint.builder("m").tag("note", "a\nb").field("v", 1L).time(T).build())
                .hasMessage("tag 'note' of measurement 'm' contains a line break: 'a\nb'");
        assertThatThrownBy(() -> LinePoint.builder("a\\b").field("v", 1L).time(T).build())
                .hasMessage("measurement 'a\\b' contains a backslash or a line break");
        assertThatThrownBy(() -> LinePoint.builder("").field("v", 1L).time(T).build())
                .hasMessage("measurement is empty");
    }

    @Test
    void rejectsTimesOutsideTheNanosecondRange() {
        Instant tooLate = Instant.parse("2300-01-01T00:00:00Z");
        assertThatThrownBy(() -> LinePoint.builder("m").field("v", 1L).time(tooLate).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("time 2300-01-01T00:00:00Z is outside the nanosecond range");
        assertThatThrownBy(() -> LinePoint.builder("m").field("v", 1L).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("time of measurement 'm'");
    }
}
