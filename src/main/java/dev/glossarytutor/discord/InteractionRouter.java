package dev.glossarytutor.discord;

import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;

/** Sends each interaction to the feature that owns it; the glossary commands are the default. */
final class InteractionRouter {
    private final InteractionHandler glossary;
    private final QuizInteractions quiz;
    private final TotdInteractions totd;
    private final ExplainInteractions explain;

    InteractionRouter(InteractionHandler glossary, QuizInteractions quiz, TotdInteractions totd,
                      ExplainInteractions explain) {
        this.glossary = glossary;
        this.quiz = quiz;
        this.totd = totd;
        this.explain = explain;
    }

    void onSlashCommand(SlashCommandInteraction i) {
        String[] parts = i.getFullCommandName().split(" ", 2);
        String sub = parts.length > 1 ? parts[1] : "";
        switch (parts[0]) {
            case Names.QUIZ -> quiz.onSlashCommand(i, sub);
            case Names.TOTD -> totd.onSlashCommand(i, sub);
            case Names.EXPLAIN -> explain.onSlashCommand(i);
            default -> glossary.onSlashCommand(i);
        }
    }

    void onAutocomplete(AutocompleteInteraction i) {
        glossary.onAutocomplete(i);
    }

    void onButton(MessageComponentInteractionBase i) {
        if (!quiz.onButton(i) && !totd.onButton(i) && !explain.onButton(i)) {
            glossary.onButton(i);
        }
    }

    void onModal(ModalInteraction i) {
        quiz.onModal(i);
    }
}
