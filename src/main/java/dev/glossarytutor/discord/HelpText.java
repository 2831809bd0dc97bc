package dev.glossarytutor.discord;

/** What {@code /help} says. */
final class HelpText {
    private HelpText() {
    }

    static final String TEXT = """
            **Glossary Tutor** quotes the course glossary word for word.
            \u2022 `/define term:` \u2014 quote a term (start typing for suggestions; typos are fine)
            \u2022 `/ask question:` \u2014 ask in your own words, e.g. "what is overfitting?" or "epoch vs batch?"
            \u2022 `/glossary search query:` \u2014 list matching terms
            \u2022 `/quiz start` \u2014 a quiz for the channel (click A\u2013D); `/quiz me` \u2014 a private one; `/quiz leaderboard`, `/quiz stats`
            \u2022 Right-click a message \u2192 Apps \u2192 **Define terms in this message**
            \u2022 Mention me with a question, ask in a help channel, or send me a DM
            Instructors: `/glossary reload` reloads the glossary; `/glossary gaps` lists questions it could not answer;
            `/totd ...` sets up the term of the day.""";
}
