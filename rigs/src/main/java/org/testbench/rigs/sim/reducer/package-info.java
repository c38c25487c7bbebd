/**
 * A simulated precision-reducer bench (harmonic or RV reducer between an input servo and an
 * output load machine) served over Modbus TCP, so that reducer procedures run against it exactly
 * as against a real bench: over a socket, through the rig file {@code rigs/sim-reducer.yaml}.
 * The contract it keeps (signals, modes, safe state) is the project's REDUCER-BENCH.md.
 *
 * <p>Its purpose is the known-answer test: every characteristic a reducer test measures has a
 * closed-form expected value in {@link org.testbench.rigs.sim.reducer.ReducerModel}, computed
 * from the params file (and independently of the analyses in {@code standards}), so a
 * measurement is checked against the model and never against a copied number.
 *
 * <h2>Parts</h2>
 * {@link org.testbench.rigs.sim.reducer.ReducerParams} (read by
 * {@link org.testbench.rigs.sim.reducer.ReducerParamsFile}) holds the reducer;
 * {@link org.testbench.rigs.sim.reducer.ReducerModel} its pure physics;
 * {@code ReducerBench} the bench's state machine (enables, input modes, commands, simulated time);
 * {@link org.testbench.rigs.sim.reducer.BenchRegister} the register map;
 * {@link org.testbench.rigs.sim.reducer.SimulatedReducerServer} the Modbus server and its clock.
 *
 * <h2>Twist under load (hysteresis test)</h2>
 * With the input locked, the output twists under the output torque T by
 * <pre>
 *   θ(T, p, N) = S(T) + (D(N) / 2) clamp(T / t, -1, 1) - (H / 2) (T - p) / r      [arcmin]
 * </pre>
 * <ul>
 * <li>S(T): the elastic twist of the three-segment stiffness (K1, K2, K3, T1, T2), odd in T.</li>
 * <li>The second term is the tooth play, taken up linearly between -t and +t, t the torque the
 *     lost motion is specified at; D is chosen so that the lost motion comes out as the
 *     parameter: D(0) = lostMotion - 2 S(t), and wear adds to it: D(N) = D(0) + growth N / 1e6.</li>
 * <li>The third term is the hysteresis, a play (backlash) operator: the state p follows the
 *     torque only when it would leave the band [T - r, T + r], {@code p := clamp(p, T - r, T + r)},
 *     so (T - p) / r is -1 on a rising branch, +1 on a falling one, and crosses linearly over a
 *     torque travel of 2r (the params' transition torque) after each reversal. The model is
 *     rate-independent, so it holds for any time step and any sampling of the loop.</li>
 * </ul>
 * What a hysteresis test measures then follows exactly. Away from a reversal (more than 2r
 * past it) the branches are the midline m(T) = S(T) + (D/2) clamp(T/t, -1, 1) shifted by ∓H/2:
 * <ul>
 * <li>hysteresis loss, the loop width at T = 0 of a loop to ±A: H clamp(A/r - 1, 0, 1), i.e. H
 *     for the rated loop (the params require 2r + t <= T_R);</li>
 * <li>lost motion at ±t': m(t') - m(-t') = 2 S(t') + D min(1, t'/t), the parameter at t' = t;</li>
 * <li>K1, K2, K3: the slopes of the loading branch on [t, T1], [T1, T2], [T2, T_R], where it is
 *     a straight line (the play term is constant there). Below t the branch is steeper than K1
 *     by the play, as measured curves are.</li>
 * </ul>
 * The params also require 2r >= H max(K): then the twist never runs backwards after a reversal.
 * At start-up p = -r, as if the reducer had last been loaded from below.
 *
 * <h2>Running</h2>
 * Output angle = input angle / i + transmission error + twist. The transmission error is a sum of
 * harmonics of the input and the output revolution (amplitude, phase). The torque balance at the
 * input (inertia neglected) uses the starting torque T_s, the no-load running torque
 * T_nl(n) = T_c + c_v |n|, the forward mesh efficiency η_f and the backward efficiency
 * η_b = i T_s / T_bd implied by the catalogue's back-driving torque T_bd: driving against a load
 * needs T_L / (i η_f) + T_nl at the input, so the overall efficiency is
 * η = (T_L / i) / (T_L / (i η_f) + T_nl(n, θ)), lower at light load and when cold. Friction is
 * scaled by max(f_min, 1 - β (θ - θ_ref)), θ the housing temperature, and grows with wear. In
 * torque mode (and with the servo off, the load alone driving) a resting input starts only when
 * the available torque exceeds the breakaway torque, and then turns at the speed where it meets
 * the running torque. The housing heats with the lost power through a first-order model
 * (thermal resistance and capacitance), integrated exactly over each step.
 *
 * <h2>Time and noise</h2>
 * Simulated time advances in a background tick at the configured time scale, in steps of at most
 * 1/50 of the housing's time constant, each exact for the speed it holds; at time scale 60000 a
 * 10 ms tick is 10 simulated minutes. Every sensor adds Gaussian noise from one generator seeded
 * by the configuration, drawn afresh at every tick.
 */
package org.testbench.rigs.sim.reducer;
