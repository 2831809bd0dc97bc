package dev.glossarytutor.discord;

import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.layout.MessagePlan.ButtonPlan;
import dev.glossarytutor.discord.layout.MessagePlan.EmbedPlan;
import java.util.ArrayList;
import java.util.List;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.component.LowLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.interaction.callback.ExtendedInteractionMessageBuilderBase;
import org.javacord.api.interaction.callback.InteractionMessageBuilderBase;

/** Maps a {@link MessagePlan} onto Javacord's message builders. Every message pings nobody. */
final class Replies {
    private Replies() {
    }

    /** {@code allowed_mentions} with {@code parse: []} and no users or roles: nothing is ever pinged. */
    static AllowedMentions noPings() {
        return new AllowedMentionsBuilder()
                .setMentionEveryoneAndHere(false)
                .setMentionRoles(false)
                .setMentionUsers(false)
                .setMentionRepliedUser(false)
                .build();
    }

    /** Fills an interaction response, follow-up or original-response update from {@code plan}. */
    static <T> void fill(InteractionMessageBuilderBase<T> builder, MessagePlan plan) {
        builder.setAllowedMentions(noPings());
        if (!plan.content().isEmpty()) {
            builder.setContent(plan.content());
        }
        if (!plan.embeds().isEmpty()) {
            builder.addEmbeds(embeds(plan));
        }
        if (!plan.buttons().isEmpty()) {
            builder.addComponents(rows(plan).toArray(new HighLevelComponent[0]));
        }
        if (plan.ephemeral()) {
            builder.setFlags(MessageFlag.EPHEMERAL);
        }
    }

    /**
     * Like {@link #fill}, with the plan's files attached: only a follow-up or a deferred reply's
     * update can carry files.
     */
    static <T> void fillWithFiles(ExtendedInteractionMessageBuilderBase<T> builder, MessagePlan plan) {
        fill(builder, plan);
        // Javacord 3.8 numbers the files last-added first (files[0] is the last one added), and
        // Discord shows them by number: add them backwards so they show in the plan's order
        List<MessagePlan.FilePlan> files = new ArrayList<>(plan.files());
        java.util.Collections.reverse(files);
        files.forEach(f -> builder.addAttachment(f.bytes(), f.name()));
    }

    /** A channel message built from {@code plan} (ephemeral has no meaning there). */
    static MessageBuilder message(MessagePlan plan) {
        MessageBuilder builder = new MessageBuilder().setAllowedMentions(noPings());
        if (!plan.content().isEmpty()) {
            builder.setContent(plan.content());
        }
        if (!plan.embeds().isEmpty()) {
            builder.addEmbeds(embeds(plan));
        }
        if (!plan.buttons().isEmpty()) {
            builder.addComponents(rows(plan).toArray(new HighLevelComponent[0]));
        }
        return builder;
    }

    static List<EmbedBuilder> embeds(MessagePlan plan) {
        List<EmbedBuilder> out = new ArrayList<>();
        for (EmbedPlan e : plan.embeds()) {
            EmbedBuilder b = new EmbedBuilder();
            if (!e.title().isEmpty()) {
                b.setTitle(e.title());
            }
            if (!e.description().isEmpty()) {
                b.setDescription(e.description());
            }
            e.fields().forEach(f -> b.addField(f.name(), f.value()));
            out.add(b);
        }
        return out;
    }

    static List<ActionRow> rows(MessagePlan plan) {
        List<ActionRow> rows = new ArrayList<>();
        List<LowLevelComponent> row = new ArrayList<>();
        for (ButtonPlan b : plan.buttons()) {
            row.add(Button.secondary(b.customId(), b.label(), b.disabled()));
            if (row.size() == DiscordLayout.BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }
}
