package org.testbench.run.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;

class TrackerCsvTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsTheDefaultLayoutGroupedByPoseInCycleOrder() throws Exception {
        Path f = file("m.csv", "pose,cycle,x,y,z,a,b,c\n"
                + "P1,2,1000.1,0,800,180,0,0\nP1,1,1000.2,0,800,180,0,0\nP2,1,840,-160,640,180,0,0\n\n");
        TrackerCsv.Measured m = TrackerCsv.measured(f, TrackerCsvFormat.defaults());
        assertThat(m.orientation()).isTrue();
        assertThat(m.byPose()).containsOnlyKeys("P1", "P2");
        assertThat(m.byPose().get("P1")).extracting(p -> p.position().x()).containsExactly(1000.2, 1000.1);
    }

    @Test
    void aMappingFileDescribesAnotherExport() throws Exception {
        Path mapping = file("map.yaml", "skip-lines: 2\ndelimiter: ';'\ndecimal-separator: ','\nlength-unit: m\n"
                + "angle-unit: rad\ncolumns: {pose: Point, cycle: Rep, x: X, y: Y, z: Z, a: Rx, b: Ry, c: Rz}\n");
        Path f = file("export.csv", "Tracker export v2\nunits: m, rad\nPoint;Rep;X;Y;Z;Rx;Ry;Rz\n"
                + "A;1;1,0001;0,5;0,8;3,14159265358979;0;0\n");
        TrackerCsvFormat format = TrackerCsvFormat.read(mapping);
        TrackerCsv.Measured m = TrackerCsv.measured(f, format);
        assertThat(m.byPose().get("A").get(0).position().x()).isCloseTo(1000.1, within(1e-9));
        assertThat(m.byPose().get("A").get(0).a()).isCloseTo(180.0, within(1e-9));
        // The archived layout reads back as the same layout.
        assertThat(TrackerCsvFormat.read(file("again.yaml", format.toMappingFile()))).isEqualTo(format);
    }

    @Test
    void positionsWithoutAnglesAreAccepted() throws Exception {
        TrackerCsv.Measured m = TrackerCsv.measured(file("m.csv", "pose,cycle,x,y,z\nP1,1,1,2,3\n"),
                TrackerCsvFormat.defaults());
        assertThat(m.orientation()).isFalse();
        TrackerCsv.Commanded c = TrackerCsv.commanded(file("c.csv", "x;y;z;pose\n1;2;3;P1\n"),
                TrackerCsvFormat.defaults().with(';', Unit.MM, null));
        assertThat(c.byPose().get("P1").position().z()).isEqualTo(3.0);
    }

    @Test
    void malformedRowsNameFileLineAndColumn() throws Exception {
        Path bad = file("bad.csv", "pose,cycle,x,y,z\nP1,1,1,2,3\nP1,2,1,2x,3\n");
        assertThatThrownBy(() -> TrackerCsv.measured(bad, TrackerCsvFormat.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(bad + ":3: column 4 (y): expected a number, found '2x'");
        Path twice = file("twice.csv", "pose,cycle,x,y,z\nP1,1,1,2,3\nP1,1,1,2,3\n");
        assertThatThrownBy(() -> TrackerCsv.measured(twice, TrackerCsvFormat.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(twice + ":3: column 2 (cycle): pose P1 cycle 1 appears twice (first at line 2)");
        Path short1 = file("short.csv", "pose,cycle,x,y,z\nP1,1,1,2\n");
        assertThatThrownBy(() -> TrackerCsv.measured(short1, TrackerCsvFormat.defaults()))
                .isInstanceOf(InputException.class).hasMessage(short1 + ":2: expected 5 fields like the header, found 4");
        Path noZ = file("noz.csv", "pose,cycle,x,y\nP1,1,1,2\n");
        assertThatThrownBy(() -> TrackerCsv.measured(noZ, TrackerCsvFormat.defaults()))
                .isInstanceOf(InputException.class).hasMessage(noZ + ":1: no column 'z' for z in the header pose,cycle,x,y");
        Path partial = file("ab.csv", "pose,cycle,x,y,z,a,b\nP1,1,1,2,3,0,0\n");
        assertThatThrownBy(() -> TrackerCsv.measured(partial, TrackerCsvFormat.defaults()))
                .isInstanceOf(InputException.class).hasMessage(partial + ":1: orientation needs all of a, b, c columns or none");
    }

    @Test
    void aBadMappingFileNamesTheLine() throws Exception {
        Path mapping = file("map.yaml", "columns: {pose: P, rx: Rx}\n");
        assertThatThrownBy(() -> TrackerCsvFormat.read(mapping))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(mapping + ":1:20: columns.rx: unknown column role 'rx'");
    }
}
