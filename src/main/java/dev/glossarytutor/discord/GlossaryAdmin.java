package dev.glossarytutor.discord;

import java.util.List;
import dev.glossarytutor.discord.layout.MessagePlan;

/**
 * The instructor operations behind {@code /glossary reload}, {@code gaps} and {@code report}. The
 * caller has already checked that the user is an instructor.
 */
public interface GlossaryAdmin {

    /** Reloads the server's glossary; returns a short human summary (or the problems that stopped it). */
    String reload(String serverId, String userId);

    /** Makes the installed glossary {@code name} the server's, or says which are installed. */
    String use(String serverId, String userId, String name);

    /** The installed glossaries' names, for autocomplete. */
    List<String> installed();

    /** A human report of the questions asked in this server that the glossary could not answer. */
    String gaps(String serverId, String userId);

    /** The class report of the last {@code days} days: a one-line summary with the charts attached, private. */
    MessagePlan report(String serverId, String userId, int days);
}
