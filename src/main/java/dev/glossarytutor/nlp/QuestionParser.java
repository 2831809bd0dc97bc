package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what a message asks for and which words it asks about. Works on the normalised word
 * sequence, so "What's", "whats" and "what is" read alike; the patterns are the grammar of
 * questions (frames), never the wording of particular questions. The frames and forms it reads
 * are each in a class of their own: {@link Comparison}, {@link ClosingNameFrame}, {@link
 * OpeningNameFrame}, {@link ClosingQuestion}, {@link DescriptionForm}, {@link DefineFrame} with
 * {@link AskedPhrase} and {@link Referent}, {@link ClosingMeaningFrame}, {@link QuestionCue}, {@link ChoiceQuestion}
 * and {@link SelfRepair}.
 */
public final class QuestionParser {
    private final Analyzer analyzer;

    public QuestionParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ParsedQuestion parse(String text) {
        List<Token> tokens = analyzer.analyze(text);
        // "what's a subnet... no wait, what is an octet?": the question asked is the one after the repair
        Optional<ParsedQuestion> retaken = SelfRepair.retakenQuestion(tokens).map(this::parse)
                .filter(q -> q.intent() != Intent.NONE);
        if (retaken.isPresent()) {
            return retaken.get();
        }
        Message m = Message.of(text, tokens, TagRepairs.repair(Word.of(tokens)));
        List<Word> words = m.words();
        if (words.isEmpty() || QuestionCue.isGreeting(m)) {
            // nothing to ask about: no words, or a greeting and whom it greets ("hi bot", not a clipped "bottleneck")
            return new ParsedQuestion(text, tokens, words, Intent.NONE, false, 0, 0, "", false, false, Set.of());
        }
        boolean compareWord = Comparison.byWord(m);
        int elided = OpeningNameFrame.afterElidedFrame(m);
        if (!compareWord && elided > 0 && elided < words.size()) {
            return described(m, elided, words.size(), true); // "word for going through the data once"
        }
        int nameFrame = ClosingNameFrame.start(m);
        boolean asksForAName = nameFrame >= 0;
        // "the layer that shrinks the feature map ...", "when you just ask whoever is easiest to reach",
        // "if I want my conv to not shrink the image, what kind of convolution do I use", "training loss
        // goes down but validation loss goes up, what is happening": a description of a thing or a
        // situation, with no question or a question that only points back at it
        ClosingQuestion closing = ClosingQuestion.of(m);
        // "ok thanks that makes sense": thanks and acknowledgements describe nothing
        // "explain overfitting like im 5": a frame opening the message reads what follows it (below)
        DefineFrame define = DefineFrame.find(m);
        boolean describes = !QuestionCue.isAcknowledgement(m) && closing.followsADescription(m)
                && !(define != null && (define.opensWithAnOrder() || asksOfItsOwn(m, define, closing)));
        if (!compareWord && !asksForAName && describes && !Comparison.headsMessage(m)) {
            return described(m, 0, closing.lead(), false);
        }
        // "... no effect / no difference, what's that called": a frame asking for a name makes the
        // words before it a description, whatever they say; only "X vs Y" still compares
        boolean compare = compareWord || !asksForAName && Comparison.inAQuestion(m);
        if (compare) {
            return new ParsedQuestion(text, tokens, words, Intent.COMPARE, true, 0, words.size(), m.joined(), false,
                    true, Set.of());
        }
        ParsedQuestion named = askedForAName(m, nameFrame);
        if (named != null) {
            return named;
        }
        if (define == null && closing.asks() == ClosingQuestion.Asks.BACK && closing.lead() < words.size()
                && words.get(closing.lead()).norm().equals("how")) {
            // "the worksheet mentions stratified random sampling, how is that done": how something named before works
            Referent referent = Referent.before(tokens, words, closing.lead());
            if (referent != null) {
                Set<Integer> frame = new HashSet<>();
                for (int i = closing.lead(); i < words.size(); i++) {
                    frame.add(i);
                }
                return new ParsedQuestion(text, tokens, words, Intent.DEFINE, true, referent.from(), referent.to(),
                        joined(words, referent.from(), referent.to()), false, false, Set.copyOf(frame));
            }
        }
        int meaning = define == null ? ClosingMeaningFrame.at(m) : -1;
        if (meaning > 0) {
            // "RV meaning in stats", "variance def?": the noun phrase before the asking word is asked about
            return framedPhrase(m, Intent.DEFINE, 0, meaning, false);
        }
        int context = define == null ? QuestionCue.bareTermContext(m) : -1;
        boolean bare = QuestionCue.isBareTerm(tokens) || context > 0;
        // "what batch size did you use?" asks which one was chosen, not what a batch size is
        boolean cue = QuestionCue.asks(m, define != null, bare) && !ChoiceQuestion.asks(m, define);
        AskedPhrase phrase = define != null ? AskedPhrase.after(m, define) : null;
        int from = phrase != null ? phrase.from() : 0;
        // "CLT in simple words?": with no frame, how to explain still closes the message and is no part of its phrase
        int to = phrase != null ? phrase.to() : context > 0 ? context : MannerAdjunct.start(words, 0, words.size());
        // "what does RF mean when people talk about CNN layers": a clause after the frame's closing verb is no part
        // of the phrase
        int phraseEnd = phrase != null && phrase.frame().contains(to) ? to : words.size();
        if (define != null && !phrase.clause() && !phrase.referred()
                && (DescriptionForm.relativeClauseNear(words.subList(0, phraseEnd), from)
                || DescriptionForm.nounPhraseWithClause(words, from, to))) {
            return described(m, from, words.size(), false);
        }
        Intent intent = cue ? Intent.DEFINE : Intent.NONE;
        String target = joined(words, from, to);
        boolean asksMeaning = bare || phrase != null && phrase.asksMeaning();
        return new ParsedQuestion(text, tokens, words, intent, cue, from, to, target, false, asksMeaning,
                phrase != null ? phrase.frame() : Set.of());
    }

