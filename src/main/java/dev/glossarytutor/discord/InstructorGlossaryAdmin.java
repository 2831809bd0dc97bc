package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Courses;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.coverage.ClassReport;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.coverage.ReportCharts;
import dev.glossarytutor.coverage.ReportExport;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.layout.MessagePlan.FilePlan;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import java.util.List;
import java.util.function.Function;

/** {@link GlossaryAdmin} over the core's reload, coverage-gap and class-report services. */
public final class InstructorGlossaryAdmin implements GlossaryAdmin {
    static final int GAP_REPORT_ROWS = 15;

    private final Function<String, GlossaryReloader> reloaders;
    private final Courses courses;
    private final CoverageGaps gaps;
    private final ClassReports reports;

    /** One glossary: every server uses it. */
    public InstructorGlossaryAdmin(GlossaryReloader reloader, CoverageGaps gaps, ClassReports reports) {
        this(server -> reloader, null, gaps, reports);
    }

    /**
     * @param reloaders the reloader of a server's course
     * @param courses   the installed glossaries and each server's choice; null when only one is installed
     */
    public InstructorGlossaryAdmin(Function<String, GlossaryReloader> reloaders, Courses courses, CoverageGaps gaps,
                                   ClassReports reports) {
        this.reloaders = reloaders;
        this.courses = courses;
        this.gaps = gaps;
        this.reports = reports;
    }

    @Override
    public String reload(String serverId, String userId) {
        GlossaryReloader reloader = reloaders.apply(serverId);
        // problems name their files relative to the glossary folder: no server paths in Discord
        return reloader.reload(Actor.instructor(userId)).text(reloader.folder());
    }

    @Override
    public String use(String serverId, String userId, String name) {
        if (courses == null) {
            return "Only one glossary is installed here, so every server uses it.";
        }
        Courses.Use use = courses.use(serverId, name);
        return use.message();
    }

    @Override
    public List<String> installed() {
        return courses == null ? List.of() : courses.names();
    }

    @Override
    public String gaps(String serverId, String userId) {
        return gaps.report(Actor.instructor(userId), serverId, GAP_REPORT_ROWS).text();
    }

    @Override
    public MessagePlan report(String serverId, String userId, int days) {
        ClassReport report = reports.report(Actor.instructor(userId), serverId, days);
        ReportCharts.Images images = ReportCharts.render(report);
        return MessagePlan.text(report.summary(), true).withFiles(List.of(
                new FilePlan(ReportExport.HEAT_MAP, images.heatMap()),
                new FilePlan(ReportExport.PER_DAY, images.questionsPerDay()),
                new FilePlan(ReportExport.UNANSWERED, images.unanswered())));
    }
}
