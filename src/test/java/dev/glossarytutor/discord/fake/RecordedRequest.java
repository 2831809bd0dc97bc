package dev.glossarytutor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method  GET, POST, PATCH, PUT, DELETE
 * @param path    the path without the query, e.g. {@code /api/v10/interactions/1/tok/callback}
 * @param headers header names in lower case
 * @param body    the raw body (empty for none)
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON (a missing node when it is not JSON). */
    public JsonNode json() {
        try {
            return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + " " + body;
    }
}
