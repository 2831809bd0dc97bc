package dev.glossarytutor.discord;

import dev.glossarytutor.explain.ExplainRequest;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.explain.LanguageTag;
import dev.glossarytutor.explain.Style;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /explain term: style:} and the "Explain differently" button, mapped to {@link Explainer}.
 * The explainer may block for up to the LLM deadline, so the interaction is deferred at once and
 * the reply edits it. The rephrasing is written in the language of the user's Discord client;
 * the quote stays as the glossary has it. Offered only when an LLM is configured. Each explanation
 * is a public message, so it spends from the same question budget as {@code /define}.
 */
final class ExplainInteractions implements DiscordFeature {
    private static final Logger log = LoggerFactory.getLogger(ExplainInteractions.class);

    private final Explainer explainer;
    private final DiscordLayout layout;
    private final Responder responder;
    private final QuestionBudget budget;

    static ExplainInteractions create(DiscordContext c) {
        return new ExplainInteractions(c.services().explainer(), c.layout(), c.llmResponder(), c.throttle());
    }

    ExplainInteractions(Explainer explainer, DiscordLayout layout, Responder responder, Throttle throttle) {
        this.explainer = explainer;
        this.layout = layout;
        this.responder = responder;
        this.budget = new QuestionBudget(throttle, responder);
    }

    boolean enabled() {
        return explainer.isConfigured();
    }

    /** The {@code /explain} command. */
    static List<ApplicationCommandBuilder<?, ?, ?>> definitions() {
        return List.of(SlashCommand.with(Names.EXPLAIN, "Have a term explained differently by an AI, under the glossary quote",
                    List.of(SlashCommandOption.createStringOption(Names.TERM, "The term (suggestions as you type)", true, true),
                            SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.STYLE,
                                    "How to explain (default: simpler)", false,
                                    Arrays.stream(Style.values()).map(s -> SlashCommandOptionChoice.create(s.id(), s.id()))
                                            .toList())))
                    .setEnabledInDms(true));
    }

    /** {@code /explain} is registered only when an LLM is configured. */
    @Override
    public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return enabled() ? definitions() : List.of();
    }

    /** Handled even when not registered, so a stale registration gets a clear refusal. */
    @Override
    public Set<String> commandNames() {
        return Set.of(Names.EXPLAIN);
    }

    @Override
    public void onSlashCommand(SlashCommandInteraction i, String sub) {
        onSlashCommand(i);
    }

    void onSlashCommand(SlashCommandInteraction i) {
        if (!enabled()) {
            responder.refuse(i, "Explaining differently is not set up on this bot. `/define` quotes the glossary.");
            return;
        }
        String term = InteractionHandler.argument(i, Names.TERM);
        String typedStyle = InteractionHandler.argument(i, Names.STYLE);
        Style style;
        try {
            style = typedStyle.isBlank() ? Style.SIMPLER : Style.parse(typedStyle);
        } catch (IllegalArgumentException e) {
            responder.refuse(i, "Choose a style: " + Style.choices() + ".");
            return;
        }
        explain(i, term, style);
    }

    /** "Explain differently" under an answer; false when the button is not one. */
    @Override
    public boolean onButton(MessageComponentInteractionBase i) {
        Optional<String> term = DiscordLayout.termOfExplainButton(i.getCustomId());
        if (term.isEmpty()) {
            return false;
        }
        if (!enabled()) {
            responder.refuse(i, "Explaining differently is not set up on this bot.");
            return true;
        }
        explain(i, term.get(), Style.SIMPLER);
        return true;
    }

    private void explain(InteractionBase i, String term, Style style) {
        // the LLM's own limiter counts only cache misses; every explanation is a public message
        if (!budget.allows(i)) {
            return;
        }
        ExplainRequest request = new ExplainRequest(term, style, language(i), i.getUser().getIdAsString(),
                InteractionHandler.serverId(i));
        responder.deferThenEdit(i, () -> layout.explanation(explainer.explain(request)));
    }

    /** The language of the user's Discord client; English when Discord sends none we can read. */
    static LanguageTag language(InteractionBase i) {
        try {
            return i.getLocale() == null ? LanguageTag.ENGLISH : LanguageTag.parse(i.getLocale().getLocaleCode());
        } catch (IllegalArgumentException e) {
            log.debug("Unreadable interaction locale {}", i.getLocale());
            return LanguageTag.ENGLISH;
        }
    }

    /** The answer's messages with "Explain differently" under the last, when explaining is on. */
    List<MessagePlan> withExplainButtons(List<MessagePlan> plans, List<dev.glossarytutor.answer.Quote> quotes) {
        return withExplainButtons(explainer, plans, quotes);
    }

    /** The "Explain differently" buttons under the last message of an answer, when an LLM is configured. */
    static List<MessagePlan> withExplainButtons(Explainer explainer, List<MessagePlan> plans,
                                                List<dev.glossarytutor.answer.Quote> quotes) {
        if (!explainer.isConfigured() || plans.isEmpty() || quotes.isEmpty()) {
            return plans;
        }
        MessagePlan last = plans.get(plans.size() - 1);
        List<MessagePlan> out = new java.util.ArrayList<>(plans.subList(0, plans.size() - 1));
        out.add(last.withButtons(DiscordLayout.explainButtons(quotes)));
        return out;
    }
}
