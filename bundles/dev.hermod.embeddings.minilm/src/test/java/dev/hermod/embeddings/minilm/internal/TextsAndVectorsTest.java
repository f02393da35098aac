package dev.hermod.embeddings.minilm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsAndVectorsTest {

    @Test
    void truncationNeverSplitsASurrogatePair() {
        assertEquals("ab", Texts.truncated("ab\uD83D\uDE80c", 3));
        assertEquals("ab\uD83D\uDE80", Texts.truncated("ab\uD83D\uDE80c", 4));
        assertEquals("short", Texts.truncated("short", 10));
    }

    @Test
    void vectorsAreScaledToUnitLength() {
        float[] unit = Vectors.normalised(new float[] {3, 4}, 2);
        assertEquals(0.6f, unit[0], 1e-6f);
        assertEquals(0.8f, unit[1], 1e-6f);
    }

    @Test
    void aVectorThatCannotBeNormalisedOrHasTheWrongLengthIsAnError() {
        assertThrows(IllegalStateException.class, () -> Vectors.normalised(new float[] {0, 0}, 2));
        assertThrows(IllegalStateException.class, () -> Vectors.normalised(new float[] {Float.NaN, 1}, 2));
        assertEquals("The embedding model returned 1 dimensions instead of 2: the bundle's model file does not"
                + " match its code", assertThrows(IllegalStateException.class,
                        () -> Vectors.normalised(new float[] {1}, 2)).getMessage());
    }
}
