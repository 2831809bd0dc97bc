package dev.glossarytutor.match;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English words: the whole-word entries of the uncased BERT vocabulary that ships with the
 * embedding models (about 22,000 words). A correctly spelled word is not a typo of another word:
 * "polling" is not a misspelling of "pooling", nor "equivalence" of "equivariance".
 */
final class KnownWords {
    /** The vocabulary of bge-small; all-MiniLM-L6-v2 uses the same one. */
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int SHORTEST = 3;

    private KnownWords() {
    }

    /** Reads the word list now, at start-up, instead of during the first question. */
    static void preload() {
        contains("");
    }

    /** True when {@code word} (lower case) is a whole word of the vocabulary. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(word);
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        try (InputStream in = KnownWords.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IOException("missing " + TOKENIZER + " on the classpath");
            }
            return vocabulary(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English word list from " + TOKENIZER, e);
        }
    }

    /** The keys of {@code model.vocab} that are whole alphabetic words. */
    private static Set<String> vocabulary(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        try (JsonParser json = new JsonFactory().createParser(in)) {
            if (!seek(json, "model") || !seek(json, "vocab")) {
                throw new IOException("no model.vocab in " + TOKENIZER);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String token = json.currentName();
                json.nextToken();
                if (token.length() >= SHORTEST && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    words.add(token);
                }
            }
        }
        return words;
    }

    /** Moves into the object value of field {@code name} at the current level. */
    private static boolean seek(JsonParser json, String name) throws IOException {
        if (json.currentToken() == null) {
            json.nextToken();
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals(name) && value == JsonToken.START_OBJECT) {
                return true;
            }
            json.skipChildren();
        }
        return false;
    }
}
