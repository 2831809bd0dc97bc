package dev.glossarytutor.discord;

import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.MessageContextMenu;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandOption;

/**
 * The application commands this transport registers. Discord grants permissions per top-level
 * command, so {@code /glossary} stays visible (students use {@code search}); its instructor
 * subcommands are guarded by {@link InstructorGate} on every call.
 */
final class CommandCatalog {
    private CommandCatalog() {
    }

    static Set<ApplicationCommandBuilder<?, ?, ?>> all() {
        return Set.of(
                SlashCommand.with(Names.DEFINE, "Quote a glossary term word for word",
                        List.of(SlashCommandOption.createStringOption(Names.TERM, "The term (suggestions as you type)", true, true)))
                        .setEnabledInDms(true),
                SlashCommand.with(Names.ASK, "Ask about course vocabulary in your own words",
                        List.of(SlashCommandOption.createStringOption(Names.QUESTION, "Your question", true, 1, 1000)))
                        .setEnabledInDms(true),
                SlashCommand.with(Names.GLOSSARY, "Search the glossary; instructors: reload it or list gaps", List.of(
                        SlashCommandOption.createSubcommand(Names.SEARCH, "List terms matching a word",
                                List.of(SlashCommandOption.createStringOption(Names.QUERY, "What to look for", true, 1, 100))),
                        SlashCommandOption.createSubcommand(Names.RELOAD, "Instructors: reload the glossary files"),
                        SlashCommandOption.createSubcommand(Names.GAPS, "Instructors: questions the glossary could not answer")))
                        .setEnabledInDms(false),
                SlashCommand.with(Names.HELP, "How to use the glossary tutor").setEnabledInDms(true),
                MessageContextMenu.with(Names.DEFINE_IN_MESSAGE).setEnabledInDms(true));
    }
}