    /**
     * A frame inside the message, opening a clause of its own, asks about a phrase of its own or one a pronoun
     * stands for ("idk if this is a dumb question but whats a sample", "ok hypothesis testing. like whats the point
     * of it"), so the words before it are no description; a question closing the message after a break is read
     * by {@link ClosingQuestion} instead.
     */
    private static boolean asksOfItsOwn(Message m, DefineFrame define, ClosingQuestion closing) {
        if (closing.lead() < m.size() || !define.opensALaterClause(m)) {
            return false;
        }
        AskedPhrase phrase = AskedPhrase.after(m, define);
        return phrase.referred() || phrase.from() >= define.end() && phrase.to() > phrase.from();
    }

    /**
     * The sentences of a parsed message ({@code tokens}, as in {@link ParsedQuestion#tokens()}) that
     * each ask what something is, when two or more do ("what is a hub? and what is a switch?"); empty
     * otherwise, and empty when a sentence asks without a frame or a term typed on its own ("... isnt the loss
     * already the metric?? what are metrics exactly"): such a sentence asks whether, not what, and the message is
     * read whole. Each can then be answered on its own.
     */
    public List<String> separateQuestions(List<Token> tokens) {
        Map<Integer, List<Token>> sentences = tokens.stream()
                .collect(Collectors.groupingBy(Token::sentence, TreeMap::new, Collectors.toList()));
        if (sentences.size() < 2) {
            return List.of();
        }
        List<String> asking = new ArrayList<>();
        boolean eachFramed = true;
        for (List<Token> sentence : sentences.values()) {
            String text = Message.textOf(sentence);
            ParsedQuestion q = parse(text);
            if (q.intent() == Intent.DEFINE && q.targetWords().stream().anyMatch(w -> !w.norm().isEmpty())) {
                asking.add(text);
                eachFramed &= !q.frame().isEmpty() || q.asksMeaning();
            }
        }
        return asking.size() >= 2 && eachFramed ? asking : List.of();
    }

    /**
     * A frame asking for the name of a described thing: "..., what's that called" closing the
     * message (starting at word {@code nameFrame}, -1 when none), "what device moves data ...",
     * "what do you call ...", "what is X called"; null when none frames the message.
     */
    private static ParsedQuestion askedForAName(Message m, int nameFrame) {
        if (nameFrame >= 2) {
            return described(m, 0, nameFrame, true);
        }
        if (OpeningNameFrame.asksWhichThingDoes(m)) {
            return described(m, 1, m.size(), true);
        }
        int opened = OpeningNameFrame.descriptionStart(m);
        if (opened >= 0) {
            return described(m, opened, m.size(), true);
        }
        int called = ClosingNameFrame.calledDescriptionStart(m);
        if (called >= 0) {
            return described(m, called, m.size() - 1, true);
        }
        return null;
    }

    private static ParsedQuestion described(Message m, int from, int to, boolean framed) {
        return framedPhrase(m, Intent.DESCRIBE, from, to, framed);
    }

    /** Words [from, to) are asked about, past their determiners, and every word around them is the frame. */
    private static ParsedQuestion framedPhrase(Message m, Intent intent, int from, int to, boolean framed) {
        List<Word> words = m.words();
        int start = Math.min(m.skipDeterminers(from), to);
        String description = joined(words, start, to);
        Set<Integer> frame = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (i < from || i >= to) {
                frame.add(i); // the words around the description are the frame ("what do you call", "... called")
            }
        }
        return new ParsedQuestion(m.text(), m.tokens(), words, intent, true, start, to, description, framed,
                true, Set.copyOf(frame));
    }

    /** The normalised spellings of words [from, to), joined by single spaces. */
    private static String joined(List<Word> words, int from, int to) {
        return words.subList(from, to).stream().map(Word::norm).collect(Collectors.joining(" "));
    }
}
