package dev.glossarytutor.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gateway payloads shaped like the examples in Discord's API documentation (READY, GUILD_CREATE,
 * INTERACTION_CREATE, MESSAGE_CREATE), for one server with a general channel, a help channel,
 * an instructor (Manage Server through a role) and a student.
 */
public final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String APP = "900000000000000001";
    public static final String BOT = APP;
    public static final String GUILD = "800000000000000001";
    public static final String GENERAL = "700000000000000001";
    public static final String HELP = "700000000000000002";
    public static final String DM = "700000000000000009";
    /** Where the term of the day goes in the tests. */
    public static final String ANNOUNCEMENTS = "700000000000000003";
    /** A channel where @everyone (and so the bot, which has no role) may not send messages. */
    public static final String LOCKED = "700000000000000004";
    public static final String INSTRUCTOR = "600000000000000001";
    public static final String STUDENT = "600000000000000002";
    public static final String STUDENT2 = "600000000000000004";
    public static final String OWNER = "600000000000000003";
    public static final String TEACHER_ROLE = "500000000000000001";
    private static final String JOINED = "2024-09-01T10:00:00.000000+00:00";
    private static final AtomicLong IDS = new AtomicLong(100_000_000_000_000_000L);

    private Payloads() {
    }

    /** A fresh snowflake-looking id. */
    public static String nextId() {
        return Long.toString(IDS.incrementAndGet());
    }

    static ObjectNode user(String id, String name, boolean bot) {
        ObjectNode u = JSON.createObjectNode().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).put("public_flags", 0);
        u.putNull("avatar");
        if (bot) {
            u.put("bot", true);
        }
        return u;
    }

    static ObjectNode member(String userId, String name, String... roles) {
        ObjectNode m = JSON.createObjectNode();
        m.set("user", user(userId, name, false));
        ArrayNode r = m.putArray("roles");
        for (String role : roles) {
            r.add(role);
        }
        m.put("joined_at", JOINED).put("deaf", false).put("mute", false).put("pending", false).putNull("nick");
        m.putNull("premium_since");
        return m;
    }

    static String nameOf(String userId) {
        return userId.equals(INSTRUCTOR) ? "prof" : userId.equals(OWNER) ? "owner"
                : userId.equals(STUDENT2) ? "student2" : "student";
    }

    /** A second server, on the other shard of two (the shard is (id >> 22) % 2: GUILD is on 1, this on 0). */
    public static final String GUILD_B = "800000000004194304";
    /** The second server's ids for the first server's: channels and roles are unique across servers. */
    private static final Map<String, String> TO_GUILD_B = Map.of(GUILD, GUILD_B,
            GENERAL, "700000000000000011", HELP, "700000000000000012", ANNOUNCEMENTS, "700000000000000013",
            LOCKED, "700000000000000014", TEACHER_ROLE, "500000000000000002");

    /** {@code payload} as it would be in the second server: every id of the first server's replaced by its twin's. */
    public static ObjectNode inGuildB(JsonNode payload) {
        return (ObjectNode) remapped(payload.deepCopy(), TO_GUILD_B);
    }

    /** The second server's twin of a first-server id (a channel, a role, the server itself). */
    public static String guildB(String id) {
        return TO_GUILD_B.getOrDefault(id, id);
    }

    private static JsonNode remapped(JsonNode node, Map<String, String> ids) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && ids.containsKey(v.asText())) {
                    o.put(name, ids.get(v.asText()));
                } else {
                    remapped(v, ids);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int n = 0; n < a.size(); n++) {
                JsonNode v = a.get(n);
                if (v.isTextual() && ids.containsKey(v.asText())) {
                    a.set(n, JSON.getNodeFactory().textNode(ids.get(v.asText())));
                } else {
                    remapped(v, ids);
                }
            }
        }
        return node;
    }

    static ObjectNode ready() {
        return ready(List.of(GUILD));
    }

    /** READY listing {@code guildIds} as unavailable, as Discord sends it before their GUILD_CREATEs. */
    static ObjectNode ready(List<String> guildIds) {
        ObjectNode d = JSON.createObjectNode().put("v", 10).put("session_id", "fake-session")
                .put("resume_gateway_url", "wss://gateway.discord.gg");
        d.set("user", user(BOT, "Glossary Tutor", true));
        ArrayNode guilds = d.putArray("guilds");
        guildIds.forEach(id -> guilds.addObject().put("id", id).put("unavailable", true));
        d.putArray("private_channels");
        d.putObject("application").put("id", APP).put("flags", 0);
        return d;
    }

    /** GUILD_CREATE of the first server, as Discord sends it. */
    public static ObjectNode guild() {
        ObjectNode g = JSON.createObjectNode().put("id", GUILD).put("name", "Deep Learning 101")
                .put("region", "us-west") // Javacord 3.8 reads it without a null check
                .put("large", false).put("member_count", 4).put("owner_id", OWNER)
                .put("verification_level", 0).put("explicit_content_filter", 0)
                .put("default_message_notifications", 0).put("mfa_level", 0).put("premium_tier", 0)
                .put("nsfw_level", 0).put("preferred_locale", "en-US").put("joined_at", JOINED)
                .put("afk_timeout", 300).put("unavailable", false);
        g.putNull("icon");
        g.putNull("splash");
        g.putArray("features");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("presences");
        g.putArray("voice_states");
        g.putArray("threads");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", 0, "1071698660929"));
        roles.add(role(TEACHER_ROLE, "Teacher", 1, Long.toString(1071698660929L | 0x20)));
        ArrayNode channels = g.putArray("channels");
        channels.add(channel(GENERAL, "general", 0));
        channels.add(channel(HELP, "help", 1));
        channels.add(channel(ANNOUNCEMENTS, "announcements", 2));
        ObjectNode locked = channel(LOCKED, "locked", 3);
        // deny SEND_MESSAGES (1 << 11) to @everyone, whose id is the guild's
        ((ArrayNode) locked.get("permission_overwrites")).addObject().put("id", GUILD).put("type", 0)
                .put("allow", "0").put("deny", Long.toString(1L << 11));
        channels.add(locked);
        ArrayNode members = g.putArray("members");
        members.add(member(INSTRUCTOR, "prof", TEACHER_ROLE));
        members.add(member(STUDENT, "student"));
        members.add(member(STUDENT2, "student2"));
        members.add(member(OWNER, "owner"));
        ObjectNode bot = member(BOT, "Glossary Tutor");
        ((ObjectNode) bot.get("user")).put("bot", true);
        members.add(bot);
        return g;
    }

    private static ObjectNode role(String id, String name, int position, String permissions) {
        return JSON.createObjectNode().put("id", id).put("name", name).put("color", 0).put("hoist", false)
                .put("position", position).put("permissions", permissions).put("managed", false)
                .put("mentionable", false);
    }

    private static ObjectNode channel(String id, String name, int position) {
        ObjectNode c = JSON.createObjectNode().put("id", id).put("type", 0).put("guild_id", GUILD)
                .put("name", name).put("position", position).put("nsfw", false).put("rate_limit_per_user", 0);
        c.putArray("permission_overwrites");
        c.putNull("parent_id");
        c.putNull("topic");
        c.putNull("last_message_id");
        return c;
    }

    /** MESSAGE_CREATE in a server channel; {@code mentionBot} adds the bot to {@code mentions}. */
    public static ObjectNode guildMessage(String channelId, String authorId, String content, boolean mentionBot) {
        ObjectNode m = message(channelId, user(authorId, nameOf(authorId), false), content);
        m.put("guild_id", GUILD);
        ObjectNode member = member(authorId, nameOf(authorId));
        member.remove("user");
        m.set("member", member);
        if (mentionBot) {
            ObjectNode mentioned = user(BOT, "Glossary Tutor", true);
            ObjectNode mm = member(BOT, "Glossary Tutor");
            mm.remove("user");
            mentioned.set("member", mm);
            ((ArrayNode) m.get("mentions")).add(mentioned);
        }
        return m;
    }

    /** MESSAGE_CREATE in a DM channel (no guild_id, no member). */
    public static ObjectNode directMessage(String authorId, String content) {
        return message(DM, user(authorId, nameOf(authorId), false), content);
    }

    static ObjectNode message(String channelId, ObjectNode author, String content) {
        ObjectNode m = JSON.createObjectNode().put("id", nextId()).put("channel_id", channelId)
                .put("content", content).put("timestamp", "2024-09-02T10:00:00.000000+00:00")
                .put("tts", false).put("mention_everyone", content.contains("@everyone"))
                .put("pinned", false).put("type", 0).put("flags", 0);
        m.set("author", author);
        m.putNull("edited_timestamp");
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    private static ObjectNode interaction(int type, String userId, boolean inGuild, String channelId) {
        ObjectNode i = JSON.createObjectNode().put("id", nextId()).put("application_id", APP).put("type", type)
                .put("token", "itoken-" + nextId()).put("version", 1).put("locale", "en-US")
                .put("channel_id", channelId).put("app_permissions", "442368");
        if (inGuild) {
            i.put("guild_id", GUILD).put("guild_locale", "en-US");
            ObjectNode member = userId.equals(INSTRUCTOR) ? member(userId, nameOf(userId), TEACHER_ROLE)
                    : member(userId, nameOf(userId));
            member.put("permissions", userId.equals(INSTRUCTOR) ? "1071698660961" : "1071698660929");
            i.set("member", member);
        } else {
            i.set("user", user(userId, nameOf(userId), false));
        }
        return i;
    }

    /** INTERACTION_CREATE for a slash command; {@code options} alternate name, value. */
    public static ObjectNode slashCommand(String userId, String name, String... options) {
        ObjectNode i = interaction(2, userId, true, GENERAL);
        ObjectNode data = i.putObject("data").put("id", "771825006014889984").put("name", name).put("type", 1)
                .put("guild_id", GUILD);
        ArrayNode opts = data.putArray("options");
        for (int n = 0; n + 1 < options.length; n += 2) {
            opts.addObject().put("type", 3).put("name", options[n]).put("value", options[n + 1]);
        }
        return i;
    }

    /** A slash command with one subcommand and its string options. */
    public static ObjectNode subcommand(String userId, String name, String sub, String... options) {
        ObjectNode i = interaction(2, userId, true, GENERAL);
        ObjectNode data = i.putObject("data").put("id", "771825006014889985").put("name", name).put("type", 1)
                .put("guild_id", GUILD);
        ObjectNode subNode = data.putArray("options").addObject().put("type", 1).put("name", sub);
        ArrayNode opts = subNode.putArray("options");
        for (int n = 0; n + 1 < options.length; n += 2) {
            opts.addObject().put("type", 3).put("name", options[n]).put("value", options[n + 1]);
        }
        return i;
    }

    /** One option of a slash command: type 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role. */
    public static ObjectNode option(int type, String name, String value) {
        ObjectNode o = JSON.createObjectNode().put("type", type).put("name", name);
        switch (type) {
            case 4 -> o.put("value", Long.parseLong(value));
            case 5 -> o.put("value", Boolean.parseBoolean(value));
            default -> o.put("value", value);
        }
        return o;
    }

    /** A slash command with one subcommand and options of any type (see {@link #option}). */
    public static ObjectNode typedSubcommand(String userId, String name, String sub, ObjectNode... options) {
        return subcommandIn(GENERAL, userId, name, sub, options);
    }

    /** Like {@link #typedSubcommand} in another channel. */
    public static ObjectNode subcommandIn(String channelId, String userId, String name, String sub, ObjectNode... options) {
        ObjectNode i = interaction(2, userId, true, channelId);
        ObjectNode data = i.putObject("data").put("id", "771825006014889987").put("name", name).put("type", 1)
                .put("guild_id", GUILD);
        ArrayNode opts = data.putArray("options").addObject().put("type", 1).put("name", sub).putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        return i;
    }

    /** INTERACTION_CREATE of type 5: a modal submitted with one text input. */
    public static ObjectNode modalSubmit(String userId, String customId, String inputId, String value) {
        ObjectNode i = interaction(5, userId, true, GENERAL);
        ObjectNode data = i.putObject("data").put("custom_id", customId);
        data.putArray("components").addObject().put("type", 1).putArray("components").addObject()
                .put("type", 4).put("custom_id", inputId).put("value", value);
        return i;
    }

    /** An action row of secondary buttons, as in a message the bot posted. */
    public static JsonNode buttonRow(String... customIds) {
        ArrayNode rows = JSON.createArrayNode();
        ArrayNode buttons = rows.addObject().put("type", 1).putArray("components");
        for (String id : customIds) {
            buttons.addObject().put("type", 2).put("style", 2).put("custom_id", id).put("label", id);
        }
        return rows;
    }

    /** INTERACTION_CREATE with a locale, e.g. de for a German client. */
    public static ObjectNode withLocale(ObjectNode interaction, String locale) {
        return interaction.put("locale", locale);
    }

    /** INTERACTION_CREATE of type 4 (autocomplete) with the focused string option. */
    public static ObjectNode autocomplete(String userId, String name, String option, String typed) {
        ObjectNode i = interaction(4, userId, true, GENERAL);
        ObjectNode data = i.putObject("data").put("id", "771825006014889984").put("name", name).put("type", 1);
        data.putArray("options").addObject().put("type", 3).put("name", option).put("value", typed).put("focused", true);
        return i;
    }

    /** INTERACTION_CREATE of type 3 for a button on one of the bot's messages. */
    public static ObjectNode buttonClick(String userId, String customId) {
        ObjectNode i = interaction(3, userId, true, GENERAL);
        i.putObject("data").put("custom_id", customId).put("component_type", 2);
        ObjectNode message = message(GENERAL, user(BOT, "Glossary Tutor", true), "The glossary has no term for that.");
        message.put("guild_id", GUILD);
        i.set("message", message);
        return i;
    }

    /** INTERACTION_CREATE for the message context-menu command on {@code target}. */
    public static ObjectNode messageCommand(String userId, String name, ObjectNode target) {
        ObjectNode i = interaction(2, userId, true, GENERAL);
        ObjectNode data = i.putObject("data").put("id", "771825006014889986").put("name", name).put("type", 3)
                .put("target_id", target.get("id").asText());
        data.putObject("resolved").putObject("messages").set(target.get("id").asText(), target);
        return i;
    }

    /** A public thread started on a message in {@code parentId}, as the start-thread endpoint returns it. */
    static ObjectNode thread(String parentId, String name) {
        ObjectNode t = JSON.createObjectNode().put("id", nextId()).put("type", 11).put("guild_id", GUILD)
                .put("parent_id", parentId).put("owner_id", BOT).put("name", name).put("rate_limit_per_user", 0)
                .put("message_count", 0).put("member_count", 1).put("flags", 0).put("total_message_sent", 0);
        t.putNull("last_message_id");
        t.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", JOINED).put("locked", false);
        return t;
    }

    /**
     * A MESSAGE_CREATE as a bot without the MESSAGE_CONTENT intent receives it: content, embeds,
     * attachments and components empty, unless it is a DM or mentions the bot.
     */
    static JsonNode withoutContent(JsonNode message) {
        boolean dm = !message.has("guild_id");
        boolean mentionsBot = false;
        for (JsonNode u : message.path("mentions")) {
            mentionsBot |= u.path("id").asText().equals(BOT);
        }
        if (dm || mentionsBot) {
            return message;
        }
        ObjectNode copy = message.deepCopy();
        copy.put("content", "");
        copy.putArray("embeds");
        copy.putArray("attachments");
        copy.putArray("components");
        return copy;
    }

    /** The message object Discord returns for a message the bot created. */
    static ObjectNode created(String channelId, JsonNode request) {
        ObjectNode m = message(channelId, user(BOT, "Glossary Tutor", true), request.path("content").asText(""));
        for (String field : new String[] {"embeds", "components"}) {
            if (request.has(field)) {
                m.set(field, request.get(field));
            }
        }
        m.put("flags", request.path("flags").asInt(0));
        if (!channelId.equals(DM)) {
            m.put("guild_id", GUILD);
        }
        return m;
    }
}
