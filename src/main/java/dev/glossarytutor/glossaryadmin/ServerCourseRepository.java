package dev.glossarytutor.glossaryadmin;

import java.util.Map;
import java.util.Optional;

/** Which installed glossary each server's instructor chose, shared by every process on the store. */
public interface ServerCourseRepository {

    Optional<String> find(String serverId);

    /** Records {@code course} as the server's glossary, replacing an earlier choice. */
    void save(String serverId, String course);

    /** Every server's choice, for moving a store. */
    Map<String, String> all();
}
