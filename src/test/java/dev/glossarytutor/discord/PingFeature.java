package dev.glossarytutor.discord;

import dev.glossarytutor.discord.layout.MessagePlan;
import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandInteraction;

/**
 * The worked example of docs/architecture.md: a {@code /ping} command is this one class plus
 * {@code PingFeature::new} in {@link DiscordFeatures#standard()}. It lives in the tests, so the
 * shipped jar has no {@code /ping}.
 */
final class PingFeature implements DiscordFeature {
    private final Responder responder;

    PingFeature(DiscordContext context) {
        this(context.responder());
    }

    PingFeature(Responder responder) {
        this.responder = responder;
    }

    @Override
    public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return List.of(SlashCommand.with("ping", "Check that the bot answers").setEnabledInDms(true));
    }

    @Override
    public Set<String> commandNames() {
        return Set.of("ping");
    }

    @Override
    public List<String> help() {
        return List.of("`/ping` \u2014 check that the bot answers");
    }

    @Override
    public void onSlashCommand(SlashCommandInteraction interaction, String sub) {
        responder.now(interaction, List.of(MessagePlan.text("pong", true)));
    }
}
