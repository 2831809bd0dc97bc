package dev.glossarytutor.quiz;

/** The three sorts of quiz questions. */
public enum QuestionKind {
    /** The (masked) definition is shown; pick the term among four. */
    DEFINITION_TO_TERM(true, "Which term is defined here?"),
    /** The term is shown; pick its definition among four (labels may be shortened). */
    TERM_TO_DEFINITION(true, "Which definition fits this term?"),
    /** The (masked) definition is shown; type the term. */
    TYPE_THE_TERM(false, "Type the term defined here:");

    private final boolean multipleChoice;
    private final String instruction;

    QuestionKind(boolean multipleChoice, String instruction) {
        this.multipleChoice = multipleChoice;
        this.instruction = instruction;
    }

    /** The line shown above the prompt. */
    public String instruction() {
        return instruction;
    }

    public boolean isMultipleChoice() {
        return multipleChoice;
    }
}
