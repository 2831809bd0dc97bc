package dev.glossarytutor.discord.fake;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One connection of a minimal v10 gateway: HELLO, then IDENTIFY answered with READY (the guild
 * unavailable) and GUILD_CREATE, heartbeats acknowledged, and dispatches injected by the test.
 */
final class FakeGateway {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream out;
    private final AtomicInteger seq = new AtomicInteger();
    private final long refusedIntents;
    private final int closeCode;
    private final Consumer<JsonNode> onIdentify;
    /** Every server the bot is in; a shard receives those whose id maps to it. */
    private final List<ObjectNode> guilds;
    private volatile boolean ready;
    /** The shard this connection identified as: [id, total]; [0, 1] when it did not say. */
    private volatile int[] shard = {0, 1};

    FakeGateway(OutputStream out, long refusedIntents, Consumer<JsonNode> onIdentify) {
        this(out, refusedIntents, 4014, onIdentify, List.of(Payloads.guild()));
    }

    /** {@code closeCode}: what IDENTIFY with a refused intent gets: 4014 (disallowed intents) or 4004 (bad token). */
    FakeGateway(OutputStream out, long refusedIntents, int closeCode, Consumer<JsonNode> onIdentify,
                List<ObjectNode> guilds) {
        this.guilds = guilds;
        this.closeCode = closeCode;
        this.out = out;
        this.refusedIntents = refusedIntents;
        this.onIdentify = onIdentify;
    }

    boolean isReady() {
        return ready;
    }

    /** Runs the connection until the client closes it. */
    void run(InputStream in) throws IOException {
        send(op(10).set("d", JSON.createObjectNode().put("heartbeat_interval", 41_250)));
        while (true) {
            WebSocketFrames.Frame frame = WebSocketFrames.read(in);
            switch (frame.opcode()) {
                case WebSocketFrames.CLOSE -> {
                    WebSocketFrames.write(out, WebSocketFrames.CLOSE, frame.payload());
                    return;
                }
                case WebSocketFrames.PING -> WebSocketFrames.write(out, WebSocketFrames.PONG, frame.payload());
                case WebSocketFrames.TEXT -> {
                    if (!onPacket(JSON.readTree(frame.text()))) {
                        return;
                    }
                }
                default -> { }
            }
        }
    }

    private boolean onPacket(JsonNode packet) throws IOException {
        switch (packet.path("op").asInt(-1)) {
            case 1 -> send(op(11));
            case 2 -> {
                onIdentify.accept(packet.get("d"));
                long intents = packet.get("d").path("intents").asLong();
                if ((intents & refusedIntents) != 0) {
                    WebSocketFrames.writeClose(out, closeCode, closeCode == 4004 ? "Authentication failed." : "Disallowed intent(s).");
                    return false;
                }
                JsonNode asked = packet.get("d").path("shard");
                if (asked.isArray() && asked.size() == 2) {
                    shard = new int[] {asked.get(0).asInt(), asked.get(1).asInt()};
                }
                List<ObjectNode> mine = guilds.stream().filter(g -> owns(g.get("id").asText())).toList();
                dispatch("READY", Payloads.ready(mine.stream().map(g -> g.get("id").asText()).toList()));
                for (ObjectNode g : mine) {
                    dispatch("GUILD_CREATE", g);
                }
                ready = true;
            }
            default -> { }
        }
        return true;
    }

    /** True when {@code guildId} belongs to this connection's shard, by Discord's rule (id >> 22) % total. */
    boolean owns(String guildId) {
        int[] s = shard;
        return (Long.parseLong(guildId) >> 22) % s[1] == s[0];
    }

    void dispatch(String type, JsonNode data) throws IOException {
        ObjectNode packet = op(0);
        packet.put("t", type).put("s", seq.incrementAndGet()).set("d", data);
        send(packet);
    }

    private static ObjectNode op(int op) {
        ObjectNode node = JSON.createObjectNode().put("op", op);
        node.putNull("d");
        return node;
    }

    private void send(JsonNode packet) throws IOException {
        WebSocketFrames.writeText(out, packet.toString());
    }
}
