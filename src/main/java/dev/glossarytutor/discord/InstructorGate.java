package dev.glossarytutor.discord;

import java.util.Optional;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;

/**
 * Decides who may run instructor commands: members with Manage Server (or Administrator), or
 * with the configured instructor role. Checked on our side for every call, because a client can
 * send an interaction that Discord's {@code default_member_permissions} would have hidden.
 */
final class InstructorGate {
    private final Optional<Long> instructorRoleId;

    InstructorGate(Optional<Long> instructorRoleId) {
        this.instructorRoleId = instructorRoleId;
    }

    boolean allows(Optional<Server> server, User user) {
        if (server.isEmpty() || user == null) {
            return false;
        }
        Server s = server.get();
        if (s.hasPermission(user, PermissionType.MANAGE_SERVER) || s.hasPermission(user, PermissionType.ADMINISTRATOR)) {
            return true;
        }
        return instructorRoleId.isPresent()
                && s.getRoles(user).stream().anyMatch(role -> role.getId() == instructorRoleId.get());
    }
}
