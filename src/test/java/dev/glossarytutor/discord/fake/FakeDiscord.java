package dev.glossarytutor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Discord for end-to-end tests: a {@link MitmProxy} for discord.com and the
 * gateway host, the REST endpoints Javacord calls, and a {@link FakeGateway}. Tests inject
 * gateway events and assert on the {@link RecordedRequest}s the bot makes.
 */
public final class FakeDiscord implements MitmProxy.Handler, AutoCloseable {
    private static final Pattern WEBHOOK = Pattern.compile("/api/v10/webhooks/\\d+/([^/]+)(/messages/@original)?");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("/api/v10/webhooks/\\d+/([^/]+)/messages/(\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("/api/v10/channels/(\\d+)/messages/(\\d+)");
    private static final Pattern MESSAGE_THREADS = Pattern.compile("/api/v10/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern REACTION = Pattern.compile("/api/v10/channels/(\\d+)/messages/(\\d+)/reactions/.+");
    /** MESSAGE_CONTENT (1 << 15), a privileged intent. */
    public static final long MESSAGE_CONTENT = 1L << 15;
    private static final Pattern SERVER_COMMANDS = Pattern.compile("/api/v10/applications/\\d+/guilds/(\\d+)/commands");

    private final TestCertificate certificate = TestCertificate.shared();
    private final MitmProxy proxy;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final List<String> connectedHosts = new CopyOnWriteArrayList<>();
    /** Messages the bot created (or a test seeded), by id, as Discord would return them. */
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private volatile FakeGateway gateway;
    /** Every live gateway connection: one per shard when the bot is sharded. */
    private final List<FakeGateway> gateways = new CopyOnWriteArrayList<>();
    /** The servers the bot is in; each shard's connection gets its own. */
    private final List<ObjectNode> guilds = new CopyOnWriteArrayList<>(List.of(Payloads.guild()));
    private volatile long refusedIntents;
    private volatile boolean tokenRefused;
    /** Threads the bot started, by id. */
    private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();
    private final java.util.Set<String> unwritable = ConcurrentHashMap.newKeySet();
    private final Object changed = new Object();

    public FakeDiscord() throws IOException {
        this.proxy = new MitmProxy(certificate.serverContext(), this);
    }

    public int proxyPort() {
        return proxy.port();
    }

    /** Routes every host through the proxy (for {@code DiscordApiBuilder.setProxySelector}). */
    public ProxySelector proxySelector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, proxy.address()));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
    }

    /** A trust store holding the proxy's certificate, for {@code javax.net.ssl.trustStore}. */
    public Path writeTrustStore(Path file) {
        return certificate.writeTrustStore(file);
    }

    /** Makes the gateway close with 4014 when IDENTIFY asks for any of these intents. */
    public void refuseIntents(long bitmask) {
        this.refusedIntents = bitmask;
    }

    /**
     * Whether the intent was in the latest IDENTIFY. Without MESSAGE_CONTENT, Discord sends
     * MESSAGE_CREATE with empty content, except for DMs and messages that mention the bot.
     */
    public boolean grantedIntent(long intent) {
        List<JsonNode> all = identifies();
        return !all.isEmpty() && (all.get(all.size() - 1).path("intents").asLong() & intent) != 0;
    }

    /** The thread the bot started, as Discord returned it. */
    public Optional<JsonNode> thread(String threadId) {
        return Optional.ofNullable(threads.get(threadId)).map(JsonNode::deepCopy);
    }

    public List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits until the bot has received READY and GUILD_CREATE and registered its commands. */
    public void awaitReady(Duration timeout) {
        awaitRequest(r -> r.is("PUT", SERVER_COMMANDS.pattern()) || r.is("PUT", "/api/v10/applications/\\d+/commands"),
                timeout);
    }

    /** Adds a server the bot is in, for connections made from now on. */
    public void addGuild(ObjectNode guild) {
        guilds.add(guild);
    }

    /**
     * Sends a dispatch event (op 0) on the live gateway connection: for an event in a server, the
     * connection of the shard that server belongs to.
     */
    public void dispatch(String type, JsonNode data) {
        String guildId = data.path("guild_id").asText("");
        FakeGateway g = guildId.isEmpty() ? gateway : gateways.stream().filter(c -> c.isReady() && c.owns(guildId))
                .reduce((first, second) -> second).orElse(gateway);
        if (g == null || !g.isReady()) {
            throw new IllegalStateException("the bot is not connected to the gateway");
        }
        JsonNode sent = data;
        if (type.equals("MESSAGE_CREATE") && !grantedIntent(MESSAGE_CONTENT)) {
            sent = Payloads.withoutContent(data);
        }
        try {
            g.dispatch(type, sent);
        } catch (IOException e) {
            throw new IllegalStateException("dispatching " + type + " failed", e);
        }
    }

    /** The first request (in order made) matching {@code which}, waiting for it up to {@code timeout}. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> which, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (changed) {
            while (true) {
                Optional<RecordedRequest> found = requests.stream().filter(which).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no matching request within " + timeout + "; requests: " + requests);
                }
                try {
                    changed.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    /** How many requests have been made so far: a mark for {@link #awaitRequestAfter}. */
    public int mark() {
        return requests.size();
    }

    /** The first request matching {@code which} among those made after {@code mark}, waiting for it. */
    public RecordedRequest awaitRequestAfter(int mark, Predicate<RecordedRequest> which, Duration timeout) {
        java.util.Set<RecordedRequest> earlier = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // a snapshot: a sub-list of the live list fails when the bot records a request while it is read
        List<RecordedRequest> made = List.copyOf(requests);
        earlier.addAll(made.subList(0, Math.min(mark, made.size())));
        return awaitRequest(r -> !earlier.contains(r) && which.test(r), timeout);
    }

    /** The first {@code n} requests matching {@code which}, in order made, waiting for them up to {@code timeout}. */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> which, int n, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (changed) {
            while (true) {
                List<RecordedRequest> found = requests.stream().filter(which).limit(n).toList();
                if (found.size() == n) {
                    return found;
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("only " + found.size() + " of " + n + " matching requests within "
                            + timeout + "; requests: " + requests);
                }
                try {
                    changed.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    @Override
    public MitmProxy.Response http(String host, RecordedRequest request) {
        connectedHosts.add(host);
        requests.add(request);
        synchronized (changed) {
            changed.notifyAll();
        }
        String path = request.path();
        String method = request.method();
        Matcher m;
        if (tokenRefused) {
            return new MitmProxy.Response(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
        }
        if (method.equals("GET") && (path.equals("/api/v10/gateway") || path.equals("/api/v10/gateway/bot"))) {
            return MitmProxy.Response.json("{\"url\":\"wss://gateway.discord.gg\",\"shards\":1}");
        }
        if (method.equals("GET") && path.equals("/api/v10/oauth2/applications/@me")) {
            ObjectNode app = Payloads.JSON.createObjectNode().put("id", Payloads.APP).put("name", "Glossary Tutor")
                    .put("description", "").put("bot_public", true).put("bot_require_code_grant", false)
                    .put("flags", 0);
            app.set("owner", Payloads.user(Payloads.OWNER, "owner", false));
            return MitmProxy.Response.json(app.toString());
        }
        if (method.equals("PUT") && ((m = SERVER_COMMANDS.matcher(path)).matches()
                || path.matches("/api/v10/applications/\\d+/commands"))) {
            ArrayNode out = Payloads.JSON.createArrayNode();
            for (JsonNode cmd : request.json()) {
                ObjectNode c = ((ObjectNode) cmd.deepCopy()).put("id", Payloads.nextId())
                        .put("application_id", Payloads.APP).put("version", "1");
                if (!c.has("type")) {
                    c.put("type", 1);
                }
                if (!c.has("description")) {
                    c.put("description", "");
                }
                if (m.matches()) {
                    c.put("guild_id", m.group(1));
                }
                out.add(c);
            }
            return MitmProxy.Response.json(out.toString());
        }
        if (method.equals("POST") && path.matches("/api/v10/interactions/\\d+/[^/]+/callback")) {
            return MitmProxy.Response.noContent();
        }
        if (method.equals("POST") && (m = MESSAGE_THREADS.matcher(path)).matches()) {
            ObjectNode thread = Payloads.thread(m.group(1), request.json().path("name").asText("thread"));
            threads.put(thread.get("id").asText(), thread);
            return MitmProxy.Response.json(thread.toString());
        }
        if (method.equals("PUT") && REACTION.matcher(path).matches()) {
            return MitmProxy.Response.noContent();
        }
        if ((m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            return edit(method, m.group(2), request);
        }
        if ((m = WEBHOOK.matcher(path)).matches()) {
            if (method.equals("DELETE")) {
                return MitmProxy.Response.noContent();
            }
            return MitmProxy.Response.json(store(Payloads.created(Payloads.GENERAL, request.json())).toString());
        }
        if ((m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            return edit(method, m.group(2), request);
        }
        if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            if (unwritable.contains(m.group(1))) {
                return new MitmProxy.Response(403, "{\"message\":\"Missing Permissions\",\"code\":50013}");
            }
            return MitmProxy.Response.json(store(Payloads.created(m.group(1), request.json())).toString());
        }
        return new MitmProxy.Response(404, "{\"message\":\"Unknown route in the fake Discord\",\"code\":0}");
    }

    private ObjectNode store(ObjectNode message) {
        messages.put(message.get("id").asText(), message);
        return message;
    }

    /** GET returns a stored message; PATCH merges the request's fields into it (as Discord's edit does). */
    private MitmProxy.Response edit(String method, String messageId, RecordedRequest request) {
        ObjectNode stored = messages.get(messageId);
        if (stored == null) {
            return new MitmProxy.Response(404, "{\"message\":\"Unknown Message\",\"code\":10008}");
        }
        if (method.equals("DELETE")) {
            messages.remove(messageId);
            return MitmProxy.Response.noContent();
        }
        if (method.equals("PATCH")) {
            synchronized (stored) {
                request.json().properties().forEach(f -> {
                    if (!f.getKey().equals("allowed_mentions")) {
                        stored.set(f.getKey(), f.getValue());
                    }
                });
                stored.put("edited_timestamp", "2024-09-02T10:00:01.000000+00:00");
            }
        }
        return MitmProxy.Response.json(stored.toString());
    }

    /** Makes a message exist as if the bot had posted it earlier (before a restart). */
    public ObjectNode seedMessage(String channelId, String content, JsonNode components) {
        ObjectNode m = Payloads.created(channelId, Payloads.JSON.createObjectNode().put("content", content));
        m.set("components", components);
        return store(m);
    }

    /** The latest state of a message the bot created, edits applied. */
    public Optional<JsonNode> message(String messageId) {
        return Optional.ofNullable(messages.get(messageId)).map(JsonNode::deepCopy);
    }

    /** Refuses the bot's token, as Discord does: REST answers 401, the gateway closes with 4004 at IDENTIFY. */
    public void refuseToken() {
        this.tokenRefused = true;
    }

    /** Makes posts to {@code channelId} fail with 403 Missing Permissions, as Discord does. */
    public void refuseWritesTo(String channelId) {
        unwritable.add(channelId);
    }

    @Override
    public void websocket(String host, InputStream in, OutputStream out) throws IOException {
        connectedHosts.add(host);
        FakeGateway g = new FakeGateway(out, tokenRefused ? -1L : refusedIntents, tokenRefused ? 4004 : 4014, identify -> {
            identifies.add(identify);
            synchronized (changed) {
                changed.notifyAll();
            }
        }, List.copyOf(guilds));
        gateway = g;
        gateways.add(g);
        try {
            g.run(in);
        } catch (IOException e) {
            // connection closed
        } finally {
            gateways.remove(g);
        }
    }

    /** Hosts the client reached through the proxy (discord.com, gateway.discord.gg). */
    public List<String> connectedHosts() {
        return new ArrayList<>(connectedHosts);
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}
