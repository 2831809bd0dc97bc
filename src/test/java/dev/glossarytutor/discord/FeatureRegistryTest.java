package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.core.interaction.SlashCommandBuilderDelegateImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adding a command is adding a {@link DiscordFeature}: the catalog, {@code /help} and the router
 * take it from the list of features, with no other file changed ({@link PingFeature}).
 */
class FeatureRegistryTest {
    private final Responder responder = new Responder(Runnable::run, new ManualDeadlines(), Duration.ofSeconds(2));
    private InteractionImmediateResponseBuilder reply;

    /** A stand-in for the shipped features. */
    private static final class Glossary implements DiscordFeature {
        @Override
        public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
            return List.of(SlashCommand.with("define", "Quote a term"));
        }

        @Override
        public Set<String> commandNames() {
            return Set.of("define");
        }

        @Override
        public List<String> help() {
            return List.of("`/define term:` \u2014 quote a term");
        }

        @Override
        public List<String> instructorHelp() {
            return List.of("`/glossary reload` reloads the glossary");
        }
    }

    @BeforeEach
    void setUp() {
        reply = Mocks.builder(InteractionImmediateResponseBuilder.class);
    }

    private SlashCommandInteraction slash(String name) {
        SlashCommandInteraction i = mock(SlashCommandInteraction.class);
        when(i.getFullCommandName()).thenReturn(name);
        when(i.createImmediateResponder()).thenReturn(reply);
        return i;
    }

    @Test
    void router_should_send_ping_to_its_feature_when_it_is_registered_beside_others() {
        // GIVEN the features with /ping added to the list (the one line)
        InteractionRouter router = new InteractionRouter(List.of(new Glossary(), new PingFeature(responder)), responder);
        // WHEN /ping arrives
        router.onSlashCommand(slash("ping"));
        // THEN PingFeature answers, privately
        verify(reply).setContent("pong");
        verify(reply).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void catalog_and_help_should_list_ping_when_it_is_registered() {
        // GIVEN the features with /ping
        List<DiscordFeature> features = List.of(new Glossary(), new PingFeature(responder));
        // WHEN the commands and the help are built THEN both have /ping, after the features before it
        assertThat(names(CommandCatalog.of(features))).containsExactly("define", "ping");
        assertThat(HelpText.of(features)).isEqualTo(HelpText.HEADING
                + "\n\u2022 `/define term:` \u2014 quote a term"
                + "\n\u2022 `/ping` \u2014 check that the bot answers"
                + "\nInstructors: `/glossary reload` reloads the glossary.");
    }

    @Test
    void router_should_refuse_privately_when_no_feature_owns_the_command() {
        // GIVEN a router without /ping
        InteractionRouter router = new InteractionRouter(List.of(new Glossary()), responder);
        // WHEN /ping arrives THEN the user is told the command is unknown
        router.onSlashCommand(slash("ping"));
        verify(reply).setContent("I do not know the command /ping.");
    }

    @Test
    void router_should_fail_fast_when_two_features_claim_one_command() {
        // GIVEN two features that both handle /ping WHEN they are registered THEN it fails at once, naming both
        assertThatThrownBy(() -> new InteractionRouter(List.of(new PingFeature(responder), new PingFeature(responder)),
                responder)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ping");
    }

    @Test
    void standard_should_list_every_shipped_feature_once() {
        // GIVEN the shipped list WHEN it is read THEN it has the five features and no /ping
        assertThat(DiscordFeatures.standard()).hasSize(5);
    }

    private static List<String> names(Set<ApplicationCommandBuilder<?, ?, ?>> commands) {
        return commands.stream().flatMap(c -> c instanceof SlashCommandBuilder s ? Stream.of(s) : Stream.empty())
                .map(c -> ((SlashCommandBuilderDelegateImpl) c.getDelegate()).getJsonBodyForApplicationCommand()
                        .get("name").asText())
                .toList();
    }
}
