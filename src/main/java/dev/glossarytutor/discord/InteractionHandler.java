package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import java.util.function.Function;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.MessageContextMenu;
import org.javacord.api.interaction.MessageContextMenuInteraction;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The define room on Discord: {@code /define}, {@code /ask}, {@code /glossary ...}, {@code /help},
 * term autocomplete, suggestion buttons and the message context menu, mapped to {@link Tutor} calls,
 * and the answers to replies via {@link DiscordLayout}.
 */
final class InteractionHandler implements DiscordFeature {
    private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);
    static final String DM_SERVER = "dm";

    /** The tutor of a server's course; a DM gets the default course. */
    private final Function<String, Tutor> tutors;
    private final DiscordLayout layout;
    private final Responder responder;
    private final QuestionBudget budget;
    private final InstructorGate gate;
    private final GlossaryAdmin admin;
    /** Adds buttons of other features under an answer ("Explain differently"). */
    private final BiFunction<List<MessagePlan>, Answer, List<MessagePlan>> decorate;
    /** The whole {@code /help} text, built from every registered feature. */
    private final Supplier<String> help;

    static InteractionHandler create(DiscordContext c) {
        return new InteractionHandler(c.services().courses()::forServer, c.layout(), c.responder(), c.throttle(), c.gate(),
                c.services().glossaryAdmin(),
                (plans, answer) -> ExplainInteractions.withExplainButtons(c.services().explainer(), plans,
                        answer.quotes()),
                c.help());
    }

    InteractionHandler(Tutor tutor, DiscordLayout layout, Responder responder, Throttle throttle,
                       InstructorGate gate, GlossaryAdmin admin, Supplier<String> help) {
        this(server -> tutor, layout, responder, throttle, gate, admin, (plans, answer) -> plans, help);
    }

    InteractionHandler(Function<String, Tutor> tutors, DiscordLayout layout, Responder responder, Throttle throttle,
                       InstructorGate gate, GlossaryAdmin admin,
                       BiFunction<List<MessagePlan>, Answer, List<MessagePlan>> decorate, Supplier<String> help) {
        this.decorate = decorate;
        this.help = help;
        this.tutors = tutors;
        this.layout = layout;
        this.responder = responder;
        this.budget = new QuestionBudget(throttle, responder);
        this.gate = gate;
        this.admin = admin;
    }

    /** The commands of the define room. */
    static List<ApplicationCommandBuilder<?, ?, ?>> definitions() {
        return List.of(
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
                        SlashCommandOption.createSubcommand(Names.USE, "Instructors: choose this server's glossary",
                                List.of(SlashCommandOption.createStringOption(Names.NAME, "An installed glossary", true, true))),
                        SlashCommandOption.createSubcommand(Names.GAPS, "Instructors: questions the glossary could not answer"),
                        SlashCommandOption.createSubcommand(Names.REPORT, "Instructors: charts of what the class knows and asks",
                                List.of(SlashCommandOption.createLongOption(Names.DAYS, "The last N days (default "
                                        + ClassReports.DEFAULT_DAYS + ")", false, 1, ClassReports.MAX_DAYS)))))
                        .setEnabledInDms(false),
                SlashCommand.with(Names.HELP, "How to use the glossary tutor").setEnabledInDms(true),
                MessageContextMenu.with(Names.DEFINE_IN_MESSAGE).setEnabledInDms(true));
    }

    @Override
    public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return definitions();
    }

    @Override
    public Set<String> commandNames() {
        return Set.of(Names.DEFINE, Names.ASK, Names.GLOSSARY, Names.HELP, Names.DEFINE_IN_MESSAGE);
    }

    @Override
    public List<String> help() {
        return List.of(
                "`/define term:` \u2014 quote a term (start typing for suggestions; typos are fine)",
                "`/ask question:` \u2014 ask in your own words, e.g. \"" + HelpText.EXAMPLE_QUESTION + "\" or \""
                        + HelpText.EXAMPLE_COMPARISON + "?\"",
                "`/glossary search query:` \u2014 list matching terms",
                "Right-click a message \u2192 Apps \u2192 **Define terms in this message**");
    }

    @Override
    public List<String> instructorHelp() {
        return List.of("`/glossary reload` reloads the glossary", "`/glossary use name:` chooses this server's glossary", "`/glossary gaps` lists questions it could not answer",
                "`/glossary report days:` charts of what the class knows and asks (private)");
    }

    @Override
    public void onSlashCommand(SlashCommandInteraction i, String sub) {
        onSlashCommand(i);
    }

    void onSlashCommand(SlashCommandInteraction i) {
        String command = i.getFullCommandName();
        switch (command) {
            case Names.DEFINE -> {
                String term = argument(i, Names.TERM);
                if (allowed(i)) {
                    responder.respond(i, () -> answer(i, tutor(i).define(term)));
                }
            }
            case Names.ASK -> {
                String question = argument(i, Names.QUESTION);
                String server = serverId(i);
                if (allowed(i)) {
                    responder.respond(i, () -> answer(i, tutor(i).ask(question, server)));
                }
            }
            case Names.GLOSSARY + " " + Names.SEARCH -> {
                String query = argument(i, Names.QUERY);
                if (allowed(i)) {
                    responder.respond(i, () -> List.of(layout.termList(
                            "Terms matching \u201c" + DiscordLayout.neutralize(query) + "\u201d:", search(tutor(i), query))));
                }
            }
            case Names.GLOSSARY + " " + Names.RELOAD -> instructorOnly(i, command,
                    () -> layout.privateText(admin.reload(serverId(i), i.getUser().getIdAsString())));
            case Names.GLOSSARY + " " + Names.USE -> {
                String name = argument(i, Names.NAME);
                instructorOnly(i, command, () -> layout.privateText(admin.use(serverId(i), i.getUser().getIdAsString(), name)));
            }
            case Names.GLOSSARY + " " + Names.GAPS -> instructorOnly(i, command,
                    () -> layout.privateText(admin.gaps(serverId(i), i.getUser().getIdAsString())));
            case Names.GLOSSARY + " " + Names.REPORT -> {
                int days = Options.of(i).getArgumentLongValueByName(Names.DAYS)
                        .map(Long::intValue).orElse(ClassReports.DEFAULT_DAYS);
                instructorOnly(i, command, () -> List.of(admin.report(serverId(i), i.getUser().getIdAsString(), days)));
            }
            case Names.HELP -> responder.now(i, List.of(MessagePlan.text(HelpText.withExamples(help.get(), tutor(i)), true)));
            default -> responder.refuse(i, "I do not know the command /" + command + ".");
        }
    }

    /** Up to 25 term names for what has been typed, ranked by the matcher; never throttled. */
    @Override
    public boolean onAutocomplete(AutocompleteInteraction i) {
        String typed = i.getFocusedOption().getStringValue().orElse("");
        Set<String> names = new LinkedHashSet<>();
        boolean course = Names.NAME.equals(i.getFocusedOption().getName());
        List<String> offered = course ? admin.installed().stream()
                .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(typed.strip().toLowerCase(java.util.Locale.ROOT))).toList()
                : tutor(i).complete(typed, DiscordLayout.AUTOCOMPLETE_CHOICES);
        for (String term : offered) {
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
        return true;
    }

    /** A suggestion button quotes its term; buttons of other features are left to them. */
    @Override
    public boolean onButton(MessageComponentInteractionBase i) {
        Optional<String> term = DiscordLayout.termOfButton(i.getCustomId());
        if (term.isEmpty()) {
            return false;
        }
        if (allowed(i)) {
            responder.respond(i, () -> answer(i, tutor(i).define(term.get())));
        }
        return true;
    }

    @Override
    public void onMessageContextMenu(MessageContextMenuInteraction i) {
        if (!Names.DEFINE_IN_MESSAGE.equals(i.getCommandName())) {
            return;
        }
        String content = i.getTarget().getContent();
        if (allowed(i)) {
            responder.respond(i, () -> {
                Answer found = tutor(i).termsIn(content);
                return found.quotesSomething()
                        ? layout.quotes(found.quotes())
                        : List.of(MessagePlan.text("I found no glossary terms in that message.", true));
            });
        }
    }

    /** The tutor of the interaction's server. */
    private Tutor tutor(InteractionBase i) {
        return tutors.apply(serverId(i));
    }

    private List<MessagePlan> answer(InteractionBase i, Answer answer) {
        Tutor tutor = tutor(i);
        Answer shown = Abstentions.forDisplay(tutor, answer);
        return decorate.apply(layout.answer(shown, tutor.exampleTerm()), shown);
    }

    private static List<String> search(Tutor tutor, String query) {
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

    /** The interaction's server, or {@link #DM_SERVER} in a direct message. */
    static String serverId(InteractionBase i) {
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
