package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatHandlerTest {
    private static final long SELF = 1000;
    private static final long HELP_CHANNEL = 700;
    private final List<List<MessagePlan>> sent = new ArrayList<>();
    private Tutor tutor;

    @BeforeEach
    void setUp() throws Exception {
        tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
    }

    private ChatHandler handler(Tutor t) {
        return handler(t, Runnable::run);
    }

    private ChatHandler handler(Tutor t, Executor engine) {
        return handler(t, engine, new Throttle(5, 50, () -> 0L));
    }

    private ChatHandler handler(Tutor t, Executor engine, Throttle throttle) {
        DiscordConfig config = DiscordConfig.from(new Env(Map.of("DISCORD_HELP_CHANNELS", Long.toString(HELP_CHANNEL))));
        return new ChatHandler(t, new DiscordLayout(), throttle, config, (question, plans) -> sent.add(plans), engine);
    }

    private static Message message(String content, long channelId, boolean dm, boolean mentionsSelf, boolean bot) {
        Message m = mock(Message.class);
        MessageAuthor author = mock(MessageAuthor.class);
        when(author.getId()).thenReturn(42L);
        when(author.getIdAsString()).thenReturn("42");
        when(author.isBotUser()).thenReturn(bot);
        TextChannel channel = mock(TextChannel.class);
        when(channel.getId()).thenReturn(channelId);
        when(channel.getIdAsString()).thenReturn(Long.toString(channelId));
        User self = mock(User.class);
        when(self.getId()).thenReturn(SELF);
        when(m.getAuthor()).thenReturn(author);
        when(m.getChannel()).thenReturn(channel);
        when(m.getContent()).thenReturn(content);
        when(m.isPrivateMessage()).thenReturn(dm);
        when(m.getMentionedUsers()).thenReturn(mentionsSelf ? List.of(self) : List.of());
        when(m.getServer()).thenReturn(Optional.empty());
        return m;
    }

    @Test
    void mention_withQuestion_shouldReplyWithTheQuote() {
        // WHEN
        handler(tutor).onMessage(message("<@1000> what is an epoch?", 1, false, true, false), SELF);

        // THEN
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get(0).embeds().get(0).title()).isEqualTo("Epoch");
    }

    @Test
    void mention_shouldBeAnsweredOnTheEngine_notOnTheEventThread() {
        // GIVEN an engine that runs work only when told, and a tutor that records the questions it gets
        List<Runnable> engine = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        tutor.addListener((server, answer) -> asked.add(answer.question()));
        ChatHandler chat = handler(tutor, engine::add);

        // WHEN a question arrives on the event thread
        chat.onMessage(message("<@1000> what is an epoch?", 1, false, true, false), SELF);

        // THEN the event thread has handed it on without asking the tutor
        assertThat(asked).isEmpty();
        assertThat(sent).isEmpty();
        // ... and the engine answers it
        engine.forEach(Runnable::run);
        assertThat(asked).hasSize(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void directMessage_shouldBeAnswered() {
        handler(tutor).onMessage(message("what is an epoch", 5, true, false, false), SELF);
        assertThat(sent).hasSize(1);
    }

    @Test
    void ordinaryMessage_elsewhere_shouldBeIgnored() {
        handler(tutor).onMessage(message("what is an epoch?", 1, false, false, false), SELF);
        assertThat(sent).isEmpty();
    }

    @Test
    void helpChannel_unknownTerm_shouldStaySilentUnlessAddressed() {
        // WHEN an unaddressed question the glossary cannot answer, then the same one addressed
        handler(tutor).onMessage(message("what is a flux capacitor?", HELP_CHANNEL, false, false, false), SELF);
        assertThat(sent).isEmpty();
        handler(tutor).onMessage(message("what is an epoch?", HELP_CHANNEL, false, false, false), SELF);

        // THEN only the answerable one got a reply
        assertThat(sent).hasSize(1);
    }

    @Test
    void helpChannelChat_thatGetsNoReply_shouldNotUseUpTheQuestionBudget() {
        // GIVEN the bot's shared throttle (5 a minute per user) and a help channel
        Throttle throttle = new Throttle(5, 50, () -> 0L);
        ChatHandler chat = handler(tutor, Runnable::run, throttle);

        // WHEN a student chats with classmates in the help channel (nothing the bot answers)...
        for (String line : List.of("anyone around?", "I am stuck on the flux capacitor",
                "the lab room is cold", "see you tomorrow", "brb coffee")) {
            chat.onMessage(message(line, HELP_CHANNEL, false, false, false), SELF);
        }
        assertThat(sent).isEmpty();
        // ... and then asks a real question
        chat.onMessage(message("what is an epoch?", HELP_CHANNEL, false, false, false), SELF);

        // THEN the question is answered, and /define (same throttle) still works for them
        assertThat(sent).hasSize(1);
        assertThat(throttle.check("42", "other-channel")).isEmpty();
    }

    @Test
    void helpChannel_answerableQuestionOverTheBudget_shouldGetOnlyTheLimitNotice() {
        // GIVEN a student who has used their one question of the minute
        Throttle throttle = new Throttle(1, 50, () -> 0L);
        assertThat(throttle.check("42", "elsewhere")).isEmpty();
        ChatHandler chat = handler(tutor, Runnable::run, throttle);

        // WHEN they ask an answerable question in the help channel
        chat.onMessage(message("what is an epoch?", HELP_CHANNEL, false, false, false), SELF);

        // THEN the quote is held back by the limit; a notice says when to ask again
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get(0).embeds()).isEmpty();
        assertThat(sent.get(0).get(0).content()).startsWith("You are asking faster than I can keep up");
    }

    @Test
    void mention_overTheBudget_shouldBeRefusedBeforeTheTutorIsAsked() {
        // GIVEN a student who has used their one question of the minute, and a tutor that records questions
        Throttle throttle = new Throttle(1, 50, () -> 0L);
        assertThat(throttle.check("42", "elsewhere")).isEmpty();
        List<String> asked = new ArrayList<>();
        tutor.addListener((server, answer) -> asked.add(answer.question()));

        // WHEN they mention the bot with a question
        handler(tutor, Runnable::run, throttle).onMessage(message("<@1000> what is an epoch?", 1, false, true, false), SELF);

        // THEN the tutor never saw it; one short notice (no quote) says when to ask again
        assertThat(asked).isEmpty();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get(0).content()).startsWith("You are asking faster than I can keep up");
        assertThat(sent.get(0).get(0).embeds()).isEmpty();
    }

    @Test
    void chatter_evenWithAMention_shouldGetNoReply() {
        // GIVEN an engine that recognises chatter (the real engine does; the branch's stub cannot)
        Tutor chatty = mock(Tutor.class);
        when(chatty.ask("thanks!", InteractionHandler.DM_SERVER)).thenReturn(Answer.chatter("thanks!"));

        // WHEN
        handler(chatty).onMessage(message("<@1000> thanks!", 1, false, true, false), SELF);

        // THEN
        assertThat(sent).isEmpty();
    }

    @Test
    void botAuthors_shouldBeIgnored() {
        handler(tutor).onMessage(message("<@1000> what is an epoch?", 1, false, true, true), SELF);
        assertThat(sent).isEmpty();
    }

    @Test
    void stripSelfMention_shouldLeaveTheQuestion() {
        assertThat(ChatHandler.stripSelfMention("<@!1000> what is an epoch?", SELF)).isEqualTo("what is an epoch?");
    }
}
