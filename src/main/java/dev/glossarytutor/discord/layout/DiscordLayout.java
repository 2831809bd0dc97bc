package dev.glossarytutor.discord.layout;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.explain.Explanation;
import dev.glossarytutor.discord.layout.MessagePlan.ButtonPlan;
import dev.glossarytutor.discord.layout.MessagePlan.EmbedPlan;
import dev.glossarytutor.discord.layout.MessagePlan.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays an {@link Answer} out as Discord messages while keeping every Discord size limit. Knows
 * nothing of the chat library, so the limits and the splitting are tested without it.
 *
 * <p>A definition is never cut: when it does not fit one embed it continues in the next, and
 * the pieces concatenate back to the exact original text. Discord renders embeds as Markdown, so
 * glossary text in them is escaped ({@link DiscordMarkdown}): what students see is the text exactly.
 */
public final class DiscordLayout {
    public static final int CONTENT_LIMIT = 2_000;
    public static final int TITLE_LIMIT = 256;
    public static final int DESCRIPTION_LIMIT = 4_096;
    public static final int FIELD_NAME_LIMIT = 256;
    public static final int FIELD_VALUE_LIMIT = 1_024;
    public static final int MESSAGE_EMBED_LIMIT = 6_000;
    public static final int EMBEDS_PER_MESSAGE = 10;
    public static final int FIELDS_PER_EMBED = 25;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int MAX_SUGGESTION_BUTTONS = 5;
    public static final int CUSTOM_ID_LIMIT = 100;
    public static final int BUTTON_LABEL_LIMIT = 80;
    public static final int AUTOCOMPLETE_CHOICES = 25;
    public static final int CHOICE_NAME_LIMIT = 100;

    /** Prefix of an "Explain differently" button's custom id; the rest is the term. */
    public static final String EXPLAIN_BUTTON = "explain:";

    /** Prefix of a suggestion button's custom id; the rest is the term to quote. */
    public static final String DEFINE_BUTTON = "define:";

