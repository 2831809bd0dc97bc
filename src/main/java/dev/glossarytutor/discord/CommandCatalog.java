package dev.glossarytutor.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.ApplicationCommandBuilder;

/**
 * The application commands the bot registers: those of every registered {@link DiscordFeature}.
 * Discord grants permissions per top-level command, so instructor subcommands ({@code /glossary
 * reload}, {@code /totd ...}) stay visible and are checked by {@link InstructorGate} on every call.
 */
final class CommandCatalog {
    private CommandCatalog() {
    }

    static Set<ApplicationCommandBuilder<?, ?, ?>> of(List<DiscordFeature> features) {
        Set<ApplicationCommandBuilder<?, ?, ?>> commands = new LinkedHashSet<>();
        features.forEach(f -> commands.addAll(f.commands()));
        return commands;
    }
}
