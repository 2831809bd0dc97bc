package dev.glossarytutor.discord;

/**
 * The instructor operations behind {@code /glossary reload} and {@code /glossary gaps}. A seam:
 * the real reload and coverage-gap services are built elsewhere and plug in here through
 * {@code app/Wiring}; {@link LoaderGlossaryAdmin} is the stand-in until then.
 */
public interface GlossaryAdmin {

    /** Reloads the glossary; returns a short human summary (or the problems that stopped it). */
    String reload();

    /** A human report of questions the glossary could not answer. */
    String gaps();
}
