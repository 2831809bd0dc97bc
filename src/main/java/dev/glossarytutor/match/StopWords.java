package dev.glossarytutor.match;

import java.util.Set;

/** Function words and question-frame words that carry no meaning for retrieval. */
final class StopWords {
    static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "doing", "done", "have", "has", "had", "it", "its", "this", "that", "these", "those",
            "there", "here", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "i",
            "me", "my", "we", "our", "you", "your", "u", "they", "them", "their", "he", "she", "his", "her", "s",
            "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no", "yes", "any",
            "some", "all", "each", "every", "one", "call", "called", "name", "term", "word", "mean", "means",
            "meant", "meaning", "define", "definition", "explain", "eli5", "tell", "please", "thanks", "thank", "hi",
            "hello", "hey", "ok", "okay", "just", "really", "exactly", "anyone", "someone", "somebody",
            "again", "also", "too", "very", "like", "get", "gets", "got", "say", "says", "said", "deal", "people",
            "quick", "question", "know", "idea", "thing", "things", "stuff", "something", "kind", "sort", "type");

    private StopWords() {
    }
}