    private static final int ECHO_LIMIT = 200;
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)");
    private static final Pattern ENTITY_MENTION = Pattern.compile("<(@[!&]?|#)(\\d+)>");

    /**
     * The messages answering an interaction. Chatter and invalid input get a short private
     * note, because an interaction must always be answered.
     */
    public List<MessagePlan> answer(Answer answer) {
        return answer(answer, "TERM");
    }

    /** As above; {@code exampleTerm} (a term of the server's glossary) is the example the reply to chatter gives. */
    public List<MessagePlan> answer(Answer answer, String exampleTerm) {
        return switch (answer.kind()) {
            case DEFINITION, COMPARISON -> withCloseMatches(quotes(answer.quotes()), answer.suggestions());
            case NOT_FOUND -> List.of(abstention(answer));
            case CHATTER -> List.of(MessagePlan.text(
                    "That does not look like a question. Ask me about a term, for example `/define term: "
                            + neutralize(exampleTerm) + "`.",
                    true));
            case INVALID -> List.of(MessagePlan.text(
                    answer.note().isBlank() ? "I could not read that as a question." : fit(answer.note()), true));
        };
    }

    /** One embed per quoted term (more when a definition is long), packed into as few messages as fit. */
    public List<MessagePlan> quotes(List<Quote> quotes) {
        List<EmbedPlan> embeds = new ArrayList<>();
        for (Quote q : quotes) {
            embeds.addAll(embedsFor(q));
        }
        return pack(embeds);
    }

    /** Buttons for the terms that came close to a described answer, under its last message. */
    private static List<MessagePlan> withCloseMatches(List<MessagePlan> plans, List<String> closeMatches) {
        List<ButtonPlan> buttons = suggestionButtons(closeMatches, "Or: ");
        if (buttons.isEmpty() || plans.isEmpty()) {
            return plans;
        }
        List<MessagePlan> out = new ArrayList<>(plans.subList(0, plans.size() - 1));
        out.add(plans.get(plans.size() - 1).withButtons(buttons));
        return out;
    }

    /** "No such term", with up to five suggestions as buttons that quote the term when clicked. */
    public MessagePlan abstention(Answer answer) {
        String echo = echo(answer.question());
        StringBuilder content = new StringBuilder(echo.isEmpty()
                ? "The glossary has no such term."
                : "The glossary has no term for \u201c" + echo + "\u201d.");
        List<ButtonPlan> buttons = suggestionButtons(answer.suggestions());
        if (!buttons.isEmpty()) {
            content.append(" Did you mean one of these?");
        } else {
            content.append(" Nothing in it comes close; `/glossary search` lists the terms that contain a word.");
        }
        return new MessagePlan(content.toString(), List.of(), buttons, false);
    }

    /** A titled list of term names with a button for each of the first five. */
    public MessagePlan termList(String heading, List<String> terms) {
        if (terms.isEmpty()) {
            return MessagePlan.text(fit(heading + "\nNo matching terms."), true);
        }
        StringBuilder out = new StringBuilder(heading);
        for (String t : terms) {
            String line = "\n\u2022 " + t;
            if (out.length() + line.length() > CONTENT_LIMIT) {
                break;
            }
            out.append(line);
        }
        return new MessagePlan(out.toString(), List.of(), suggestionButtons(terms), false);
    }

    /** Plain text split into as many private messages as needed, never cutting a word when avoidable. */
    public List<MessagePlan> privateText(String text) {
        return split(text, CONTENT_LIMIT).stream().map(s -> MessagePlan.text(s, true)).toList();
    }

    /**
     * An explanation: the quote exactly as {@code /define} shows it, then the AI rephrasing in its
     * own labelled embed (or the note saying why there is none). An unknown term is answered as
     * {@code /define} answers it.
     */
    public List<MessagePlan> explanation(Explanation explanation) {
        if (explanation.quote().isEmpty()) {
            return answer(explanation.lookup());
        }
        List<EmbedPlan> embeds = new ArrayList<>(embedsFor(explanation.quote().get()));
        if (explanation.rephrasing().isPresent()) {
            List<String> pieces = split(explanation.rephrasing().get(), DESCRIPTION_LIMIT);
            for (int i = 0; i < pieces.size(); i++) {
                embeds.add(new EmbedPlan(cap(i == 0 ? Explanation.AI_LABEL : Explanation.AI_LABEL + " (continued)",
                        TITLE_LIMIT), pieces.get(i), List.of()));
            }
        } else if (!explanation.note().isBlank()) {
            embeds.add(new EmbedPlan("", cap(explanation.note(), DESCRIPTION_LIMIT), List.of()));
        }
        return pack(embeds);
    }

    /** "Explain differently" buttons for the terms an answer quotes (one per term, up to five). */
    public static List<ButtonPlan> explainButtons(List<Quote> quotes) {
        List<ButtonPlan> buttons = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Quote q : quotes) {
            String id = EXPLAIN_BUTTON + q.term();
            if (buttons.size() < MAX_SUGGESTION_BUTTONS && id.length() <= CUSTOM_ID_LIMIT && seen.add(id)) {
                buttons.add(new ButtonPlan(id, cap(quotes.size() == 1 ? "Explain differently"
                        : "Explain " + q.term() + " differently", BUTTON_LABEL_LIMIT)));
            }
        }
        return buttons;
    }

    /** The term of an "Explain differently" button, or empty for another button. */
    public static Optional<String> termOfExplainButton(String customId) {
        return customId != null && customId.startsWith(EXPLAIN_BUTTON) && customId.length() > EXPLAIN_BUTTON.length()
                ? Optional.of(customId.substring(EXPLAIN_BUTTON.length()))
                : Optional.empty();
    }

    /** The custom id of the button that quotes {@code term}, if it fits Discord's limit. */
    public static Optional<String> defineButtonId(String term) {
        String id = DEFINE_BUTTON + term;
        return id.length() <= CUSTOM_ID_LIMIT ? Optional.of(id) : Optional.empty();
    }

    /** The term a suggestion button quotes, or empty for another button. */
    public static Optional<String> termOfButton(String customId) {
        return customId != null && customId.startsWith(DEFINE_BUTTON) && customId.length() > DEFINE_BUTTON.length()
                ? Optional.of(customId.substring(DEFINE_BUTTON.length()))
                : Optional.empty();
    }

    /**
     * User text made harmless to show back: mass mentions and user/role/channel mentions get a
     * zero-width space, so they render as text and can never ping even if a client ignored
     * {@code allowed_mentions}.
     */
    public static String neutralize(String text) {
        String out = MASS_MENTION.matcher(text).replaceAll("@\u200b$1");
        return ENTITY_MENTION.matcher(out).replaceAll("<$1\u200b$2>");
    }

    /**
     * Splits {@code text} into pieces of at most {@code limit} characters whose concatenation is
     * exactly {@code text}. A piece ends after the last line break, else the last space, that
     * fits; only a single word longer than the limit is broken inside (never inside a surrogate pair).
     */
    public static List<String> split(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2, got " + limit);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > limit) {
            int end = breakBefore(text, start, start + limit);
            pieces.add(text.substring(start, end));
            start = end;
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    /**
     * Splits {@code raw} like {@link #split} and escapes each piece for Discord's Markdown, so that
     * every escaped piece is at most {@code limit} characters and an escape always stays with its
     * character. Unescaped and concatenated, the pieces are exactly {@code raw}.
     */
    static List<String> splitEscaped(String raw, int limit) {
        if (limit < 4) {
            throw new IllegalArgumentException("limit must be at least 4, got " + limit);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        do {
            int max = Math.min(raw.length(), start + limit);
            while (true) {
                int end = max == raw.length() ? max : breakBefore(raw, start, max);
                String piece = DiscordMarkdown.escape(raw.substring(start, end));
                if (piece.length() <= limit) {
                    pieces.add(piece);
                    start = end;
                    break;
                }
                // each raw character costs one or two escaped ones: give back at least half the excess
                int excess = piece.length() - limit;
                max = Math.max(start + 2, Math.min(max - 1, end - Math.max(1, excess / 2)));
            }
        } while (start < raw.length());
        return pieces;
    }

    private static int breakBefore(String text, int start, int max) {
        int newline = text.lastIndexOf('\n', max - 1);
        if (newline >= start + 1) {
            return newline + 1;
        }
        for (int i = max - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private List<EmbedPlan> embedsFor(Quote q) {
        String title = escapedCap(q.term(), TITLE_LIMIT);
        List<Field> fields = new ArrayList<>();
        addField(fields, "Also called", String.join(", ", q.aliases()));
        addField(fields, "See also", String.join(", ", q.seeAlso()));
        addField(fields, "Read more", String.join("; ", q.entry().readMore()));
        int fieldsLength = fields.stream().mapToInt(f -> f.name().length() + f.value().length()).sum();

        List<String> pieces = splitEscaped(q.definition(), DESCRIPTION_LIMIT);
        List<EmbedPlan> embeds = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String pieceTitle = i == 0 ? title : escapedCap(q.term() + " (continued)", TITLE_LIMIT);
            embeds.add(new EmbedPlan(pieceTitle, pieces.get(i), List.of()));
        }
        if (!fields.isEmpty()) {
            EmbedPlan last = embeds.get(embeds.size() - 1);
            if (last.length() + fieldsLength <= MESSAGE_EMBED_LIMIT && fields.size() <= FIELDS_PER_EMBED) {
                embeds.set(embeds.size() - 1, new EmbedPlan(last.title(), last.description(), fields));
            } else {
                embeds.add(new EmbedPlan(title, "", fields));
            }
        }
        return embeds;
    }

    private static void addField(List<Field> fields, String name, String value) {
        if (value.isBlank()) {
            return;
        }
        List<String> parts = splitEscaped(value, FIELD_VALUE_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            fields.add(new Field(i == 0 ? name : name + " (continued)", parts.get(i)));
        }
    }

    private static List<MessagePlan> pack(List<EmbedPlan> embeds) {
        List<MessagePlan> messages = new ArrayList<>();
        List<EmbedPlan> current = new ArrayList<>();
        int length = 0;
        for (EmbedPlan e : embeds) {
            if (!current.isEmpty()
                    && (current.size() == EMBEDS_PER_MESSAGE || length + e.length() > MESSAGE_EMBED_LIMIT)) {
                messages.add(new MessagePlan("", current, List.of(), false));
                current = new ArrayList<>();
                length = 0;
            }
            current.add(e);
            length += e.length();
        }
        if (!current.isEmpty()) {
            messages.add(new MessagePlan("", current, List.of(), false));
        }
        return messages;
    }

    private static List<ButtonPlan> suggestionButtons(List<String> terms) {
        return suggestionButtons(terms, "");
    }

    private static List<ButtonPlan> suggestionButtons(List<String> terms, String labelPrefix) {
        Set<String> ids = new LinkedHashSet<>();
        List<ButtonPlan> buttons = new ArrayList<>();
        for (String term : terms) {
            if (buttons.size() == MAX_SUGGESTION_BUTTONS) {
                break;
            }
            defineButtonId(term).filter(ids::add)
                    .ifPresent(id -> buttons.add(new ButtonPlan(id, cap(labelPrefix + term, BUTTON_LABEL_LIMIT))));
        }
        return buttons;
    }

    private static String echo(String question) {
        String oneLine = question.strip().replaceAll("\\s+", " ");
        return neutralize(cap(oneLine, ECHO_LIMIT));
    }

    private static String fit(String text) {
        return cap(text, CONTENT_LIMIT);
    }

    /** Glossary text for a title, escaped; an over-long one is shortened before escaping, so that it fits. */
    private static String escapedCap(String raw, int limit) {
        String escaped = DiscordMarkdown.escape(raw);
        return escaped.length() <= limit ? escaped : DiscordMarkdown.escape(cap(raw, limit / 2));
    }

    /** Shortens labels and echoes (never definitions) with an ellipsis. */
    private static String cap(String s, int limit) {
        return s.length() <= limit ? s : s.substring(0, limit - 1) + "\u2026";
    }
}
