package dev.glossarytutor.discord;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.coverage.ClassReport;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.coverage.ReportCharts;
import dev.glossarytutor.coverage.ReportExport;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.layout.MessagePlan.FilePlan;
import java.util.List;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;

/** {@link GlossaryAdmin} over the core's reload, coverage-gap and class-report services. */
public final class InstructorGlossaryAdmin implements GlossaryAdmin {
    static final int GAP_REPORT_ROWS = 15;

    private final GlossaryReloader reloader;
    private final CoverageGaps gaps;
    private final ClassReports reports;

    public InstructorGlossaryAdmin(GlossaryReloader reloader, CoverageGaps gaps, ClassReports reports) {
        this.reloader = reloader;
        this.gaps = gaps;
        this.reports = reports;
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
