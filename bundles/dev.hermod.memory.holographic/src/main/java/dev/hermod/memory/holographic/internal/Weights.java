package dev.hermod.memory.holographic.internal;

/**
 * How the three similarity signals combine into a recall score.
 *
 * @param fts weight of the full-text (BM25) score
 * @param jaccard weight of the word-set overlap
 * @param hrr weight of the holographic similarity
 * @param halfLifeDays temporal decay half-life; 0 for none
 */
record Weights(double fts, double jaccard, double hrr, double halfLifeDays) {

    static final Weights DEFAULTS = new Weights(0.4, 0.3, 0.3, 0);

    Weights {
        if (!(fts >= 0 && jaccard >= 0 && hrr >= 0) || fts + jaccard + hrr <= 0) {
            throw new IllegalArgumentException("weight_fts, weight_jaccard and weight_hrr must be >= 0 and not all 0"
                    + " (got " + fts + ", " + jaccard + ", " + hrr + "); the defaults are 0.4, 0.3 and 0.3.");
        }
        if (!(halfLifeDays >= 0)) {
            throw new IllegalArgumentException("temporal_decay_days must be 0 (off) or a positive half-life in days,"
                    + " not " + halfLifeDays + ".");
        }
    }

    /** score = (fts·ftsScore + jaccard·jaccardScore + hrr·hrrScore) · decay. */
    double score(double ftsScore, double jaccardScore, double hrrScore, double ageDays) {
        double decay = halfLifeDays > 0 ? Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays) : 1;
        return (fts * ftsScore + jaccard * jaccardScore + hrr * hrrScore) * decay;
    }
}
