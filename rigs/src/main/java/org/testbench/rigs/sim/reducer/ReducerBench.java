package org.testbench.rigs.sim.reducer;

/**
 * The bench around the reducer: input servo (enable, mode, commands), load machine (enable,
 * torque), and the state they act on (input angle, hysteresis state, housing temperature, output
 * revolutions, simulated time). Commands act at once; {@link #advance} moves simulated time on,
 * in steps short enough for the temperature, each step exact for the speed it holds.
 *
 * <p>Inertia is neglected: a speed follows its command (or the torque balance) instantly, which
 * keeps every step closed-form at any time scale. Thread-safe: Modbus writes and the clock's
 * tick arrive on different threads.
 */
final class ReducerBench {

    /** Longest step as a fraction of the housing's time constant, so loss and temperature stay coupled. */
    private static final double STEPS_PER_TIME_CONSTANT = 50;

    private final ReducerParams params;
    private final ReducerModel model;
    private final TorqueBalance balance;
    private final double longestStepS;

    private boolean inputEnabled;
    private InputMode mode = InputMode.LOCKED;
    private double speedCommandRpm;
    private double positionCommandDeg;
    private double torqueCommandNm;
    private boolean outputEnabled;
    private double loadCommandNm;

    private double inputAngleDeg;
    private double lastInputRpm;
    private double playNm;
    private double housingC;
    private double outputRevolutions;
    private double simTimeS;

    /** @param model the reducer; the bench starts in its safe state, at ambient, input angle 0 */
    ReducerBench(ReducerModel model) {
        this.model = model;
        this.params = model.params();
        this.balance = model.balance();
        this.longestStepS = params.thermal().timeConstantS() / STEPS_PER_TIME_CONSTANT;
        this.playNm = model.initialPlayNm();
        this.housingC = params.thermal().ambientC();
    }

    /**
     * Checks a command without applying it, so a request of several values can be refused whole.
     *
     * @param register a holding register of the map
     * @param value    the value written to it
     * @throws IllegalArgumentException when the bench would refuse the value, saying why
     */
    void check(BenchRegister register, double value) {
        switch (register) {
            case INPUT_ENABLE, OUTPUT_ENABLE -> {
                if (value != 0 && value != 1) {
                    throw new IllegalArgumentException(register.signal() + " must be 0 or 1, got " + value);
                }
            }
            case INPUT_MODE -> InputMode.of((int) value);
            case INPUT_SPEED_COMMAND -> within(register, value, params.maxInputSpeedRpm());
            case INPUT_POSITION_COMMAND -> {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(register.signal() + " must be a finite angle, got " + value);
                }
            }
            case INPUT_TORQUE_COMMAND -> within(register, value, params.peakTorqueNm() / params.ratio());
            case OUTPUT_TORQUE_COMMAND -> within(register, value, params.peakTorqueNm());
            default -> throw new IllegalArgumentException(register.signal() + " is a measurement, not a command");
        }
    }

    /**
     * Applies a command at once.
     *
     * @param register a holding register of the map
     * @param value    the value written to it
     * @throws IllegalArgumentException when {@link #check} refuses the value; nothing changes then
     */
    synchronized void command(BenchRegister register, double value) {
        check(register, value);
        switch (register) {
            case INPUT_ENABLE -> inputEnabled = value == 1;
            case INPUT_MODE -> mode = InputMode.of((int) value);
            case INPUT_SPEED_COMMAND -> speedCommandRpm = value;
            case INPUT_POSITION_COMMAND -> positionCommandDeg = value;
            case INPUT_TORQUE_COMMAND -> torqueCommandNm = value;
            case OUTPUT_ENABLE -> outputEnabled = value == 1;
            default -> loadCommandNm = value;
        }
        // The hysteresis is rate-independent: a jump ends where a ramp to the same torque would.
        playNm = model.nextPlayNm(playNm, loadNm());
    }

    /**
     * @param register a holding register of the map
     * @return the command it holds, as a client would read it back
     */
    synchronized double commanded(BenchRegister register) {
        return switch (register) {
            case INPUT_ENABLE -> inputEnabled ? 1 : 0;
            case INPUT_MODE -> mode.code();
            case INPUT_SPEED_COMMAND -> speedCommandRpm;
            case INPUT_POSITION_COMMAND -> positionCommandDeg;
            case INPUT_TORQUE_COMMAND -> torqueCommandNm;
            case OUTPUT_ENABLE -> outputEnabled ? 1 : 0;
            case OUTPUT_TORQUE_COMMAND -> loadCommandNm;
            default -> throw new IllegalArgumentException(register.signal() + " is a measurement, not a command");
        };
    }

    /**
     * @param seconds simulated time to let pass, >= 0
     */
    synchronized void advance(double seconds) {
        double remaining = seconds;
        while (remaining > 0) {
            remaining -= step(Math.min(remaining, longestStepS));
        }
        simTimeS += seconds;
    }

    /** @return the true values at this instant, before any sensor noise */
    synchronized BenchReading reading() {
        double rpm = inputRpm();
        double load = loadNm();
        return new BenchReading(simTimeS, inputAngleDeg, rpm, inputTorqueNm(rpm, load),
                model.outputAngleDeg(inputAngleDeg, load, playNm, outputRevolutions), rpm / params.ratio(), load,
                housingC, params.thermal().ambientC(), outputRevolutions);
    }

    /**
     * One step at the speed the bench holds now; a positioning move that arrives ends the step early.
     *
     * @return the simulated time the step took
     */
    private double step(double seconds) {
        double rpm = inputRpm();
        double load = loadNm();
        double torque = inputTorqueNm(rpm, load);
        double duration = seconds;
        double travelDeg = rpm * 6 * seconds;
        if (mode == InputMode.POSITION && inputEnabled && rpm != 0
                && Math.abs(travelDeg) >= Math.abs(positionCommandDeg - inputAngleDeg)) {
            travelDeg = positionCommandDeg - inputAngleDeg;
            duration = travelDeg / (rpm * 6);
            inputAngleDeg = positionCommandDeg;
        } else {
            inputAngleDeg += travelDeg;
        }
        outputRevolutions += Math.abs(travelDeg) / (360 * params.ratio());
        housingC = params.thermal().after(housingC, balance.lossW(rpm, torque, load), duration);
        lastInputRpm = rpm;
        return duration;
    }

    private static void within(BenchRegister register, double value, double limit) {
        if (!(Math.abs(value) <= limit)) {
            throw new IllegalArgumentException(register.signal() + " must be a number within ±" + limit + " "
                    + register.unit() + ", got " + value);
        }
    }

    private double loadNm() {
        return outputEnabled ? loadCommandNm : 0;
    }

    private double inputRpm() {
        if (!inputEnabled) {
            return balance.drivenRpm(0, loadNm(), lastInputRpm, housingC, outputRevolutions);
        }
        return switch (mode) {
            case LOCKED -> 0;
            case SPEED -> speedCommandRpm;
            case POSITION -> Math.signum(positionCommandDeg - inputAngleDeg) * params.positioningSpeedRpm();
            case TORQUE -> balance.drivenRpm(torqueCommandNm, loadNm(), lastInputRpm, housingC, outputRevolutions);
        };
    }

    private double inputTorqueNm(double rpm, double load) {
        if (!inputEnabled) {
            return 0;
        }
        return switch (mode) {
            case TORQUE -> torqueCommandNm;
            case LOCKED -> -load / params.ratio();
            default -> balance.inputTorqueNm(rpm, load, housingC, outputRevolutions);
        };
    }
}
