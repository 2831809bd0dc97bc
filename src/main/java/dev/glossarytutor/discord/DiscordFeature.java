package dev.glossarytutor.discord;

import java.util.List;
import java.util.Set;
import org.javacord.api.entity.message.Message;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.MessageContextMenuInteraction;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;

/**
 * One thing users do on Discord: the application commands it registers, its lines in {@code /help},
 * and the handlers of its commands, buttons and modals. {@link CommandCatalog}, the
 * {@link InteractionRouter} and {@code /help} iterate over the registered features, so a new command
 * is a new class and one line in {@link DiscordFeatures}. Every handler but the slash command has a
 * default that declines, so a feature implements only what it owns.
 */
public interface DiscordFeature {

    /** Builds a feature from the bot's shared pieces, once the bot has logged in. */
    @FunctionalInterface
    interface Factory {
        DiscordFeature create(DiscordContext context);
    }

    /** The application commands to register (slash commands, context menus); none by default. */
    default List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return List.of();
    }

    /** The top-level command names this feature handles, registered or not. */
    default Set<String> commandNames() {
        return Set.of();
    }

    /** Lines for {@code /help} under the students' part, each shown as a bullet. */
    default List<String> help() {
        return List.of();
    }

    /** Phrases for {@code /help}'s instructors' part. */
    default List<String> instructorHelp() {
        return List.of();
    }

    /** Handles {@code /name sub...} for a name in {@link #commandNames()}; {@code sub} is "" without one. */
    default void onSlashCommand(SlashCommandInteraction interaction, String sub) {
    }

    /** Handles a button if it is one of this feature's; false leaves it to the next feature. */
    default boolean onButton(MessageComponentInteractionBase interaction) {
        return false;
    }

    /** Handles a modal submission if it is this feature's; false leaves it to the next feature. */
    default boolean onModal(ModalInteraction interaction) {
        return false;
    }

    /** Offers choices for an option being typed; false leaves it to the next feature. */
    default boolean onAutocomplete(AutocompleteInteraction interaction) {
        return false;
    }

    /** Handles a message context menu command whose name is in {@link #commandNames()}. */
    default void onMessageContextMenu(MessageContextMenuInteraction interaction) {
    }

    /** Sees every chat message (not interactions); {@code selfId} is the bot's own user id. */
    default void onMessage(Message message, long selfId) {
    }

    /** Called once the commands are registered and the listeners attached. */
    default void started() {
    }

    /** Called when the bot closes; releases what {@link Factory#create} took. */
    default void close() {
    }
}
