package dev.glossarytutor.match;

/**
 * Where an embedding model's cosine similarities start to mean "related". Each model spreads
 * similarities differently; the scorer's meaning signals are measured from this point, so one
 * tuning serves every model.
 *
 * @param described the similarity a description typically needs to be about an entry
 */
public record SimilarityFloors(double described) {
    public SimilarityFloors {
        if (described <= 0 || described >= 1) {
            throw new IllegalArgumentException("the similarity floor must lie strictly between 0 and 1");
        }
    }
}
