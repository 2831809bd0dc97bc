package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import java.util.function.Function;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Natural questions in chat. A message is considered when it mentions the bot, arrives by DM or
 * is posted in a help channel (or a thread of one). Chatter gets no reply. Messages addressed
 * to the bot (mention, DM) also get abstentions; unaddressed help-channel messages get a reply
 * only when the tutor is confident.
 */
final class ChatHandler implements DiscordFeature {
    private static final Logger log = LoggerFactory.getLogger(ChatHandler.class);

    /** The tutor of a server's course; a DM gets the default course. */
    private final Function<String, Tutor> tutors;
    private final DiscordLayout layout;
    private final Throttle throttle;
    private final DiscordConfig config;
    private final ChatSender sender;
    private static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile(
            "(?i)(/?help|hi|hello|hey|hallo|start|commands|what can you do)?[\\s!.?]*");

    private final Ticker ticker;
    /** The {@code /help} text. */
    private final java.util.function.Supplier<String> help;
    /** Per limit ("USER:id", "CHANNEL:id"): the ticker time until which a refusal stays silent. */
    private final Map<String, Long> noticed = new ConcurrentHashMap<>();
    /** Where questions are answered: never the event thread, which serves a whole server one event at a time. */
    private final Executor engine;

    static ChatHandler create(DiscordContext c) {
        return new ChatHandler(c.services().courses()::forServer, c.layout(), c.throttle(), c.config(),
                new ChannelReplies(c.config().replyMode()), c.engine(), c.services().ticker(), c.help());
    }

    ChatHandler(Tutor tutor, DiscordLayout layout, Throttle throttle, DiscordConfig config, ChatSender sender,
                Executor engine) {
        this(server -> tutor, layout, throttle, config, sender, engine, () -> 0L, () -> HelpText.HEADING);
    }

    ChatHandler(Function<String, Tutor> tutors, DiscordLayout layout, Throttle throttle, DiscordConfig config, ChatSender sender,
                Executor engine, Ticker ticker, java.util.function.Supplier<String> help) {
        this.help = help;
        this.ticker = ticker;
        this.engine = engine;
        this.tutors = tutors;
        this.layout = layout;
        this.throttle = throttle;
        this.config = config;
        this.sender = sender;
    }

    @Override
    public List<String> help() {
        return List.of("Mention me with a question, ask in a help channel, or send me a DM");
    }

    @Override
    public void onMessage(Message message, long selfId) {
        MessageAuthor author = message.getAuthor();
        if (author == null || author.isBotUser() || author.isWebhook() || author.getId() == selfId) {
            return;
        }
        boolean addressed = message.isPrivateMessage()
                || message.getMentionedUsers().stream().anyMatch(u -> u.getId() == selfId);
        if (!addressed && !inHelpChannel(message)) {
            return;
        }
        String question = stripSelfMention(message.getContent(), selfId);
        String server = serverOf(message);
        if (message.isPrivateMessage() && GREETING.matcher(question).matches()) {
            sendHelp(message, server);
            return;
        }
        String user = author.getIdAsString();
        String channel = message.getChannel().getIdAsString();
        // A question put to the bot always gets a reply, so it is counted at once. Help-channel
        // chatter mostly gets none; it must not use up the budget /define shares, so it is counted
        // only once we know a reply will go out.
        if (addressed && refused(user, channel, message)) {
            return;
        }
        engine.execute(() -> {
            try {
                Tutor tutor = tutors.apply(server);
                Answer answer = tutor.ask(question, server);
                if (message.isPrivateMessage() && answer.kind() == Answer.Kind.CHATTER) {
                    sendHelp(message, server); // a DM is always to the bot: never leave it unanswered
                    return;
                }
                List<MessagePlan> plans = plansFor(tutor, answer, addressed);
                if (!plans.isEmpty() && (addressed || !refused(user, channel, message))) {
                    sender.answer(message, plans);
                }
            } catch (RuntimeException e) {
                log.warn("Answering a chat message failed", e);
            }
        });
    }

    /**
     * True when the limits refuse the question. The first refusal in a limit window gets one short
     * notice (whose limit, when to try again); later ones in the same window get silence, so
     * repeating a question cannot make the bot repeat itself.
     */
    private boolean refused(String user, String channel, Message message) {
        Optional<Throttle.Refusal> refusal = throttle.refusal(user, channel);
        if (refusal.isEmpty()) {
            return false;
        }
        Throttle.Refusal r = refusal.get();
        String key = r.scope() + ":" + (r.scope() == Throttle.Scope.USER ? user : channel);
        long now = ticker.read();
        long until = now + r.retryAfter().toNanos();
        boolean[] first = {false};
        noticed.compute(key, (k, old) -> {
            if (old == null || old - now <= 0) {
                first[0] = true;
                return until;
            }
            return old;
        });
        if (first[0]) {
            sender.notice(message, MessagePlan.text(QuestionBudget.notice(r), false));
        } else {
            log.debug("Rate limit: ignoring a chat question in channel {}", channel);
        }
        return true;
    }

    private List<MessagePlan> plansFor(Tutor tutor, Answer answer, boolean addressed) {
        return switch (answer.kind()) {
            case CHATTER -> List.of();
            case INVALID -> addressed ? List.of(MessagePlan.text(
                    answer.note().isBlank() ? "I could not read that as a question." : answer.note(), false)) : List.of();
            case NOT_FOUND -> addressed ? List.of(layout.abstention(Abstentions.forDisplay(tutor, answer))) : List.of();
            case DEFINITION, COMPARISON -> addressed || answer.confidence() >= config.chatMinConfidence()
                    ? layout.answer(answer) : List.of();
        };
    }

    /** In a DM, "help", a greeting or nothing at all: the help text, since slash commands may not show there. */
    private void sendHelp(Message message, String server) {
        sender.answer(message, List.of(MessagePlan.text(HelpText.withExamples(help.get(), tutors.apply(server)), false)));
    }

    private boolean inHelpChannel(Message message) {
        if (config.helpChannels().isEmpty()) {
            return false;
        }
        long channel = message.getChannel().getId();
        Optional<Long> parent = message.getServerThreadChannel().map(t -> t.getParent().getId());
        return config.helpChannels().contains(channel) || parent.map(config.helpChannels()::contains).orElse(false);
    }

    static String stripSelfMention(String content, long selfId) {
        return content.replaceAll("<@!?" + selfId + ">", " ").replaceAll(" {2,}", " ").strip();
    }

    /** The message's server, or the DM pseudo-server the interactions use too. */
    private static String serverOf(Message message) {
        return message.getServer().map(DiscordEntity::getIdAsString).orElse(InteractionHandler.DM_SERVER);
    }
}
