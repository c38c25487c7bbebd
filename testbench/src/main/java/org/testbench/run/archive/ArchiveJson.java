package org.testbench.run.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Uncertainty;

/**
 * The one JSON form of every archive file: indented, ISO-8601 times, fixed field order. A limit
 * writes only the bounds it has and its example mark only when set, a result its uncertainty only
 * when one was evaluated, and a results file its decision rule only when the run recorded one, so
 * the results of archives written before these existed recompute byte for byte.
 */
public final class ArchiveJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(Limit.class, LimitJson.class)
            .addMixIn(Result.class, ResultJson.class)
            .addMixIn(ResultsDocument.class, ResultsDocumentJson.class)
            .build();

    /**
     * A limit writes only the bounds it has and says "example" only when it is one, so that a plain
     * maximum reads exactly as archives before lower bounds existed wrote it: their results.json
     * still recomputes byte for byte, which {@code testbench report} requires.
     */
    private abstract static class LimitJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Double minimum();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Double maximum();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean example();
    }

    /** A result without an evaluated uncertainty reads as results did before uncertainties existed. */
    private abstract static class ResultJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Uncertainty uncertainty();
    }

    /** Archives from before runs recorded their decision rule recompute without one. */
    private abstract static class ResultsDocumentJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract DecisionRule decisionRule();
    }

    private ArchiveJson() {
    }

    /**
     * @param value a record
     * @return its JSON text, ending with a newline
     */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param file a JSON file of the archive
     * @param type the record it holds
     * @param <T>  the record type
     * @return the record
     * @throws InputException naming the file when it is missing or malformed
     */
    public static <T> T read(Path file, Class<T> type) throws InputException {
        try {
            return MAPPER.readValue(Files.readString(file), type);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
