package dev.glossarytutor.discord;

import dev.glossarytutor.config.DiscordConfig.ReplyMode;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.AutoArchiveDuration;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers chat questions with Javacord: the first message replies to the question (without
 * pinging its author), further messages follow in order. In thread mode, questions in a server
 * text channel get a thread and the answer goes there.
 */
final class ChannelReplies implements ChatSender {
    private static final Logger log = LoggerFactory.getLogger(ChannelReplies.class);
    private static final int THREAD_NAME_LIMIT = 100;

    private final ReplyMode mode;

    ChannelReplies(ReplyMode mode) {
        this.mode = mode;
    }

    @Override
    public void answer(Message question, List<MessagePlan> plans) {
        boolean threadable = mode == ReplyMode.THREAD && !question.isPrivateMessage() && !question.isThreadMessage()
                && question.getServerTextChannel().isPresent();
        CompletableFuture<?> sent = threadable
                ? question.createThread(threadName(question), AutoArchiveDuration.ONE_DAY)
                        .thenCompose(thread -> sendAll(thread, null, plans))
                : sendAll(question.getChannel(), question, plans);
        sent.exceptionally(e -> {
            log.warn("Answering a chat message failed", e);
            return null;
        });
    }

    @Override
    public void notice(Message question, MessagePlan notice) {
        sendAll(question.getChannel(), question, List.of(notice)).exceptionally(e -> {
            log.warn("Sending a notice failed", e);
            return null;
        });
    }

    private static CompletableFuture<?> sendAll(TextChannel channel, Message replyTo, List<MessagePlan> plans) {
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (int n = 0; n < plans.size(); n++) {
            MessageBuilder builder = Replies.message(plans.get(n));
            if (n == 0 && replyTo != null) {
                builder.replyTo(replyTo);
            }
            chain = chain.thenCompose(ignored -> builder.send(channel));
        }
        return chain;
    }

    private static String threadName(Message question) {
        String text = DiscordLayout.neutralize(question.getContent().replaceAll("<[@#][!&]?\\d+>", "")
                .replaceAll("\\s+", " ").strip());
        String name = text.isEmpty() ? "Glossary question" : text;
        return name.length() <= THREAD_NAME_LIMIT ? name : name.substring(0, THREAD_NAME_LIMIT - 1) + "\u2026";
    }
}
