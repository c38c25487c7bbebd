package org.testbench.rigs.sim.reducer;

/**
 * The output's twist against a locked input: θ(T, p, N) = S(T) + B(T, N) - (H/2) (T - p) / r,
 * described with its reasons in the package documentation. Pure: the only history is the play
 * operator's state p, which the caller keeps and updates with {@link #nextPlayNm}.
 */
final class TwistModel {

    private final StiffnessCurve stiffness;
    private final double hysteresisLoss;
    private final double halfTransition;
    private final double playTorque;
    private final double newPlay;
    private final double playGrowth;

    /** @param params the reducer */
    TwistModel(ReducerParams params) {
        this.stiffness = params.stiffness();
        this.hysteresisLoss = params.hysteresisLossArcmin();
        this.halfTransition = params.hysteresisTransitionNm() / 2;
        this.playTorque = params.lostMotionTorqueNm();
        this.newPlay = params.lostMotionArcmin() - 2 * stiffness.twistArcmin(playTorque);
        this.playGrowth = params.lostMotionGrowthArcminPerMillionRevolutions();
    }

    /** @return p at start-up: as if last loaded from below, so a first loading to +T lies on the loading branch */
    double initialPlayNm() {
        return -halfTransition;
    }

    /**
     * @param playNm   the play operator's state before the torque changed
     * @param torqueNm the new output torque
     * @return the state after a monotonic change to {@code torqueNm}: p clamped to [T - r, T + r]
     */
    double nextPlayNm(double playNm, double torqueNm) {
        return Math.max(torqueNm - halfTransition, Math.min(torqueNm + halfTransition, playNm));
    }

    /**
     * @param outputRevolutions output revolutions run so far
     * @return D(N): the tooth play taken up between -t and +t, arcmin
     */
    double playArcmin(double outputRevolutions) {
        return newPlay + playGrowth * outputRevolutions / 1e6;
    }

    /**
     * @param torqueNm          output torque
     * @param outputRevolutions output revolutions run so far
     * @return the loop's midline S(T) + (D/2) clamp(T / t, -1, 1), arcmin
     */
    double midlineArcmin(double torqueNm, double outputRevolutions) {
        double engaged = Math.max(-1, Math.min(1, torqueNm / playTorque));
        return stiffness.twistArcmin(torqueNm) + playArcmin(outputRevolutions) / 2 * engaged;
    }

    /**
     * @param torqueNm          output torque
     * @param playNm            the play operator's state at that torque
     * @param outputRevolutions output revolutions run so far
     * @return the twist, arcmin
     */
    double twistArcmin(double torqueNm, double playNm, double outputRevolutions) {
        return midlineArcmin(torqueNm, outputRevolutions) - hysteresisLoss / 2 * (torqueNm - playNm) / halfTransition;
    }

    /**
     * @param amplitudeNm the loop's amplitude A: cycles between -A and +A
     * @return the loop's width at T = 0 once cycling: H clamp(A / r - 1, 0, 1), arcmin
     */
    double hysteresisLossArcmin(double amplitudeNm) {
        return hysteresisLoss * Math.max(0, Math.min(1, Math.abs(amplitudeNm) / halfTransition - 1));
    }

    /** @return H, the hysteresis loss of a fully opened loop, arcmin */
    double fullHysteresisLossArcmin() {
        return hysteresisLoss;
    }
}
