package dev.glossarytutor.discord;

import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.List;
import org.javacord.api.entity.message.Message;

/** Sends the answer to a chat message (a reply, or into a thread on it). */
interface ChatSender {
    void answer(Message question, List<MessagePlan> plans);

    /** A short notice about {@code question} (a rate limit): a plain reply, never a new thread. */
    default void notice(Message question, MessagePlan notice) {
        answer(question, List.of(notice));
    }
}
