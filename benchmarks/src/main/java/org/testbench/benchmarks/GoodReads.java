package org.testbench.benchmarks;

import java.util.List;
import org.testbench.protocols.SignalValue;

/**
 * The check a protocol benchmark makes once before it measures: a read that comes back bad
 * would time the error path instead of the read, so such a benchmark must refuse to run.
 */
final class GoodReads {

    private GoodReads() {
    }

    /**
     * @param values what a first read returned
     * @throws IllegalStateException naming the first signal that reads bad and its status
     */
    static void require(List<SignalValue> values) {
        for (SignalValue value : values) {
            if (!value.good()) {
                throw new IllegalStateException("benchmark signal " + value.address() + " reads bad: " + value.status());
            }
        }
    }
}
