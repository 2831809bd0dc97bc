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
    static final String REPORT = "report";
    static final String USE = "use";
    static final String NAME = "name";
    static final String HELP = "help";
    static final String DEFINE_IN_MESSAGE = "Define terms in this message";

    static final String QUIZ = "quiz";
    static final String START = "start";
    static final String ME = "me";
    static final String REVIEW = "review";
    static final String STOP = "stop";
    static final String STATS = "stats";
    static final String LEADERBOARD = "leaderboard";
    static final String QUESTIONS = "questions";
    static final String SECONDS = "seconds";
    static final String SCORING = "scoring";
    static final String TYPED = "typed";
    static final String USER = "user";
    static final String PERIOD = "period";

    static final String TOTD = "totd";
    static final String CHANNEL = "channel";
    static final String TIME = "time";
    static final String ZONE = "zone";
    static final String DAYS = "days";
    static final String PAUSE = "pause";
    static final String RESUME = "resume";
    static final String NOW = "now";
    static final String PREVIEW = "preview";
    static final String QUEUE = "queue";
    static final String SKIP = "skip";
    static final String MENTION = "mention";
    static final String SHOW = "show";
    static final String ROLE = "role";
    static final String DATE = "date";

    static final String EXPLAIN = "explain";
    static final String STYLE = "style";
}
