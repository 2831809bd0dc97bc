package dev.glossarytutor.match;

/**
 * The cosine similarity a description needs before its best match is quoted. Each embedding
 * model spreads similarities differently, so each has its own floors.
 *
 * @param described for an explicit "what do you call ..." question
 * @param unframed  for a long "what is X" where X names no term: a higher bar, since it may just
 *                  be a term the glossary lacks
 */
public record SimilarityFloors(double described, double unframed) {
    public SimilarityFloors {
        if (described <= 0 || described >= 1 || unframed <= 0 || unframed >= 1) {
            throw new IllegalArgumentException("similarity floors must lie strictly between 0 and 1");
        }
    }
}
