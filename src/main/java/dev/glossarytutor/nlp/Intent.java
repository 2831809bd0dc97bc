package dev.glossarytutor.nlp;

/** What a message asks for. */
public enum Intent {
    /** "what is X", "define X", "X?": quote X. */
    DEFINE,
    /** "X vs Y", "difference between X and Y": quote each. */
    COMPARE,
    /** "what do you call ...", "what is the name for ...": find the term from a description. */
    DESCRIBE,
    /** No question: thanks, greetings, status updates. */
    NONE
}
