package dev.glossarytutor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigTest {

    @Test
    void from_should_keep_sqlite_when_no_url_is_set() {
        // GIVEN no TUTOR_DATABASE_URL WHEN read THEN there is no database config: SQLite under TUTOR_DATA_DIR
        assertThat(DatabaseConfig.from(new Env(Map.of("TUTOR_DATABASE_USER", "tutor")))).isEmpty();
        assertThat(Config.from(new Env(Map.of())).database()).isEmpty();
    }

    @Test
    void from_should_read_the_password_file_and_never_show_it(@TempDir Path dir) throws Exception {
        // GIVEN a URL, a user and a password file
        Path file = dir.resolve("db_password.txt");
        Files.writeString(file, "s3cret\n");
        Env env = new Env(Map.of("TUTOR_DATABASE_URL", "jdbc:postgresql://db:5432/tutor?sslmode=require&password=x",
                "TUTOR_DATABASE_USER", "tutor", "TUTOR_DATABASE_PASSWORD_FILE", file.toString(),
                "TUTOR_DATABASE_POOL_SIZE", "4"));
        // WHEN the configuration is read
        Config config = Config.from(env);
        // THEN the settings are there
        DatabaseConfig db = config.database().orElseThrow();
        assertThat(db.user()).contains("tutor");
        assertThat(db.password().orElseThrow().reveal()).isEqualTo("s3cret");
        assertThat(db.poolSize()).isEqualTo(4);
        // AND printing them shows neither the password nor the URL's options
        assertThat(config.toString()).contains("jdbc:postgresql://db:5432/tutor").doesNotContain("s3cret")
                .doesNotContain("password=x").doesNotContain("sslmode");
    }

    @Test
    void from_should_refuse_a_url_of_another_database() {
        // GIVEN a MySQL URL WHEN read THEN the error names the variable and the expected form
        assertThatThrownBy(() -> DatabaseConfig.from(new Env(Map.of("TUTOR_DATABASE_URL", "jdbc:mysql://db/tutor"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TUTOR_DATABASE_URL")
                .hasMessageContaining("jdbc:postgresql://host[:port]/database");
    }
}
