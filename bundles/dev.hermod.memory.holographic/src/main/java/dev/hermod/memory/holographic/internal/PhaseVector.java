package dev.hermod.memory.holographic.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * A holographic reduced representation in the phase (Fourier) form: each element is a unit complex
 * number e^(iθ), stored as its angle θ. Binding adds angles, unbinding subtracts them, bundling
 * sums the unit numbers and keeps each sum's angle.
 */
final class PhaseVector {

    private static final double TWO_PI = 2 * Math.PI;
    private final float[] phases;

    private PhaseVector(float[] phases) {
        this.phases = phases;
    }

    /** The deterministic random vector of {@code symbol}: the same symbol gives the same vector everywhere. */
    static PhaseVector of(String symbol, int dimension) {
        SplittableRandom random = new SplittableRandom(StableHash.of(symbol));
        float[] phases = new float[dimension];
        for (int i = 0; i < dimension; i++) phases[i] = (float) (random.nextDouble() * TWO_PI - Math.PI);
        return new PhaseVector(phases);
    }

    int dimension() { return phases.length; }

    /** Binds a role to a filler: element-wise phase addition (the circular convolution of HRR). */
    PhaseVector bind(PhaseVector other) {
        float[] out = new float[dimension()];
        for (int i = 0; i < out.length; i++) out[i] = wrap(phases[i] + other.phases[i]);
        return new PhaseVector(out);
    }

    /** Undoes {@link #bind}: {@code a.bind(b).unbind(b)} equals {@code a}. */
    PhaseVector unbind(PhaseVector other) {
        float[] out = new float[dimension()];
        for (int i = 0; i < out.length; i++) out[i] = wrap(phases[i] - other.phases[i]);
        return new PhaseVector(out);
    }

    /**
     * The superposition of {@code parts}, normalised back to unit elements. Empty parts, or parts
     * whose elements cancel exactly, give angle 0 there.
     */
    static PhaseVector bundle(Collection<PhaseVector> parts, int dimension) {
        double[] re = new double[dimension];
        double[] im = new double[dimension];
        for (PhaseVector part : parts) {
            for (int i = 0; i < dimension; i++) {
                re[i] += Math.cos(part.phases[i]);
                im[i] += Math.sin(part.phases[i]);
            }
        }
        float[] out = new float[dimension];
        for (int i = 0; i < dimension; i++) out[i] = (float) Math.atan2(im[i], re[i]);
        return new PhaseVector(out);
    }

    /** The mean cosine of the phase differences: 1 for equal vectors, about 0 for unrelated ones, -1 for opposite. */
    double similarity(PhaseVector other) {
        if (other.dimension() != dimension()) throw new IllegalArgumentException("dimensions differ");
        double sum = 0;
        for (int i = 0; i < phases.length; i++) sum += Math.cos(phases[i] - other.phases[i]);
        return sum / phases.length;
    }

    /** The phases as little-endian floats (4 bytes per element). */
    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(phases.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float phase : phases) buffer.putFloat(phase);
        return buffer.array();
    }

    /** Reads {@link #toBytes}; null when the bytes do not hold a vector of {@code dimension}. */
    static PhaseVector fromBytes(byte[] bytes, int dimension) {
        if (bytes == null || bytes.length != dimension * Float.BYTES) return null;
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] phases = new float[dimension];
        for (int i = 0; i < dimension; i++) phases[i] = buffer.getFloat();
        return new PhaseVector(phases);
    }

    private static float wrap(double angle) {
        double wrapped = angle % TWO_PI;
        if (wrapped >= Math.PI) wrapped -= TWO_PI;
        else if (wrapped < -Math.PI) wrapped += TWO_PI;
        return (float) wrapped;
    }
}
