package dev.glossarytutor.glossaryadmin;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Courses;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Servers' glossary choices read through a short cache, since every question asks for one. A choice
 * made in this process shows at once; one made in another process (the server has moved shards)
 * shows within {@link #FRESHNESS}.
 */
public final class StoredCourseChoices implements Courses.Choices {
    static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final ServerCourseRepository repository;
    private final LoadingCache<String, Optional<String>> cache;

    public StoredCourseChoices(ServerCourseRepository repository, Ticker ticker) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cache = Caffeine.newBuilder().ticker(Objects.requireNonNull(ticker, "ticker"))
                .expireAfterWrite(FRESHNESS).maximumSize(10_000).build(repository::find);
    }

    @Override
    public Optional<String> chosenFor(String serverId) {
        return cache.get(serverId);
    }

    @Override
    public void choose(String serverId, String course) {
        repository.save(serverId, course);
        cache.put(serverId, Optional.of(course));
    }
}
