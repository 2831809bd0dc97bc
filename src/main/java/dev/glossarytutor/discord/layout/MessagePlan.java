package dev.glossarytutor.discord.layout;

import java.util.List;
import java.util.Objects;

/**
 * One chat message to send, independent of the chat library: optional content, embeds, buttons
 * and attached files. Built by {@link DiscordLayout}, which guarantees Discord's size limits.
 *
 * @param content   plain text above the embeds; empty for none
 * @param embeds    the embeds, at most {@link DiscordLayout#EMBEDS_PER_MESSAGE}
 * @param buttons   buttons, laid out five to a row
 * @param ephemeral whether only the asker should see it (interactions only)
 * @param files     attachments (pictures); Discord takes them only on a deferred reply or a follow-up
 */
public record MessagePlan(String content, List<EmbedPlan> embeds, List<ButtonPlan> buttons, boolean ephemeral,
                          List<FilePlan> files) {

    public MessagePlan {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
        if (content.isEmpty() && embeds.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("a message needs content, an embed or a file");
        }
    }

    /** A message without files. */
    public MessagePlan(String content, List<EmbedPlan> embeds, List<ButtonPlan> buttons, boolean ephemeral) {
        this(content, embeds, buttons, ephemeral, List.of());
    }

    /** One attached file, e.g. a PNG chart. */
    public record FilePlan(String name, byte[] bytes) {
        public FilePlan {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** The same message with {@code more} files attached. */
    public MessagePlan withFiles(List<FilePlan> more) {
        List<FilePlan> all = new java.util.ArrayList<>(files);
        all.addAll(more);
        return new MessagePlan(content, embeds, buttons, ephemeral, all);
    }

    /** A plain-text message. */
    public static MessagePlan text(String content, boolean ephemeral) {
        return new MessagePlan(Objects.requireNonNull(content, "content"), List.of(), List.of(), ephemeral);
    }

    /** Characters Discord counts against the 6,000 per-message embed budget. */
    public int embedLength() {
        return embeds.stream().mapToInt(EmbedPlan::length).sum();
    }

    /** One embed: a title, a description and name/value fields. */
    public record EmbedPlan(String title, String description, List<Field> fields) {
        public EmbedPlan {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            fields = List.copyOf(fields);
        }

        /** Discord's count: title, description, field names and values. */
        public int length() {
            return title.length() + description.length()
                    + fields.stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
        }
    }

    /** One embed field. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A button; its custom id is unique within the message. A disabled one shows but cannot be clicked. */
    public record ButtonPlan(String customId, String label, boolean disabled) {
        public ButtonPlan {
            Objects.requireNonNull(customId, "customId");
            Objects.requireNonNull(label, "label");
        }

        /** An enabled button. */
        public ButtonPlan(String customId, String label) {
            this(customId, label, false);
        }

        public ButtonPlan asDisabled() {
            return new ButtonPlan(customId, label, true);
        }
    }

    /** The same message with every button disabled (a closed question). */
    public MessagePlan withButtonsDisabled() {
        return new MessagePlan(content, embeds, buttons.stream().map(ButtonPlan::asDisabled).toList(), ephemeral, files);
    }

    /** The same message, private or public. */
    public MessagePlan withEphemeral(boolean privately) {
        return new MessagePlan(content, embeds, buttons, privately, files);
    }

    /** The same message with {@code more} buttons after its own. */
    public MessagePlan withButtons(List<ButtonPlan> more) {
        List<ButtonPlan> all = new java.util.ArrayList<>(buttons);
        all.addAll(more);
        return new MessagePlan(content, embeds, all, ephemeral, files);
    }
}
