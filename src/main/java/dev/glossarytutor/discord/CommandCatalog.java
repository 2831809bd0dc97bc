package dev.glossarytutor.discord;

import dev.glossarytutor.explain.Style;
import dev.glossarytutor.quiz.QuizSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.javacord.api.entity.channel.ChannelType;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.MessageContextMenu;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

/**
 * The application commands this transport registers. Discord grants permissions per top-level
 * command, so {@code /glossary} stays visible (students use {@code search}); its instructor
 * subcommands are guarded by {@link InstructorGate} on every call. {@code /totd} is for instructors
 * and likewise visible to all (so the configured instructor role can use it) but checked on every call. {@code /explain} exists only when an LLM is configured.
 */
final class CommandCatalog {
    private CommandCatalog() {
    }

    /** Every command without {@code /explain}. */
    static Set<ApplicationCommandBuilder<?, ?, ?>> all() {
        return all(false);
    }

    static Set<ApplicationCommandBuilder<?, ?, ?>> all(boolean explain) {
        Set<ApplicationCommandBuilder<?, ?, ?>> commands = new HashSet<>(List.of(
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
                quiz(),
                totd(),
                SlashCommand.with(Names.HELP, "How to use the glossary tutor").setEnabledInDms(true),
                MessageContextMenu.with(Names.DEFINE_IN_MESSAGE).setEnabledInDms(true)));
        if (explain) {
            commands.add(SlashCommand.with(Names.EXPLAIN, "Have a term explained differently by an AI, under the glossary quote",
                    List.of(SlashCommandOption.createStringOption(Names.TERM, "The term (suggestions as you type)", true, true),
                            SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.STYLE,
                                    "How to explain (default: simpler)", false,
                                    Arrays.stream(Style.values()).map(s -> SlashCommandOptionChoice.create(s.id(), s.id()))
                                            .toList())))
                    .setEnabledInDms(true));
        }
        return commands;
    }

    private static SlashCommandBuilder quiz() {
        SlashCommandOption questions = SlashCommandOption.createLongOption(Names.QUESTIONS, "How many questions (default "
                + QuizSettings.DEFAULT_QUESTIONS + ")", false, QuizSettings.MIN_QUESTIONS, QuizSettings.MAX_QUESTIONS);
        SlashCommandOption typed = SlashCommandOption.createBooleanOption(Names.TYPED,
                "Include questions where you type the term", false);
        return SlashCommand.with(Names.QUIZ, "Quizzes on the glossary", List.of(
                SlashCommandOption.createSubcommand(Names.START, "A quiz for everyone in this channel", List.of(
                        questions,
                        SlashCommandOption.createLongOption(Names.SECONDS, "Seconds per question (default "
                                + QuizSettings.DEFAULT_TIME.toSeconds() + ")", false, QuizSettings.MIN_TIME.toSeconds(),
                                QuizSettings.MAX_TIME.toSeconds()),
                        SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.SCORING, "Who scores",
                                false, List.of(SlashCommandOptionChoice.create("first correct answer", "first"),
                                        SlashCommandOptionChoice.create("every correct answer", "every"))),
                        typed)),
                SlashCommandOption.createSubcommand(Names.ME, "A private quiz just for you", List.of(questions, typed)),
                SlashCommandOption.createSubcommand(Names.REVIEW, "A private quiz on the terms due for review",
                        List.of(questions)),
                SlashCommandOption.createSubcommand(Names.STOP, "End the quiz you started (instructors: any quiz here)"),
                SlashCommandOption.createSubcommand(Names.STATS, "Quiz scores and streaks",
                        List.of(SlashCommandOption.createUserOption(Names.USER, "Whose (default: yours)", false))),
                SlashCommandOption.createSubcommand(Names.LEADERBOARD, "The best quiz players here",
                        List.of(SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.PERIOD,
                                "Which period (default: all time)", false, List.of(
                                        SlashCommandOptionChoice.create("all time", QuizInteractions.LEADERBOARD_ALL),
                                        SlashCommandOptionChoice.create("last 7 days", QuizInteractions.LEADERBOARD_WEEK)))))))
                .setEnabledInDms(false);
    }

    private static SlashCommandBuilder totd() {
        List<SlashCommandOption> subs = new ArrayList<>(List.of(
                SlashCommandOption.createSubcommand(Names.SHOW, "Show the schedule"),
                SlashCommandOption.createSubcommand(Names.CHANNEL, "Post in this channel", List.of(
                        SlashCommandOption.createChannelOption(Names.CHANNEL, "The channel", true,
                                EnumSet.of(ChannelType.SERVER_TEXT_CHANNEL, ChannelType.SERVER_NEWS_CHANNEL)))),
                SlashCommandOption.createSubcommand(Names.TIME, "Post at this local time", List.of(
                        SlashCommandOption.createStringOption(Names.TIME, "24-hour HH:MM, e.g. 09:00", true))),
                SlashCommandOption.createSubcommand(Names.ZONE, "The time zone of the time", List.of(
                        SlashCommandOption.createStringOption(Names.ZONE, "IANA name, e.g. Europe/Berlin", true))),
                SlashCommandOption.createSubcommand(Names.DAYS, "Post on these days", List.of(
                        SlashCommandOption.createStringOption(Names.DAYS, "daily, weekdays, mon-fri or mon,wed,fri", true))),
                SlashCommandOption.createSubcommand(Names.PAUSE, "Stop posting until resumed"),
                SlashCommandOption.createSubcommand(Names.RESUME, "Post again"),
                SlashCommandOption.createSubcommand(Names.NOW, "Post today's term now"),
                SlashCommandOption.createSubcommand(Names.PREVIEW, "The coming terms", List.of(
                        SlashCommandOption.createLongOption(Names.DAYS, "How many (default 7)", false, 1, 366))),
                SlashCommandOption.createSubcommand(Names.QUEUE, "Book a term for a date", List.of(
                        SlashCommandOption.createStringOption(Names.DATE, "YYYY-MM-DD, today or tomorrow", true),
                        SlashCommandOption.createStringOption(Names.TERM, "The term", true, true))),
                SlashCommandOption.createSubcommand(Names.SKIP, "Skip a term (default: the next one) for this cycle", List.of(
                        SlashCommandOption.createStringOption(Names.TERM, "The term", false, true))),
                SlashCommandOption.createSubcommand(Names.MENTION, "Mention a role with each post (leave empty to stop)", List.of(
                        SlashCommandOption.createRoleOption(Names.ROLE, "The role to mention", false)))));
        return SlashCommand.with(Names.TOTD, "Instructors: the term of the day", subs)
                .setEnabledInDms(false);
    }
}
