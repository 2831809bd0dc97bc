package dev.glossarytutor.quiz;

import java.time.Instant;
import java.util.List;

/**
 * The chat messages of channel-quiz questions that are still open. A process that stops mid-quiz
 * loses the quiz (it lives in memory), so at the next start the transport closes these messages
 * with a note; the scores already earned were stored answer by answer and stay.
 */
public interface OpenQuizRepository {

    /** One open question message. */
    record OpenMessage(String messageId, String channelId, String serverId, Instant openedAt) {
    }

    /** Marks a message open; opening the same message id again replaces the earlier record. */
    void open(OpenMessage message);

    /** Forgets a message; nothing happens when it was not open. */
    void closed(String messageId);

    /** Every message still marked open, oldest first, message id breaking ties. */
    List<OpenMessage> all();
}
