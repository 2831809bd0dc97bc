package dev.glossarytutor.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javacord.api.entity.message.Message;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.MessageContextMenuInteraction;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;

/**
 * Sends each event to the registered {@link DiscordFeature} that owns it: commands by their
 * top-level name, buttons and modals to the first feature that takes them, in registration order.
 */
final class InteractionRouter {
    private final List<DiscordFeature> features;
    private final Map<String, DiscordFeature> byCommand = new HashMap<>();
    private final Responder responder;

    InteractionRouter(List<DiscordFeature> features, Responder responder) {
        this.features = List.copyOf(features);
        this.responder = responder;
        for (DiscordFeature f : this.features) {
            for (String name : f.commandNames()) {
                DiscordFeature before = byCommand.putIfAbsent(name, f);
                if (before != null) {
                    throw new IllegalArgumentException("two features handle the command " + name + ": "
                            + before.getClass().getSimpleName() + " and " + f.getClass().getSimpleName());
                }
            }
        }
    }

    List<DiscordFeature> features() {
        return features;
    }

    private Optional<DiscordFeature> owner(String command) {
        return Optional.ofNullable(byCommand.get(command));
    }

    void onSlashCommand(SlashCommandInteraction i) {
        String[] parts = i.getFullCommandName().split(" ", 2);
        String sub = parts.length > 1 ? parts[1] : "";
        owner(parts[0]).ifPresentOrElse(f -> f.onSlashCommand(i, sub),
                () -> responder.refuse(i, "I do not know the command /" + i.getFullCommandName() + "."));
    }

    /** The command's owner first, then the others (a term option is completed the same everywhere). */
    void onAutocomplete(AutocompleteInteraction i) {
        Optional<DiscordFeature> owner = owner(i.getCommandName());
        if (owner.isPresent() && owner.get().onAutocomplete(i)) {
            return;
        }
        for (DiscordFeature f : features) {
            if (owner.filter(o -> o == f).isEmpty() && f.onAutocomplete(i)) {
                return;
            }
        }
    }

    void onButton(MessageComponentInteractionBase i) {
        for (DiscordFeature f : features) {
            if (f.onButton(i)) {
                return;
            }
        }
    }

    void onModal(ModalInteraction i) {
        for (DiscordFeature f : features) {
            if (f.onModal(i)) {
                return;
            }
        }
    }

    void onMessageContextMenu(MessageContextMenuInteraction i) {
        owner(i.getCommandName()).ifPresent(f -> f.onMessageContextMenu(i));
    }

    void onMessage(Message message, long selfId) {
        for (DiscordFeature f : features) {
            f.onMessage(message, selfId);
        }
    }
}
