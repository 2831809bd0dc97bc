package dev.glossarytutor.discord;

/**
 * The instructor operations behind {@code /glossary reload} and {@code /glossary gaps}. The
 * caller has already checked that the user is an instructor.
 */
public interface GlossaryAdmin {

    /** Reloads the glossary; returns a short human summary (or the problems that stopped it). */
    String reload(String serverId, String userId);

    /** A human report of the questions asked in this server that the glossary could not answer. */
    String gaps(String serverId, String userId);
}
