package org.testbench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.testbench.lab.LabConfig;
import org.testbench.procedures.execution.RunListener;
import org.testbench.reports.ReportLanguage;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.influx.StreamSettings;

/**
 * How to run, as opposed to what: where to archive, who operates, which software version to
 * record, the lab (its signing key, its decision rule), whether to stream to InfluxDB, the language of
 * the report's labels, and who else listens. Immutable; build with {@link #builder()}.
 *
 * @param runsDir         the folder that holds run archives
 * @param operator        who runs the test, for the record
 * @param softwareVersion the testbench version, for the record
 * @param lab             the lab's configuration, or null when none is given (the archive is not signed)
 * @param influx          where to stream samples and results, or null
 * @param influxSettings  how to batch, buffer and retry the stream to InfluxDB
 * @param language        the language of the report's labels
 * @param listeners       further listeners, e.g. console progress
 * @param stop            how the caller stops the run early (Ctrl-C, SIGTERM), or null when only
 *                        the safety supervisor may; one per run
 * @param client          who commissioned the test, for the report's cover, or null when not stated
 */
public record RunOptions(Path runsDir, String operator, String softwareVersion, LabConfig lab, InfluxTarget influx,
                         StreamSettings influxSettings, ReportLanguage language, List<RunListener> listeners,
                         RunStop stop, String client) {

    /** Checks the required fields and freezes the listeners. */
    public RunOptions {
        Objects.requireNonNull(runsDir, "runsDir");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(influxSettings, "influxSettings");
        Objects.requireNonNull(language, "language");
        listeners = List.copyOf(listeners);
    }

    /** @return a builder archiving into ./runs, operated by the current user, reporting in English */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RunOptions}. */
    public static final class Builder {
        private Path runsDir = Path.of("runs");
        private String operator = System.getProperty("user.name", "unknown");
        private String softwareVersion = SoftwareVersion.current();
        private LabConfig lab;
        private InfluxTarget influx;
        private StreamSettings influxSettings = StreamSettings.defaults();
        private ReportLanguage language = ReportLanguage.EN;
        private final List<RunListener> listeners = new ArrayList<>();
        private RunStop stop;
        private String client;

        private Builder() {
        }

        /**
         * @param dir the folder for run archives
         * @return this builder
         */
        public Builder runsDir(Path dir) {
            this.runsDir = dir;
            return this;
        }

        /**
         * @param name who runs the test
         * @return this builder
         */
        public Builder operator(String name) {
            this.operator = name;
            return this;
        }

        /**
         * @param config the lab's configuration, or null for none
         * @return this builder
         */
        public Builder lab(LabConfig config) {
            this.lab = config;
            return this;
        }

        /**
         * @param target where to stream, or null for nowhere
         * @return this builder
         */
        public Builder influx(InfluxTarget target) {
            this.influx = target;
            return this;
        }

        /**
         * @param settings how to batch, buffer and retry the stream to InfluxDB
         * @return this builder
         */
        public Builder influxSettings(StreamSettings settings) {
            this.influxSettings = settings;
            return this;
        }

        /**
         * @param language the language of the report's labels
         * @return this builder
         */
        public Builder language(ReportLanguage language) {
            this.language = language;
            return this;
        }

        /**
         * @param listener one more listener
         * @return this builder
         */
        public Builder listener(RunListener listener) {
            this.listeners.add(listener);
            return this;
        }

        /**
         * @param value the switch the caller will use to stop the run early
         * @return this builder
         */
        public Builder stop(RunStop value) {
            this.stop = value;
            return this;
        }

        /**
         * @param name who commissioned the test, or null when not stated
         * @return this builder
         */
        public Builder client(String name) {
            this.client = name;
            return this;
        }

        /** @return the options */
        public RunOptions build() {
            return new RunOptions(runsDir, operator, softwareVersion, lab, influx, influxSettings, language, listeners,
                    stop, client);
        }
    }
}
