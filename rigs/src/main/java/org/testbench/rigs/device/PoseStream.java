package org.testbench.rigs.device;

/** A running stream of pose samples from a tracker; close it to stop. */
public interface PoseStream extends AutoCloseable {

    /**
     * @return how many samples were discarded because one of their six values never arrived (a
     *     queue overflowed on the way); 0 when every sample was delivered whole
     */
    long incompleteSamples();

    /** Stops the stream; the listener is not called again once this returns. Never throws. */
    @Override
    void close();
}
