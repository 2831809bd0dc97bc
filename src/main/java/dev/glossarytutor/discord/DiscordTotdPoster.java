package dev.glossarytutor.discord;

import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.totd.TotdLayout;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdPoster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the term of the day to the schedule's Discord channel. Throws when nothing went out (unknown
 * channel, missing permission, Discord error on the first message), so the service logs it and
 * retries later. Once the first message, the term itself, is accepted the day counts as posted: a
 * later message (a long definition's continuation, the quick check) that fails is logged, not
 * thrown, since a retry would post the term a second time.
 *
 * <p>The one ping the bot ever makes: when role pings are allowed ({@code DISCORD_TOTD_ROLE_PINGS})
 * and the schedule names a role, the post mentions that role, and {@code allowed_mentions} lists
 * only it.
 */
final class DiscordTotdPoster implements TotdPoster {
    private static final Logger log = LoggerFactory.getLogger(DiscordTotdPoster.class);
    private static final long SEND_TIMEOUT_S = 30;

    private final Function<String, Optional<ServerTextChannel>> channels;
    private final TotdLayout layout;
    private final boolean rolePings;

    DiscordTotdPoster(Function<String, Optional<ServerTextChannel>> channels, TotdLayout layout, boolean rolePings) {
        this.channels = channels;
        this.layout = layout;
        this.rolePings = rolePings;
    }

    @Override
    public void post(Schedule schedule, TotdPost post) throws Exception {
        String id = schedule.channel().orElseThrow(() -> new IllegalStateException("no channel set"));
        ServerTextChannel channel = channels.apply(id)
                .orElseThrow(() -> new IllegalStateException("channel " + id + " does not exist or I cannot see it"));
        Optional<String> problem = missingPermissions(channel);
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
        Optional<String> role = rolePings ? schedule.mentionRole() : Optional.empty();
        List<MessagePlan> plans = layout.post(post, role.map(r -> "<@&" + r + ">"));
        int sent = deliver(plans, (n, plan) -> {
            MessageBuilder message = Replies.message(plan);
            if (n == 0 && role.isPresent()) {
                message.setAllowedMentions(new AllowedMentionsBuilder()
                        .setMentionEveryoneAndHere(false).setMentionUsers(false).setMentionRepliedUser(false)
                        .addRole(Long.parseLong(role.get())).build());
            }
            message.send(channel).get(SEND_TIMEOUT_S, TimeUnit.SECONDS);
        });
        if (sent < plans.size()) {
            log.warn("Term of the day '{}' in channel {} of server {}: {} of {} messages delivered; it counts as posted",
                    post.term(), id, schedule.serverId(), sent, plans.size());
        }
    }

    /** Sends message {@code n} of a post, or throws. */
    @FunctionalInterface
    interface Send {
        void send(int n, MessagePlan plan) throws Exception;
    }

    /**
     * Sends {@code plans} in order and returns how many went out. A failure of the first is thrown:
     * nothing was posted. A later failure is logged and ends the post there (the rest would be out of
     * order, and a failing Discord would make each wait its timeout).
     */
    static int deliver(List<MessagePlan> plans, Send send) throws Exception {
        for (int n = 0; n < plans.size(); n++) {
            try {
                send.send(n, plans.get(n));
            } catch (Exception e) {
                if (n == 0) {
                    throw e;
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Message {} of {} of a term of the day failed after the term went out: {}",
                        n + 1, plans.size(), e.toString());
                return n;
            }
        }
        return plans.size();
    }

    /** What keeps the bot from posting in {@code channel}, as a sentence an instructor can act on; empty if nothing. */
    static Optional<String> missingPermissions(ServerTextChannel channel) {
        List<String> missing = new ArrayList<>();
        if (!channel.canYouSee()) {
            missing.add("View Channel");
        }
        if (!channel.canYouWrite()) {
            missing.add("Send Messages");
        } else if (!channel.canYouEmbedLinks()) { // Javacord counts Embed Links only where the bot can write
            missing.add("Embed Links");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("I lack " + String.join(", ", missing)
                + " in <#" + channel.getIdAsString() + ">; give my role " + (missing.size() == 1 ? "that permission" : "those permissions")
                + " there (channel settings > Permissions)");
    }
}
