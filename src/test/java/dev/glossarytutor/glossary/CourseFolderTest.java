package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseFolderTest {
    @TempDir
    Path dir;

    @Test
    void discover_folderOfCourses_givesOneCoursePerSubfolderByName() throws Exception {
        // GIVEN a folder with two course folders, an empty folder and a notes file beside them
        Files.createDirectories(dir.resolve("statistics"));
        Files.writeString(dir.resolve("statistics/glossary.md"), "## Mean\n\nThe average.\n");
        Files.createDirectories(dir.resolve("networking"));
        Files.writeString(dir.resolve("networking/a.md"), "## Router\n\nForwards packets.\n");
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/notes.txt"), "not a glossary");

        // WHEN the courses are discovered
        var courses = CourseFolder.discover(dir);

        // THEN each folder of *.md files is a course, sorted by name
        assertThat(courses).extracting(CourseFolder::name).containsExactly("networking", "statistics");
        assertThat(courses.get(0).path()).isEqualTo(dir.resolve("networking"));
    }

    @Test
    void discover_folderOfMarkdown_isOneCourseNamedAfterTheFolder() throws Exception {
        // GIVEN a folder that holds glossary files itself
        Path course = Files.createDirectories(dir.resolve("biology"));
        Files.writeString(course.resolve("cells.md"), "## Cell\n\nThe unit of life.\n");

        // WHEN the courses are discovered THEN the folder is the one course
        assertThat(CourseFolder.discover(course)).containsExactly(new CourseFolder("biology", course));
    }

    @Test
    void discover_seedFolder_isTheDeepLearningCourse() throws Exception {
        // GIVEN the repository's glossary folder WHEN discovered THEN it holds the seed course
        assertThat(CourseFolder.discover(Path.of("glossary"))).extracting(CourseFolder::name).containsExactly("deep-learning");
    }

    @Test
    void discover_singleFile_isOneCourseNamedAfterTheFile() throws Exception {
        // GIVEN one glossary file
        Path file = Files.writeString(dir.resolve("chemistry.md"), "## Atom\n\nSmall.\n");

        // WHEN discovered THEN its name comes from the file
        assertThat(CourseFolder.discover(file)).containsExactly(new CourseFolder("chemistry", file));
    }

    @Test
    void isNamed_differentCaseAndBlanks_matches() {
        // GIVEN a course WHEN named loosely THEN it still matches, and another name does not
        CourseFolder course = new CourseFolder("Networking", Path.of("x"));
        assertThat(course.isNamed(" networking ")).isTrue();
        assertThat(course.isNamed("network")).isFalse();
    }
}
