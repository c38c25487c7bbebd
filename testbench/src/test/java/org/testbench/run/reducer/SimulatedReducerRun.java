package org.testbench.run.reducer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.Checkpoint;
import org.testbench.procedures.execution.RunListener;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.sim.reducer.BenchReading;
import org.testbench.rigs.sim.reducer.ReducerModel;
import org.testbench.rigs.sim.reducer.ReducerParamsFile;
import org.testbench.rigs.sim.reducer.SimulatedReducerConfig;
import org.testbench.rigs.sim.reducer.SimulatedReducerServer;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;

/**
 * One built-in reducer procedure run for real, as {@code testbench run NAME --rig sim-reducer --dut
 * sim-harmonic-100} runs it: against the simulated reducer bench served over Modbus TCP on a free
 * loopback port (the bundled rig file pointed at it), through the real runner and archive.
 *
 * @param summary  what the runner returned
 * @param archived the run folder, read back
 * @param samples  its samples, as samples.csv holds them
 * @param model    the simulated reducer's model, for the expected values
 * @param end      the bench's true state when the run had ended
 * @param figures  the analyses' figures, computed from the archive as a report does
 * @param checkpoints the checkpoints the run passed, in order
 */
record SimulatedReducerRun(RunSummary summary, ArchivedRun archived, List<Sample> samples, ReducerModel model,
                           BenchReading end, List<Figure> figures, List<Checkpoint> checkpoints) {

    /** The endpoint the bundled rig file names, replaced by the test server's. */
    private static final String BUNDLED_ENDPOINT = "modbus-tcp://127.0.0.1:5020";

    /**
     * @param runs       where the run folder goes
     * @param procedure  a built-in procedure's name
     * @param timeScale  the simulator's simulated seconds per wall-clock second
     * @param seed       the sensor noise's seed
     * @param parameters parameter overrides, as {@code -p name=value}
     * @return the run
     * @throws Exception when the run cannot start
     */
    static SimulatedReducerRun of(Path runs, String procedure, double timeScale, long seed,
                                  Map<String, String> parameters) throws Exception {
        SimulatedReducerConfig config = SimulatedReducerConfig.builder().port(0)
                .params(ReducerParamsFile.load("reducer-harmonic")).seed(seed).timeScale(timeScale).build();
        try (SimulatedReducerServer server = SimulatedReducerServer.start(config)) {
            Procedure p = ProcedureFile.load(procedure);
            RunInputs inputs = new RunInputs(p, Parameters.bind(p.parameters(), parameters, "-p"),
                    RigFile.load("sim-reducer").withEndpoint(BUNDLED_ENDPOINT, server.endpoint()),
                    DutFile.load("sim-harmonic-100", ProcedureAnalysis.ratable()));
            List<Checkpoint> checkpoints = new CopyOnWriteArrayList<>();
            RunSummary summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs).listener(new RunListener() {
                @Override
                public void onCheckpoint(Checkpoint checkpoint) {
                    checkpoints.add(checkpoint);
                }
            }).build());
            ArchivedRun archived = ArchivedRun.load(summary.dir());
            List<Sample> samples = archived.samples();
            List<Figure> figures = summary.results().isEmpty() ? List.of() : ProcedureAnalysis.figures(
                    archived.procedure(), archived.parameters(), archived.dut(), samples);
            return new SimulatedReducerRun(summary, archived, samples, server.model(), server.trueReading(), figures,
                    List.copyOf(checkpoints));
        }
    }

    /**
     * @param characteristic a result's symbol
     * @return the results with it, in report order
     */
    List<Result> results(String characteristic) {
        return summary.results().stream().filter(r -> r.characteristic().equals(characteristic)).toList();
    }

    /**
     * @param characteristic a result's symbol
     * @return the one result with it
     */
    Result result(String characteristic) {
        List<Result> found = results(characteristic);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " results " + characteristic + " in " + summary.results());
        }
        return found.get(0);
    }

    /**
     * @param series a series
     * @return its samples, in recording order
     */
    List<Sample> series(String series) {
        return samples.stream().filter(s -> series.equals(s.context().get("series"))).toList();
    }

    /**
     * @param series a series
     * @param signal a signal's {@code device.signal} name
     * @return the mean of its values in the series
     */
    double mean(String series, String signal) {
        return series(series).stream().filter(s -> (s.device() + "." + s.signal()).equals(signal))
                .mapToDouble(Sample::value).average().orElseThrow(() -> new AssertionError("no " + signal + " in "
                        + series));
    }

    /**
     * @param series a series
     * @param signal a signal's {@code device.signal} name
     * @param tag    a loop variable and its value the readings must carry, e.g. "speed=1000"
     * @return the mean of its values in the series' readings with that tag
     */
    double mean(String series, String signal, String tag) {
        String[] kv = tag.split("=");
        return series(series).stream().filter(s -> (s.device() + "." + s.signal()).equals(signal))
                .filter(s -> kv[1].equals(s.context().get(kv[0]))).mapToDouble(Sample::value).average()
                .orElseThrow(() -> new AssertionError("no " + signal + " tagged " + tag + " in " + series));
    }

    /**
     * @param id a figure's id
     * @return the figure
     */
    Figure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id + " in " + figures.stream().map(Figure::id).toList()));
    }
}
