package dev.glossarytutor.discord;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;

/** {@link GlossaryAdmin} over the core's reload and coverage-gap services. */
public final class InstructorGlossaryAdmin implements GlossaryAdmin {
    static final int GAP_REPORT_ROWS = 15;

    private final GlossaryReloader reloader;
    private final CoverageGaps gaps;

    public InstructorGlossaryAdmin(GlossaryReloader reloader, CoverageGaps gaps) {
        this.reloader = reloader;
        this.gaps = gaps;
    }

    @Override
    public String reload(String serverId, String userId) {
        // problems name their files relative to the glossary folder: no server paths in Discord
        return reloader.reload(Actor.instructor(userId)).text(reloader.folder());
    }

    @Override
    public String gaps(String serverId, String userId) {
        return gaps.report(Actor.instructor(userId), serverId, GAP_REPORT_ROWS).text();
    }
}
