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

    /** The parts of a multipart/form-data body (how Discord takes files): headers and content, in order. */
    public java.util.List<Part> parts() {
        String type = headers.getOrDefault("content-type", "");
        int at = type.indexOf("boundary=");
        if (!type.startsWith("multipart/") || at < 0) {
            return java.util.List.of();
        }
        String boundary = "--" + type.substring(at + "boundary=".length()).replace("\"", "").strip();
        java.util.List<Part> parts = new java.util.ArrayList<>();
        for (String chunk : body.split(java.util.regex.Pattern.quote(boundary))) {
            int split = chunk.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String content = chunk.substring(split + 4);
            parts.add(new Part(chunk.substring(0, split).strip(),
                    content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content));
        }
        return parts;
    }

    /** The message JSON: the body, or a multipart body's {@code payload_json} part. */
    public JsonNode payloadJson() {
        return parts().stream().filter(p -> p.headers().contains("name=\"payload_json\"")).findFirst()
                .map(p -> new RecordedRequest(method, path, Map.of(), p.content()).json()).orElseGet(this::json);
    }

    /** The file names of a multipart body's file parts. */
    public java.util.List<String> fileNames() {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("filename=\"([^\"]+)\"");
        return parts().stream().map(p -> name.matcher(p.headers())).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).toList();
    }

    /** One part of a multipart body; binary content arrives mangled by UTF-8 decoding, but its ASCII survives. */
    public record Part(String headers, String content) {
    }

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + " " + body;
    }
}
