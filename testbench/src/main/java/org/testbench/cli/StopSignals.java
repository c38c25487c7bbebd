package org.testbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Hears which signal stops a run. The JVM turns SIGINT (Ctrl-C) and SIGTERM alike into a shutdown
 * that runs the shutdown hooks, without telling them which arrived; a run's record should say.
 * {@code sun.misc.Signal} (module jdk.unsupported, kept accessible by JEP 260 for want of a standard
 * API) lets the bench hear the signal first and then hand it to the JVM's own handler, so the
 * shutdown and its hooks happen exactly as without it.
 *
 * <p>A signal the JVM does not turn into a shutdown (ignored, as SIGINT is for a background job,
 * or left to the system with {@code -Xrs}) is left alone.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> NAMES = List.of("INT", "TERM");

    private final List<Handler> installed = new ArrayList<>();

    private StopSignals() {
    }

    /** Tells the listener, then passes the signal on to the handler it replaced. */
    private static final class Handler implements SignalHandler {
        private final Signal signal;
        private final Consumer<String> heard;
        private SignalHandler previous;

        Handler(Signal signal, Consumer<String> heard) {
            this.signal = signal;
            this.heard = heard;
        }

        @Override
        public void handle(Signal received) {
            heard.accept("SIG" + received.getName());
            previous.handle(received);
        }
    }

    /**
     * @param heard called with "SIGINT" or "SIGTERM" when one arrives, before the JVM shuts down
     * @return the installed handlers; close to restore the JVM's own
     */
    static StopSignals install(Consumer<String> heard) {
        StopSignals signals = new StopSignals();
        for (String name : NAMES) {
            Handler handler;
            try {
                handler = new Handler(new Signal(name), heard);
                handler.previous = Signal.handle(handler.signal, handler);
            } catch (IllegalArgumentException unavailable) {
                // not a signal on this system, or one the JVM keeps for itself
                continue;
            }
            if (handler.previous == SignalHandler.SIG_DFL || handler.previous == SignalHandler.SIG_IGN) {
                Signal.handle(handler.signal, handler.previous);
            } else {
                signals.installed.add(handler);
            }
        }
        return signals;
    }

    /** Restores the handlers that were in place before. */
    @Override
    public void close() {
        installed.forEach(h -> Signal.handle(h.signal, h.previous));
        installed.clear();
    }
}
