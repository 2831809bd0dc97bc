package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.explain.ExplainRequest;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.explain.Explanation;
import dev.glossarytutor.explain.LanguageTag;
import dev.glossarytutor.explain.Style;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.DiscordShows;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.DiscordLocale;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.javacord.core.entity.message.embed.EmbedBuilderDelegateImpl;
import org.javacord.core.interaction.SlashCommandBuilderDelegateImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The /explain adapter path with Mockito mocks of Javacord and of the explainer (configured or not). */
class ExplainInteractionsTest {
    private static Tutor tutor;
    private static Entry epoch;
    private Explainer explainer;
    private ExplainInteractions explain;
    private InteractionOriginalResponseUpdater updater;
    private InteractionImmediateResponseBuilder immediate;

    @BeforeAll
    static void loadGlossary() throws Exception {
        tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
        epoch = tutor.glossary().get("Epoch");
    }

    @BeforeEach
    void setUp() {
        explainer = mock(Explainer.class);
        explain = explainInteractions(new Throttle(5, 50, () -> 0L));
        updater = Mocks.builder(InteractionOriginalResponseUpdater.class);
        immediate = Mocks.builder(InteractionImmediateResponseBuilder.class);
    }

    private ExplainInteractions explainInteractions(Throttle throttle) {
        return new ExplainInteractions(explainer, new DiscordLayout(),
                new Responder(Runnable::run, new ManualDeadlines(), Duration.ofSeconds(2)), throttle);
    }

    private <T extends org.javacord.api.interaction.InteractionBase> T interaction(Class<T> type, DiscordLocale locale) {
        T i = mock(type);
        User user = mock(User.class);
        when(user.getIdAsString()).thenReturn("42");
        when(i.getUser()).thenReturn(user);
        when(i.getLocale()).thenReturn(locale);
        when(i.respondLater()).thenReturn(CompletableFuture.completedFuture(updater));
        when(i.createImmediateResponder()).thenReturn(immediate);
        return i;
    }

    private SlashCommandInteraction explainCommand(String term, String style, DiscordLocale locale) {
        SlashCommandInteraction i = interaction(SlashCommandInteraction.class, locale);
        when(i.getFullCommandName()).thenReturn("explain");
        when(i.getArgumentStringValueByName("term")).thenReturn(Optional.of(term));
        when(i.getArgumentStringValueByName("style")).thenReturn(Optional.ofNullable(style));
        return i;
    }

