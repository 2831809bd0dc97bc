package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.MessageContextMenuInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps slash commands, autocomplete, suggestion buttons and the message context menu to
 * {@link Tutor} calls, and the answers to replies via {@link DiscordLayout}.
 */
final class InteractionHandler {
    private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);
    static final String DM_SERVER = "dm";

    private final Tutor tutor;
    private final DiscordLayout layout;
    private final Responder responder;
    private final QuestionBudget budget;
    private final InstructorGate gate;
    private final GlossaryAdmin admin;
    /** Adds buttons of other features under an answer ("Explain differently"). */
    private final BiFunction<List<MessagePlan>, Answer, List<MessagePlan>> decorate;

    InteractionHandler(Tutor tutor, DiscordLayout layout, Responder responder, Throttle throttle,
                       InstructorGate gate, GlossaryAdmin admin) {
        this(tutor, layout, responder, throttle, gate, admin, (plans, answer) -> plans);
    }

    InteractionHandler(Tutor tutor, DiscordLayout layout, Responder responder, Throttle throttle,
                       InstructorGate gate, GlossaryAdmin admin,
                       BiFunction<List<MessagePlan>, Answer, List<MessagePlan>> decorate) {
        this.decorate = decorate;
        this.tutor = tutor;
        this.layout = layout;
        this.responder = responder;
        this.budget = new QuestionBudget(throttle, responder);
        this.gate = gate;
        this.admin = admin;
    }

    void onSlashCommand(SlashCommandInteraction i) {
        String command = i.getFullCommandName();
        switch (command) {
            case Names.DEFINE -> {
                String term = argument(i, Names.TERM);
                if (allowed(i)) {
                    responder.respond(i, () -> answer(tutor.define(term)));
                }
            }
            case Names.ASK -> {
                String question = argument(i, Names.QUESTION);
                String server = serverId(i);
                if (allowed(i)) {
                    responder.respond(i, () -> answer(tutor.ask(question, server)));
                }
            }
            case Names.GLOSSARY + " " + Names.SEARCH -> {
                String query = argument(i, Names.QUERY);
                if (allowed(i)) {
                    responder.respond(i, () -> List.of(layout.termList(
                            "Terms matching \u201c" + DiscordLayout.neutralize(query) + "\u201d:", search(query))));
                }
            }
            case Names.GLOSSARY + " " + Names.RELOAD -> instructorOnly(i, command,
                    () -> layout.privateText(admin.reload(serverId(i), i.getUser().getIdAsString())));
            case Names.GLOSSARY + " " + Names.GAPS -> instructorOnly(i, command,
                    () -> layout.privateText(admin.gaps(serverId(i), i.getUser().getIdAsString())));
            case Names.HELP -> responder.now(i, List.of(MessagePlan.text(HelpText.TEXT, true)));
            default -> responder.refuse(i, "I do not know the command /" + command + ".");
        }
    }

    /** Up to 25 term names for what has been typed, ranked by the matcher; never throttled. */
    void onAutocomplete(AutocompleteInteraction i) {
        String typed = i.getFocusedOption().getStringValue().orElse("");
        Set<String> names = new LinkedHashSet<>();
        for (String term : tutor.complete(typed, DiscordLayout.AUTOCOMPLETE_CHOICES)) {
            if (!term.isBlank() && term.length() <= DiscordLayout.CHOICE_NAME_LIMIT) {
                names.add(term);
            }
        }
        List<SlashCommandOptionChoice> choices = names.stream()
                .limit(DiscordLayout.AUTOCOMPLETE_CHOICES)
                .map(n -> SlashCommandOptionChoice.create(n, n))
                .toList();
        i.respondWithChoices(choices).exceptionally(e -> {
            log.warn("Sending autocomplete choices failed", e);
            return null;
        });
    }

    /** A suggestion button quotes its term; buttons of other features are left to them. */
    void onButton(MessageComponentInteractionBase i) {
        Optional<String> term = DiscordLayout.termOfButton(i.getCustomId());
        if (term.isEmpty()) {
            return;
        }
        if (allowed(i)) {
            responder.respond(i, () -> answer(tutor.define(term.get())));
        }
    }

    void onMessageContextMenu(MessageContextMenuInteraction i) {
        if (!Names.DEFINE_IN_MESSAGE.equals(i.getCommandName())) {
            return;
        }
        String content = i.getTarget().getContent();
        if (allowed(i)) {
            responder.respond(i, () -> {
                Answer found = tutor.termsIn(content);
                return found.quotesSomething()
                        ? layout.quotes(found.quotes())
                        : List.of(MessagePlan.text("I found no glossary terms in that message.", true));
            });
        }
    }

    private List<MessagePlan> answer(Answer answer) {
        return decorate.apply(layout.answer(answer), answer);
    }

    private List<String> search(String query) {
        Set<String> terms = new LinkedHashSet<>(tutor.complete(query, 10));
        tutor.resolveName(query).ifPresent(e -> terms.add(e.term()));
        return List.copyOf(terms);
    }

    private void instructorOnly(SlashCommandInteraction i, String command, java.util.function.Supplier<List<MessagePlan>> work) {
        User user = i.getUser();
        Optional<Server> server = i.getServer();
        String who = user == null ? "unknown user" : user.getDiscriminatedName() + " (" + user.getIdAsString() + ")";
        String where = server.map(DiscordEntity::getIdAsString).orElse(DM_SERVER);
        if (!gate.allows(server, user)) {
            log.info("Refused instructor command /{} to {} in server {}", command, who, where);
            responder.refuse(i, server.isEmpty()
                    ? "/" + command + " works only in a server."
                    : "Only instructors (Manage Server, or the instructor role) can use /" + command + ".");
            return;
        }
        log.info("Instructor command /{} run by {} in server {}", command, who, where);
        responder.respondPrivately(i, work);
    }

    private boolean allowed(InteractionBase i) {
        return budget.allows(i);
    }

    private static String serverId(InteractionBase i) {
        return i.getServer().map(DiscordEntity::getIdAsString).orElse(DM_SERVER);
    }

    /** A string option of the command or of its subcommand; empty when absent. */
    static String argument(SlashCommandInteraction i, String name) {
        return i.getArgumentStringValueByName(name)
                .or(() -> i.getOptions().stream()
                        .map(SlashCommandInteractionOption::getOptions)
                        .flatMap(List::stream)
                        .filter(o -> o.getName().equals(name))
                        .findFirst()
                        .flatMap(SlashCommandInteractionOption::getStringValue))
                .orElse("");
    }
}
