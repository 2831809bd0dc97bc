package dev.glossarytutor.answer;

/**
 * Told about every answer the tutor gives, with the server it was asked in. Coverage-gap logging
 * and usage statistics hang here, so transports need not remember to call them.
 */
@FunctionalInterface
public interface AnswerListener {
    /** Called after each answer; must not throw (failures are logged and ignored). */
    void answered(String serverId, Answer answer);
}
