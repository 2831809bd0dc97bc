package dev.glossarytutor.discord;

import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandInteractionOptionsProvider;

/** Where a command's arguments are: in its subcommand when it has one, else on the command itself. */
final class Options {
    private Options() {
    }

    static SlashCommandInteractionOptionsProvider of(SlashCommandInteraction i) {
        return i.getOptions().stream()
                .filter(SlashCommandInteractionOption::isSubcommandOrGroup)
                .<SlashCommandInteractionOptionsProvider>map(o -> o)
                .findFirst()
                .orElse(i);
    }
}
