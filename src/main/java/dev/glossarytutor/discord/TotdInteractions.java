package dev.glossarytutor.discord;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.totd.TotdLayout;
import dev.glossarytutor.totd.InvalidInputException;
import dev.glossarytutor.totd.PostOutcome;
import dev.glossarytutor.totd.QuickCheckSource;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.entity.channel.ChannelType;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOptionsProvider;
import org.javacord.api.interaction.SlashCommandOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /totd ...} for instructors, mapped to {@link TotdAdmin}, and the quick-check buttons
 * under posts. Who is an instructor is decided here by the {@link InstructorGate} on every call,
 * and the core checks the resulting {@link Actor} again; every reply is private.
 */
final class TotdInteractions implements DiscordFeature {
    static final int DEFAULT_PREVIEW = 7;
    private static final Logger log = LoggerFactory.getLogger(TotdInteractions.class);

    private final TotdAdmin admin;
    private final TermOfTheDayService service;
    private final QuickCheckSource quickChecks;
    private final Function<String, Optional<ServerTextChannel>> channels;
    private final Responder responder;
    private final InstructorGate gate;
    private final DiscordLayout layout;
    private final boolean rolePings;

    static TotdInteractions create(DiscordContext c) {
        return new TotdInteractions(c.services().totdAdmin(), c.services().totd(), c.services().quickChecks(),
                c.api()::getServerTextChannelById, c.responder(), c.gate(), c.layout(),
                c.config().totdRolePings());
    }

    TotdInteractions(TotdAdmin admin, TermOfTheDayService service, QuickCheckSource quickChecks,
                     Function<String, Optional<ServerTextChannel>> channels, Responder responder, InstructorGate gate,
                     DiscordLayout layout, boolean rolePings) {
        this.admin = admin;
        this.service = service;
        this.quickChecks = quickChecks;
        this.channels = channels;
        this.responder = responder;
        this.gate = gate;
        this.layout = layout;
        this.rolePings = rolePings;
    }

    /** The {@code /totd} command. */
    static List<ApplicationCommandBuilder<?, ?, ?>> definitions() {
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
        return List.of(SlashCommand.with(Names.TOTD, "Instructors: the term of the day", subs)
                .setEnabledInDms(false));
    }

    @Override
    public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return definitions();
    }

    @Override
    public Set<String> commandNames() {
        return Set.of(Names.TOTD);
    }

    @Override
    public List<String> instructorHelp() {
        return List.of("`/totd ...` sets up the term of the day");
    }

    @Override
    public void onSlashCommand(SlashCommandInteraction i, String sub) {
        if (i.getServer().isEmpty()) {
            responder.refuse(i, "/totd works only in a server.");
            return;
        }
        String server = i.getServer().map(DiscordEntity::getIdAsString).orElseThrow();
        boolean instructor = gate.allows(i.getServer(), i.getUser());
        Actor actor = instructor ? Actor.instructor(i.getUser().getIdAsString()) : Actor.student(i.getUser().getIdAsString());
        log.info("/totd {} by {} ({}) in server {}", sub, i.getUser().getIdAsString(),
                instructor ? "instructor" : "student", server);
        SlashCommandInteractionOptionsProvider o = Options.of(i);
        String text = o.getArgumentStringValueByName(Names.TIME)
                .or(() -> o.getArgumentStringValueByName(Names.ZONE))
                .or(() -> o.getArgumentStringValueByName(Names.DAYS)).orElse("");
        Supplier<String> work = switch (sub) {
            case Names.SHOW -> () -> "Term of the day: " + TotdLayout.describe(admin.schedule(actor, server)) + ".";
            case Names.CHANNEL -> () -> setChannel(actor, server, o.getArgumentStringRepresentationValueByName(Names.CHANNEL).orElse(""));
            case Names.TIME -> () -> saved(admin.setTime(actor, server, text));
            case Names.ZONE -> () -> saved(admin.setZone(actor, server, text));
            case Names.DAYS -> () -> saved(admin.setDays(actor, server, text));
            case Names.PAUSE -> () -> saved(admin.pause(actor, server));
            case Names.RESUME -> () -> saved(admin.resume(actor, server));
            case Names.NOW -> () -> postNow(actor, server);
            case Names.PREVIEW -> () -> TotdLayout.preview(admin.preview(actor, server,
                    Math.toIntExact(o.getArgumentLongValueByName(Names.DAYS).orElse((long) DEFAULT_PREVIEW))));
            case Names.QUEUE -> () -> "Queued " + admin.queue(actor, server, o.getArgumentStringValueByName(Names.DATE).orElse(""),
                    o.getArgumentStringValueByName(Names.TERM).orElse("")) + ".";
            case Names.SKIP -> () -> "Skipped " + admin.skip(actor, server, o.getArgumentStringValueByName(Names.TERM).orElse(""))
                    + " for this cycle.";
            case Names.MENTION -> () -> mention(actor, server, o.getArgumentStringRepresentationValueByName(Names.ROLE));
            default -> null;
        };
        if (work == null) {
            responder.refuse(i, "I do not know /totd " + sub + ".");
            return;
        }
        responder.respondPrivately(i, () -> layout.privateText(safely(work)));
    }

    private static String safely(Supplier<String> work) {
        try {
            return work.get();
        } catch (NotInstructorException | InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static String saved(Schedule s) {
        return "Saved. Term of the day: " + TotdLayout.describe(s) + ".";
    }

    private String setChannel(Actor actor, String server, String channelId) {
        Schedule s = admin.setChannel(actor, server, channelId);
        Optional<ServerTextChannel> channel = channels.apply(channelId);
        Optional<String> problem = channel.isEmpty() ? Optional.of("I cannot see <#" + channelId + ">")
                : DiscordTotdPoster.missingPermissions(channel.get());
        return saved(s) + problem.map(p -> "\n\u26a0\ufe0f Posts will fail until this is fixed: " + p + ".").orElse("");
    }

    private String postNow(Actor actor, String server) {
        PostOutcome outcome = admin.postNow(actor, server);
        return outcome.posted() ? "Posted " + outcome.post().map(p -> p.term() + " in <#" + p.channel() + ">")
                .orElse("the term of the day") + "." : outcome.message();
    }

    private String mention(Actor actor, String server, Optional<String> role) {
        actor.requireInstructor("change the term-of-the-day schedule");
        Schedule s = service.updateSchedule(server, (old, now) -> old.withMentionRole(role.orElse(null)));
        String off = rolePings || role.isEmpty() ? ""
                : "\nRole pings are switched off for this bot (DISCORD_TOTD_ROLE_PINGS), so posts will not mention it"
                + " until the operator turns them on.";
        return saved(s) + off;
    }

    /** A quick-check click: the check is made again from the term and the choice judged privately. */
    @Override
    public boolean onButton(MessageComponentInteractionBase i) {
        Optional<TotdLayout.Click> click = TotdLayout.click(i.getCustomId());
        if (click.isEmpty()) {
            return false;
        }
        String server = InteractionHandler.serverId(i);
        Optional<Entry> entry = service.glossary(server).find(click.get().term());
        if (entry.isEmpty()) {
            responder.refuse(i, "That term is no longer in the glossary.");
            return true;
        }
        responder.respond(i, () -> List.<MessagePlan>of(
                TotdLayout.quickCheckAnswer(quickChecks.quickCheckFor(server, entry.get()), click.get().option())));
        return true;
    }
}
