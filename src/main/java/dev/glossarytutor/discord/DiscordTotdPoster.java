package dev.glossarytutor.discord;

import dev.glossarytutor.render.MessagePlan;
import dev.glossarytutor.render.TotdLayout;
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

/**
 * Posts the term of the day to the schedule's Discord channel. Throws when it cannot (unknown
 * channel, missing permission, Discord error), so the service logs it and retries later.
 *
 * <p>The one ping the bot ever makes: when role pings are allowed ({@code DISCORD_TOTD_ROLE_PINGS})
 * and the schedule names a role, the post mentions that role, and {@code allowed_mentions} lists
 * only it.
 */
final class DiscordTotdPoster implements TotdPoster {
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
        for (int n = 0; n < plans.size(); n++) {
            MessageBuilder message = Replies.message(plans.get(n));
            if (n == 0 && role.isPresent()) {
                message.setAllowedMentions(new AllowedMentionsBuilder()
                        .setMentionEveryoneAndHere(false).setMentionUsers(false).setMentionRepliedUser(false)
                        .addRole(Long.parseLong(role.get())).build());
            }
            message.send(channel).get(SEND_TIMEOUT_S, TimeUnit.SECONDS);
        }
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
