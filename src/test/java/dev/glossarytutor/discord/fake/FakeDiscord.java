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
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/messages");
    private static final Pattern SERVER_COMMANDS = Pattern.compile("/api/v10/applications/\\d+/guilds/(\\d+)/commands");

    private final TestCertificate certificate = TestCertificate.mint();
    private final MitmProxy proxy;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final List<String> connectedHosts = new CopyOnWriteArrayList<>();
    private volatile FakeGateway gateway;
    private volatile long refusedIntents;
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

    /** Sends a dispatch event (op 0) on the live gateway connection. */
    public void dispatch(String type, JsonNode data) {
        FakeGateway g = gateway;
        if (g == null || !g.isReady()) {
            throw new IllegalStateException("the bot is not connected to the gateway");
        }
        try {
            g.dispatch(type, data);
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
                if (SERVER_COMMANDS.matcher(path).matches()) {
                    c.put("guild_id", Payloads.GUILD);
                }
                out.add(c);
            }
            return MitmProxy.Response.json(out.toString());
        }
        if (method.equals("POST") && path.matches("/api/v10/interactions/\\d+/[^/]+/callback")) {
            return MitmProxy.Response.noContent();
        }
        if ((m = WEBHOOK.matcher(path)).matches()) {
            if (method.equals("DELETE")) {
                return MitmProxy.Response.noContent();
            }
            return MitmProxy.Response.json(Payloads.created(Payloads.GENERAL, request.json()).toString());
        }
        if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return MitmProxy.Response.json(Payloads.created(m.group(1), request.json()).toString());
        }
        return new MitmProxy.Response(404, "{\"message\":\"Unknown route in the fake Discord\",\"code\":0}");
    }

    @Override
    public void websocket(String host, InputStream in, OutputStream out) throws IOException {
        connectedHosts.add(host);
        FakeGateway g = new FakeGateway(out, refusedIntents, identify -> {
            identifies.add(identify);
            synchronized (changed) {
                changed.notifyAll();
            }
        });
        gateway = g;
        try {
            g.run(in);
        } catch (IOException e) {
            // connection closed
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