    private Explanation rephrased(String text) {
        Answer found = Answer.quoting("Epoch", Answer.Kind.DEFINITION, List.of(new Quote(epoch, 1.0)), 1.0);
        return new Explanation(found, Optional.of(text), "", Explanation.Outcome.REPHRASED);
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> embedsSentBy(InteractionOriginalResponseUpdater u) {
        ArgumentCaptor<List<EmbedBuilder>> embeds = ArgumentCaptor.forClass(List.class);
        verify(u).addEmbeds(embeds.capture());
        return embeds.getValue().stream().<JsonNode>map(e -> ((EmbedBuilderDelegateImpl) e.getDelegate()).toJsonNode()).toList();
    }

    @Test
    void explain_configured_shouldDeferThenEditWithTheQuoteAndTheRephrasingInTheUsersLanguage() {
        // GIVEN an explainer with an LLM, and a German Discord client
        when(explainer.isConfigured()).thenReturn(true);
        when(explainer.explain(any())).thenReturn(rephrased("Eine Epoche ist ein voller Durchlauf."));
        SlashCommandInteraction i = explainCommand("Epoch", "example", DiscordLocale.GERMAN);

        // WHEN
        explain.onSlashCommand(i);

        // THEN the interaction is deferred before the explainer runs, then the deferred message is edited
        verify(i).respondLater();
        ArgumentCaptor<ExplainRequest> request = ArgumentCaptor.forClass(ExplainRequest.class);
        verify(explainer).explain(request.capture());
        assertThat(request.getValue()).isEqualTo(new ExplainRequest("Epoch", Style.EXAMPLE, LanguageTag.parse("de"), "42", InteractionHandler.DM_SERVER));
        verify(updater).update();
        List<JsonNode> embeds = embedsSentBy(updater);
        // ... the quote first, exactly as the glossary has it, then the labelled rephrasing
        assertThat(embeds.get(0).get("title").asText()).isEqualTo("Epoch");
        assertThat(DiscordShows.text(embeds.get(0).get("description").asText())).isEqualTo(epoch.definition());
        assertThat(embeds.get(1).get("title").asText()).isEqualTo(Explanation.AI_LABEL);
        assertThat(embeds.get(1).get("description").asText()).isEqualTo("Eine Epoche ist ein voller Durchlauf.");
        verify(i, never()).createImmediateResponder();
    }

    @Test
    void explain_configured_shouldUseSimplerAndTheButtonsTerm_when_explainDifferentlyIsClicked() {
        // GIVEN
        when(explainer.isConfigured()).thenReturn(true);
        when(explainer.explain(any())).thenReturn(rephrased("Simpler words."));
        ButtonInteraction click = interaction(ButtonInteraction.class, DiscordLocale.ENGLISH_US);
        when(click.getCustomId()).thenReturn(DiscordLayout.EXPLAIN_BUTTON + "Epoch");

        // WHEN
        boolean handled = explain.onButton(click);

        // THEN
        assertThat(handled).isTrue();
        verify(click).respondLater();
        verify(explainer).explain(new ExplainRequest("Epoch", Style.SIMPLER, LanguageTag.parse("en-US"), "42", InteractionHandler.DM_SERVER));
    }

    @Test
    void explainButton_clickedManyTimes_shouldBeRateLimitedLikeDefine() {
        // GIVEN an explainer whose rephrasing is cached (so the LLM's own rate limit never applies),
        // and the bot's default question budget
        when(explainer.isConfigured()).thenReturn(true);
        when(explainer.explain(any())).thenReturn(rephrased("Simpler."));
        DiscordConfig defaults = DiscordConfig.from(new Env(Map.of()));
        explain = explainInteractions(new Throttle(defaults.userPerMinute(), defaults.channelPerMinute(), () -> 0L));
        ButtonInteraction click = interaction(ButtonInteraction.class, DiscordLocale.ENGLISH_US);
        when(click.getCustomId()).thenReturn(DiscordLayout.EXPLAIN_BUTTON + "Epoch");

        // WHEN one student clicks "Explain differently" 30 times within a minute
        for (int n = 0; n < 30; n++) {
            explain.onButton(click);
        }

        // THEN only the per-user budget produced public answers; the rest were refused privately
        verify(click, times(defaults.userPerMinute())).respondLater();
        verify(explainer, times(defaults.userPerMinute())).explain(any());
        verify(immediate, times(30 - defaults.userPerMinute())).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void explain_overTheUserLimit_shouldGetAPrivateNoticeWithTheWait() {
        // GIVEN one question per minute, already used on /define (the same throttle)
        when(explainer.isConfigured()).thenReturn(true);
        Throttle throttle = new Throttle(1, 50, () -> 0L);
        assertThat(throttle.check("42", "dm-42")).isEmpty();
        explain = explainInteractions(throttle);
        SlashCommandInteraction i = explainCommand("Epoch", null, DiscordLocale.ENGLISH_US);

        // WHEN
        explain.onSlashCommand(i);

        // THEN a private notice, nothing deferred, the explainer never called
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(immediate).setContent(content.capture());
        assertThat(content.getValue()).contains("ask again in 60 seconds");
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(i, never()).respondLater();
        verify(explainer, never()).explain(any());
    }

    @Test
    void explain_configured_shouldPutExplainDifferentlyUnderAnswers() {
        // GIVEN
        when(explainer.isConfigured()).thenReturn(true);
        List<MessagePlan> answer = new DiscordLayout().quotes(List.of(new Quote(epoch, 1.0)));

        // WHEN
        List<MessagePlan> decorated = explain.withExplainButtons(answer, List.of(new Quote(epoch, 1.0)));

        // THEN
        assertThat(decorated.get(decorated.size() - 1).buttons())
                .containsExactly(new MessagePlan.ButtonPlan("explain:Epoch", "Explain differently"));
        assertThat(names(CommandCatalog.of(List.of(explain)))).contains("explain");
    }

    @Test
    void explain_notConfigured_shouldRefusePrivatelyAndOfferNoButtonOrCommand() {
        // GIVEN an explainer without an LLM
        when(explainer.isConfigured()).thenReturn(false);
        SlashCommandInteraction i = explainCommand("Epoch", null, DiscordLocale.ENGLISH_US);
        List<MessagePlan> answer = new DiscordLayout().quotes(List.of(new Quote(epoch, 1.0)));

        // WHEN
        explain.onSlashCommand(i);

        // THEN a private note, nothing deferred, the explainer never called
        ArgumentCaptor<String> content = ArgumentCaptor.forClass(String.class);
        verify(immediate).setContent(content.capture());
        assertThat(content.getValue()).startsWith("Explaining differently is not set up");
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(i, never()).respondLater();
        verify(explainer, never()).explain(any());
        // ... answers carry no "Explain differently" button, and /explain is not registered
        assertThat(explain.withExplainButtons(answer, List.of(new Quote(epoch, 1.0)))).isEqualTo(answer);
        Set<ApplicationCommandBuilder<?, ?, ?>> registered = new java.util.LinkedHashSet<>(CommandCatalog.of(List.of(explain)));
        registered.addAll(InteractionHandler.definitions());
        registered.addAll(QuizInteractions.definitions());
        registered.addAll(TotdInteractions.definitions());
        assertThat(names(registered)).doesNotContain("explain").contains("define", "quiz", "totd");
    }

    private static List<String> names(Set<ApplicationCommandBuilder<?, ?, ?>> commands) {
        return commands.stream().filter(SlashCommandBuilder.class::isInstance)
                .map(c -> ((SlashCommandBuilderDelegateImpl) ((SlashCommandBuilder) c).getDelegate()).getJsonBodyForApplicationCommand().get("name").asText())
                .toList();
    }
}
