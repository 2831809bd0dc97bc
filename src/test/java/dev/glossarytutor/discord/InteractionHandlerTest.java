package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.DiscordShows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.MessageContextMenuInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.javacord.core.entity.message.embed.EmbedBuilderDelegateImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class InteractionHandlerTest {
    /** The /help text the bot builds from its features (see HelpTextTest); here any text will do. */
    private static final String HELP = "**Glossary Tutor** help";
    private Tutor tutor;
    private GlossaryAdmin admin;
    private InteractionHandler handler;
    private InteractionImmediateResponseBuilder responder;
    private final List<Runnable> queued = new ArrayList<>();
    private final ManualDeadlines deadlines = new ManualDeadlines();

    @BeforeEach
    void setUp() throws Exception {
        tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
        admin = mock(GlossaryAdmin.class);
        when(admin.reload(anyString(), anyString())).thenReturn("Reloaded the glossary: 3 terms.");
        handler = handler(Runnable::run, 5);
        responder = Mocks.builder(InteractionImmediateResponseBuilder.class);
    }

    private InteractionHandler handler(Executor engine, int perUser) {
        return new InteractionHandler(tutor, new DiscordLayout(), new Responder(engine, deadlines, Duration.ofMillis(1500)),
                new Throttle(perUser, 100, () -> 0L), new InstructorGate(Optional.of(77L)), admin, () -> HELP);
    }

    private <T extends org.javacord.api.interaction.InteractionBase> T interaction(Class<T> type, long userId) {
        T i = mock(type);
        User user = mock(User.class);
        when(user.getIdAsString()).thenReturn(Long.toString(userId));
        when(user.getDiscriminatedName()).thenReturn("student#0001");
        TextChannel channel = mock(TextChannel.class);
        when(channel.getIdAsString()).thenReturn("500");
        when(i.getUser()).thenReturn(user);
        when(i.getChannel()).thenReturn(Optional.of(channel));
        when(i.createImmediateResponder()).thenReturn(responder);
        return i;
    }

    private SlashCommandInteraction slash(String command, String option, String value) {
        SlashCommandInteraction i = interaction(SlashCommandInteraction.class, 42);
        when(i.getFullCommandName()).thenReturn(command);
        if (option != null) {
            when(i.getArgumentStringValueByName(option)).thenReturn(Optional.of(value));
        }
        return i;
    }

    private static JsonNode json(EmbedBuilder embed) {
        return ((EmbedBuilderDelegateImpl) embed.getDelegate()).toJsonNode();
    }

    @SuppressWarnings("unchecked")
    private List<EmbedBuilder> sentEmbeds() {
        ArgumentCaptor<List<EmbedBuilder>> embeds = ArgumentCaptor.forClass(List.class);
        verify(responder).addEmbeds(embeds.capture());
        return embeds.getValue();
    }

    @Test
    void define_knownTerm_shouldRespondWithVerbatimEmbedAndNoPings() {
        // GIVEN /define term: epoch
        SlashCommandInteraction i = slash("define", "term", "epoch");

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        JsonNode embed = json(sentEmbeds().get(0));
        assertThat(embed.get("title").asText()).isEqualTo("Epoch");
        assertThat(DiscordShows.text(embed.get("description").asText())).isEqualTo(tutor.glossary().get("Epoch").definition());
        verify(responder).setAllowedMentions(any());
        verify(responder).respond();
        verify(responder, never()).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void define_unknownTerm_shouldAbstainInContent() {
        // GIVEN
        SlashCommandInteraction i = slash("define", "term", "flux capacitor");

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(responder).setContent(content.capture());
        assertThat(content.getValue()).contains("no term for \u201cflux capacitor\u201d");
    }

    @Test
    void ask_shouldGoThroughTheEngineWithTheServerId() {
        // GIVEN /ask in server 9
        SlashCommandInteraction i = slash("ask", "question", "what is an epoch?");
        Server server = mock(Server.class);
        when(server.getIdAsString()).thenReturn("9");
        when(i.getServer()).thenReturn(Optional.of(server));
        List<String> servers = new ArrayList<>();
        tutor.addListener((s, a) -> servers.add(s));

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        assertThat(servers).containsExactly("9");
        assertThat(json(sentEmbeds().get(0)).get("title").asText()).isEqualTo("Epoch");
    }

    @Test
    void autocomplete_shouldOfferAtMost25TermsRankedByTheMatcher() {
        // GIVEN the user typed "b"
        AutocompleteInteraction i = interaction(AutocompleteInteraction.class, 42);
        SlashCommandInteractionOption focused = mock(SlashCommandInteractionOption.class);
        when(focused.getStringValue()).thenReturn(Optional.of("b"));
        when(i.getFocusedOption()).thenReturn(focused);
        when(i.respondWithChoices(anyList())).thenReturn(CompletableFuture.completedFuture(null));

        // WHEN
        handler.onAutocomplete(i);

        // THEN
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<SlashCommandOptionChoice>> choices = ArgumentCaptor.forClass(List.class);
        verify(i).respondWithChoices(choices.capture());
        assertThat(choices.getValue()).hasSizeBetween(1, 25);
        assertThat(choices.getValue()).extracting(SlashCommandOptionChoice::getName)
                .containsExactlyElementsOf(tutor.complete("b", 25));
    }

    @Test
    void glossaryReload_byStudent_shouldBeRefusedPrivatelyAndNotRun() {
        // GIVEN a member without Manage Server or the instructor role
        SlashCommandInteraction i = slash("glossary reload", null, null);
        Server server = mock(Server.class);
        when(i.getServer()).thenReturn(Optional.of(server));

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        verify(admin, never()).reload(anyString(), anyString());
        verify(responder).setFlags(MessageFlag.EPHEMERAL);
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(responder).setContent(content.capture());
        assertThat(content.getValue()).startsWith("Only instructors");
    }

    @Test
    void glossaryReload_byManager_shouldRunAndAnswerPrivately() {
        // GIVEN a member with Manage Server
        SlashCommandInteraction i = slash("glossary reload", null, null);
        Server server = mock(Server.class);
        when(server.hasPermission(i.getUser(), PermissionType.MANAGE_SERVER)).thenReturn(true);
        when(i.getServer()).thenReturn(Optional.of(server));

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        verify(admin).reload(anyString(), anyString());
        verify(responder).setContent("Reloaded the glossary: 3 terms.");
        verify(responder).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void glossarySearch_shouldListMatchingTermsWithButtons() {
        // GIVEN
        SlashCommandInteraction i = slash("glossary search", "query", "batch");

        // WHEN
        handler.onSlashCommand(i);

        // THEN
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(responder).setContent(content.capture());
        assertThat(content.getValue()).contains("Batch size");
        verify(responder).addComponents(any());
    }

    @Test
    void define_overTheUserLimit_shouldGetAPrivateNoticeWithTheWait() {
        // GIVEN one question per minute already used
        handler = handler(Runnable::run, 1);
        handler.onSlashCommand(slash("define", "term", "epoch"));
        responder = Mocks.builder(InteractionImmediateResponseBuilder.class);

        // WHEN
        handler.onSlashCommand(slash("define", "term", "epoch"));

        // THEN
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(responder).setContent(content.capture());
        assertThat(content.getValue()).contains("ask again in 60 seconds");
        verify(responder).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void button_suggestion_shouldQuoteTheTerm_andForeignButtonsAreIgnored() {
        // GIVEN
        ButtonInteraction click = interaction(ButtonInteraction.class, 42);
        when(click.getCustomId()).thenReturn("define:Epoch");
        ButtonInteraction quiz = interaction(ButtonInteraction.class, 42);
        when(quiz.getCustomId()).thenReturn("quiz:answer:1");

        // WHEN
        handler.onButton(click);
        handler.onButton(quiz);

        // THEN
        assertThat(json(sentEmbeds().get(0)).get("title").asText()).isEqualTo("Epoch");
        verify(quiz, never()).createImmediateResponder();
    }

    @Test
    void contextMenu_shouldQuoteTheTermsInTheMessage() {
        // GIVEN a message that names a term
        MessageContextMenuInteraction i = interaction(MessageContextMenuInteraction.class, 42);
        Message target = mock(Message.class);
        when(target.getContent()).thenReturn("Epoch");
        when(i.getTarget()).thenReturn(target);
        when(i.getCommandName()).thenReturn("Define terms in this message");

        // WHEN
        handler.onMessageContextMenu(i);

        // THEN
        assertThat(json(sentEmbeds().get(0)).get("title").asText()).isEqualTo("Epoch");
    }

    @Test
    void define_slowEngine_shouldDeferThenUpdateTheOriginalResponse() {
        // GIVEN an engine that has not run yet when the deadline passes
        handler = handler(queued::add, 5);
        SlashCommandInteraction i = slash("define", "term", "epoch");
        InteractionOriginalResponseUpdater updater = Mocks.builder(InteractionOriginalResponseUpdater.class);
        when(i.respondLater()).thenReturn(CompletableFuture.completedFuture(updater));

        // WHEN the command arrives, the deadline passes, then the engine finishes
        handler.onSlashCommand(i);
        deadlines.pass();
        verify(i).respondLater();
        queued.forEach(Runnable::run);

        // THEN the deferred "thinking" message becomes the answer
        verify(updater).addEmbeds(anyList());
        verify(updater).update();
        verify(responder, never()).respond();
    }

    @Test
    void define_slowEngine_shouldReturnAtOnceWithoutWaitingForTheAnswer() {
        // GIVEN an engine that has not run yet
        handler = handler(queued::add, 5);
        SlashCommandInteraction i = slash("define", "term", "epoch");

        // WHEN the command arrives (on Javacord's event thread, which serves the whole server)
        handler.onSlashCommand(i);

        // THEN the handler returned before anything was sent: neither an answer nor a deferral yet
        verify(responder, never()).respond();
        verify(i, never()).respondLater();
        assertThat(queued).hasSize(1);
        assertThat(deadlines.pending()).isEqualTo(1);
    }

    @Test
    void define_answerBeforeTheDeadline_shouldRespondOnceAndNeverDefer() {
        // GIVEN an engine that finishes before the deadline
        handler = handler(queued::add, 5);
        SlashCommandInteraction i = slash("define", "term", "epoch");

        // WHEN the answer arrives, then the deadline time comes
        handler.onSlashCommand(i);
        queued.forEach(Runnable::run);
        deadlines.pass();

        // THEN exactly one immediate response, the deadline called off, no deferral
        verify(responder).respond();
        verify(i, never()).respondLater();
        assertThat(deadlines.pending()).isZero();
    }

    @Test
    void define_deadlineBeforeTheAnswer_shouldDeferOnceAndNeverRespondImmediately() {
        // GIVEN an engine that finishes only after the deadline, and an answer that arrives late
        handler = handler(queued::add, 5);
        SlashCommandInteraction i = slash("define", "term", "epoch");
        InteractionOriginalResponseUpdater updater = Mocks.builder(InteractionOriginalResponseUpdater.class);
        when(i.respondLater()).thenReturn(CompletableFuture.completedFuture(updater));

        // WHEN the deadline passes first, then the answer arrives
        handler.onSlashCommand(i);
        deadlines.pass();
        queued.forEach(Runnable::run);

        // THEN one deferral, edited once; the immediate responder is never used
        verify(i).respondLater();
        verify(updater).update();
        verify(i, never()).createImmediateResponder();
    }

    @Test
    void contextMenu_slowPrivateNoteAfterAPublicDeferral_shouldFollowOnlyOnceThePublicMessageIsGone() {
        // GIVEN a message naming no term, an engine that finishes after the deadline, and a delete Discord has not
        // confirmed yet
        handler = handler(queued::add, 5);
        MessageContextMenuInteraction i = interaction(MessageContextMenuInteraction.class, 42);
        Message target = mock(Message.class);
        when(target.getContent()).thenReturn("see you all at the study group tonight");
        when(i.getTarget()).thenReturn(target);
        when(i.getCommandName()).thenReturn("Define terms in this message");
        InteractionOriginalResponseUpdater updater = Mocks.builder(InteractionOriginalResponseUpdater.class);
        CompletableFuture<Void> deletion = new CompletableFuture<>();
        when(updater.delete()).thenReturn(deletion);
        when(i.respondLater()).thenReturn(CompletableFuture.completedFuture(updater));
        org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder followup =
                Mocks.builder(org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder.class);
        when(i.createFollowupMessageBuilder()).thenReturn(followup);

        // WHEN the deadline passes (a public "thinking..."), then the private note is ready
        handler.onMessageContextMenu(i);
        deadlines.pass();
        queued.forEach(Runnable::run);

        // THEN the public message is deleted, and the private note waits for that: a first follow-up after a public
        // deferral could otherwise be shown in its place, to everyone
        verify(updater).delete();
        verify(i, never()).createFollowupMessageBuilder();
        deletion.complete(null);
        verify(followup).send();
        verify(followup).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void help_shouldAnswerPrivately() {
        // WHEN
        handler.onSlashCommand(slash("help", null, null));

        // THEN
        verify(responder).setContent(HELP);
        verify(responder).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void help_shouldTakeItsExamplesFromTheServersGlossary_whenTheCourseIsNotDeepLearning(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // GIVEN a networking course and the real help text of the define room
        Path file = java.nio.file.Files.writeString(dir.resolve("net.md"),
                "## Router\n\nForwards packets between networks.\n\n## Switch\n\nConnects hosts on one network.\n");
        Tutor networking = new Tutor(GlossaryLoader.load(file));
        String help = HelpText.of(List.of(handler));
        InteractionHandler onNetworking = new InteractionHandler(networking, new DiscordLayout(),
                new Responder(Runnable::run, deadlines, Duration.ofMillis(1500)), new Throttle(5, 100, () -> 0L),
                new InstructorGate(Optional.of(77L)), admin, () -> help);

        // WHEN a student asks for help
        onNetworking.onSlashCommand(slash("help", null, null));

        // THEN the examples are the course's own terms, never the seed's
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(responder).setContent(content.capture());
        assertThat(content.getValue()).contains("\"" + networking.exampleQuestion() + "\"")
                .contains(networking.exampleComparison()).doesNotContainIgnoringCase("overfitting")
                .doesNotContain(HelpText.EXAMPLE_QUESTION);
    }
}
