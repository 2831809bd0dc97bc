package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * There is no Docker engine here to build the image, so this checks what can be checked without
 * one: the files the Dockerfile copies exist, the variables it and the compose files set are ones
 * the application reads, and its health check reads the file the heartbeat writes.
 */
class DockerPackagingTest {
    private static final Path DOCKER = Path.of("docker");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Every {@code TUTOR_*}, {@code DISCORD_*} and {@code LLM_*} name the main sources mention. */
    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xml")).toList()) {
                all.append(read(f));
            }
        }
        return all.toString();
    }

    @Test
    void dockerfile_shouldCopyOnlyFilesThatExist() throws IOException {
        // GIVEN the Dockerfile, whose build context is the repository root
        List<String> sources = new ArrayList<>();
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(.+?)\\s+\\S+\\s*$").matcher(read(DOCKER.resolve("Dockerfile")));
        while (copy.find()) {
            for (String s : copy.group(1).trim().split("\\s+")) {
                sources.add(s);
            }
        }

        // THEN every copied path is in the repository
        assertThat(sources).contains("pom.xml", "src", "glossary", "prompts");
        assertThat(sources).allSatisfy(s -> assertThat(Path.of(s)).exists());
        assertThat(read(DOCKER.resolve("Dockerfile"))).contains("FROM maven:3-eclipse-temurin-17 AS build",
                "FROM eclipse-temurin:17-jre", "USER tutor", "VOLUME [\"/data\"]",
                "COPY --from=build /src/target/glossary-tutor.jar");
    }

    @Test
    void dockerfile_shouldSetVariablesTheAppReadsAndCheckTheHeartbeatFile() throws IOException {
        String dockerfile = read(DOCKER.resolve("Dockerfile"));
        String sources = mainSources();
        Matcher env = Pattern.compile("(TUTOR_[A-Z_]+)=").matcher(dockerfile);
        int found = 0;
        while (env.find()) {
            assertThat(sources).as("the app reads %s", env.group(1)).contains("\"" + env.group(1) + "\"");
            found++;
        }
        assertThat(found).isEqualTo(3);
        assertThat(dockerfile).contains("TUTOR_DATA_DIR=/data").contains("find /data/" + Heartbeat.FILE + " -mmin");
    }

    @Test
    void compose_shouldBuildTheDockerfileAndSetOnlyKnownVariables() throws IOException {
        String compose = read(DOCKER.resolve("compose.yaml"));
        assertThat(compose).contains("dockerfile: docker/Dockerfile").contains("DISCORD_TOKEN_FILE")
                .contains("env_file: .env");
        String sources = mainSources();
        for (String line : read(DOCKER.resolve(".env.example")).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('='));
            assertThat(sources.contains("\"" + name + "\"") || sources.contains("${" + name)).as("the app reads %s", name)
                    .isTrue();
            assertThat(name).as("no secrets in .env").doesNotEndWith("_TOKEN").doesNotEndWith("_KEY");
        }
    }

    @Test
    void heartbeat_shouldWriteTheTime_when_connected(@TempDir Path dir) throws IOException {
        // GIVEN
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        boolean[] connected = {false};
        Heartbeat heartbeat = new Heartbeat(dir, () -> connected[0], clock);

        // WHEN disconnected, THEN no beat
        assertThat(heartbeat.beat()).isFalse();
        assertThat(dir.resolve(Heartbeat.FILE)).doesNotExist();

        // WHEN connected, THEN the file holds the time
        connected[0] = true;
        assertThat(heartbeat.beat()).isTrue();
        assertThat(read(dir.resolve(Heartbeat.FILE))).isEqualTo("2026-03-02T10:00:00Z\n");
    }

    @Test
    void dockerfile_should_carry_fonts_and_run_headless_when_the_report_draws_charts() throws Exception {
        // GIVEN the image's runtime stage
        String dockerfile = read(DOCKER.resolve("Dockerfile"));
        String runtime = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin:17-jre"));

        // THEN headless AWT finds fontconfig and a font there, and the JVM is headless
        assertThat(runtime).contains("fontconfig").contains("fonts-dejavu-core")
                .contains("\"-Djava.awt.headless=true\"");
    }
}
