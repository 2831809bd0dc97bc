package dev.glossarytutor.discord;

import java.util.List;

/** The features of the bot, in {@code /help} order: the one list a new command is added to. */
public final class DiscordFeatures {
    private DiscordFeatures() {
    }

    /** Every feature the shipped bot runs. */
    public static List<DiscordFeature.Factory> standard() {
        return List.of(
                InteractionHandler::create,   // /define, /ask, /glossary, /help, the message context menu
                ChatHandler::create,          // questions in chat: mentions, help channels, DMs
                QuizInteractions::create,     // /quiz
                TotdInteractions::create,     // /totd
                ExplainInteractions::create); // /explain and "Explain differently", when an LLM is set up
    }
}
