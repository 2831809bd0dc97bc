package dev.glossarytutor.discord;

/** Command and option names, shared by the catalog and the handlers. */
final class Names {
    private Names() {
    }

    static final String DEFINE = "define";
    static final String TERM = "term";
    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String GLOSSARY = "glossary";
    static final String SEARCH = "search";
    static final String QUERY = "query";
    static final String RELOAD = "reload";
    static final String GAPS = "gaps";
    static final String HELP = "help";
    static final String DEFINE_IN_MESSAGE = "Define terms in this message";
}
