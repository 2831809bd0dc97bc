package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docker/compose.yaml, parsed as YAML: the single bot by default, PostgreSQL and two shards in the "postgres" profile. */
class ComposeProfileTest {
    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker", "compose.yaml").toFile());
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void compose_should_start_only_the_sqlite_bot_when_no_profile_is_given() throws IOException {
        // GIVEN the compose file WHEN read THEN the only service without a profile is the SQLite bot
        JsonNode services = compose().get("services");
        List<String> always = new ArrayList<>();
        services.fields().forEachRemaining(e -> {
            if (!e.getValue().has("profiles")) {
                always.add(e.getKey());
            }
        });
        assertThat(always).containsExactly("tutor");
        assertThat(services.get("tutor").get("environment").has("TUTOR_DATABASE_URL")).isFalse();
    }

    @Test
    void postgresProfile_should_run_two_shards_on_one_database_when_enabled() throws IOException {
        JsonNode root = compose();
        JsonNode services = root.get("services");
        // GIVEN the postgres profile's services
        for (String name : List.of("postgres", "tutor-shard-0", "tutor-shard-1")) {
            assertThat(services.get(name).get("profiles")).as(name).extracting(JsonNode::asText).containsExactly("postgres");
        }
        String sources = mainSources();
        for (int shard = 0; shard < 2; shard++) {
            JsonNode bot = services.get("tutor-shard-" + shard);
            JsonNode env = bot.get("environment");
            // THEN each is one of two shards on the profile's database, with its password from a secret
            assertThat(env.get("DISCORD_SHARDS").asText()).isEqualTo("2");
            assertThat(env.get("DISCORD_SHARD_IDS").asText()).isEqualTo(String.valueOf(shard));
            assertThat(env.get("TUTOR_DATABASE_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/tutor");
            assertThat(env.get("TUTOR_DATABASE_USER").asText())
                    .isEqualTo(services.get("postgres").get("environment").get("POSTGRES_USER").asText());
            assertThat(env.get("TUTOR_DATABASE_PASSWORD_FILE").asText()).isEqualTo("/run/secrets/db_password");
            assertThat(env.has("TUTOR_DATABASE_PASSWORD")).as("no password in the file").isFalse();
            assertThat(bot.get("secrets")).extracting(JsonNode::asText).contains("discord_token", "db_password");
            assertThat(bot.get("depends_on").get("postgres").get("condition").asText()).isEqualTo("service_healthy");
            // AND every variable it sets is one the application reads
            for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                // NAME_FILE is read by Env.secret("NAME")
                String read = name.endsWith("_FILE") ? name.substring(0, name.length() - "_FILE".length()) : name;
                assertThat(sources).as("the app reads %s", name).contains("\"" + read + "\"");
            }
            // AND each shard keeps its own heartbeat and logs
            assertThat(bot.get("volumes").get(0).asText()).isEqualTo("tutor-shard-" + shard + "-data:/data");
        }
        assertThat(services.get("postgres").get("healthcheck").get("test").toString()).contains("pg_isready");
        assertThat(root.get("secrets").get("db_password").get("file").asText()).isEqualTo("./db_password.txt");
        assertThat(root.get("volumes").has("postgres-data")).isTrue();
    }
}
