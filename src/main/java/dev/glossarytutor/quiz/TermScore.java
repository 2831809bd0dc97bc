package dev.glossarytutor.quiz;

/** How a class did on one term's quiz questions. */
public record TermScore(String term, int answered, int correct) {

    /** Correct answers as a share of all answers, 0..1; 0 when never answered. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
