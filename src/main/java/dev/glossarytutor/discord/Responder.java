package dev.glossarytutor.discord;

import dev.glossarytutor.discord.layout.MessagePlan;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction with a list of {@link MessagePlan}s within Discord's three seconds: the
 * work runs on the engine executor; if it is done within {@code deferAfter} the reply is
 * immediate, otherwise the interaction is deferred and the reply edits the "thinking" message.
 * The calling (event) thread never waits for the work or for Discord.
 * Extra plans go out as follow-ups, in order. Failures become a short private apology.
 */
final class Responder {
    static final String APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    private final Executor engine;
    private final Deadlines deadlines;
    private final Duration deferAfter;

    Responder(Executor engine, Deadlines deadlines, Duration deferAfter) {
        this.engine = engine;
        this.deadlines = deadlines;
        this.deferAfter = deferAfter;
    }

    /** Runs {@code work} and sends its plans, immediately or deferred. */
    void respond(InteractionBase interaction, Supplier<List<MessagePlan>> work) {
        respond(interaction, work, false);
    }

    /** Like {@link #respond} for replies only the user may see: a deferral is private too. */
    void respondPrivately(InteractionBase interaction, Supplier<List<MessagePlan>> work) {
        respond(interaction, work, true);
    }

    private void respond(InteractionBase interaction, Supplier<List<MessagePlan>> work, boolean privately) {
        // Nothing here waits: Javacord hands a server's events to listeners one at a time, so a
        // listener that blocks makes every later interaction of that server miss its deadline.
        // Whichever comes first, the answer or the deadline, claims the one initial response.
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<List<MessagePlan>> plans = CompletableFuture.supplyAsync(work, engine);
        Runnable callOff = deadlines.after(deferAfter, () -> {
            if (claimed.compareAndSet(false, true)) {
                defer(interaction, plans, privately);
            }
        });
        plans.whenComplete((done, error) -> {
            if (!claimed.compareAndSet(false, true)) {
                return; // the deferral sends it
            }
            callOff.run();
            if (error != null) {
                log.warn("Answering an interaction failed", error);
                refuse(interaction, APOLOGY);
            } else {
                now(interaction, done);
            }
        });
    }

    /** Shows "thinking..." and edits it once {@code plans} are done. */
    private void defer(InteractionBase interaction, CompletableFuture<List<MessagePlan>> plans, boolean privately) {
        try {
            (privately ? interaction.respondLater(true) : interaction.respondLater()).thenAccept(updater ->
                    plans.whenComplete((done, error) -> editDeferred(interaction, updater, done, error, privately)))
                    .exceptionally(e -> logged("Deferring an interaction failed", e));
        } catch (RuntimeException e) {
            // runs on the deadline thread, which must survive any one interaction
            log.warn("Deferring an interaction failed", e);
        }
    }

    /**
     * Defers at once ("thinking..."), then runs {@code work} on the engine executor and edits the
     * deferred message with its plans: for work that may block for seconds (the LLM).
     */
    void deferThenEdit(InteractionBase interaction, Supplier<List<MessagePlan>> work) {
        interaction.respondLater().thenAccept(updater -> CompletableFuture.supplyAsync(work, engine)
                .whenComplete((done, error) -> editDeferred(interaction, updater, done, error, false)))
                .exceptionally(e -> logged("Deferring an interaction failed", e));
    }

    /** Replaces "thinking..." with the plans, or with an apology when the work failed. */
    private void editDeferred(InteractionBase interaction, InteractionOriginalResponseUpdater updater,
                              List<MessagePlan> done, Throwable error, boolean privately) {
        if (error != null) {
            log.warn("Answering an interaction failed", error);
            deferredFailure(interaction, updater);
        } else {
            deferred(interaction, updater, done, privately);
        }
    }

    /** Sends {@code plans} as the immediate response plus follow-ups. */
    void now(InteractionBase interaction, List<MessagePlan> plans) {
        if (plans.isEmpty()) {
            refuse(interaction, APOLOGY);
            return;
        }
        if (!plans.get(0).files().isEmpty()) {
            // an immediate response cannot carry files; a deferred one's update can
            defer(interaction, CompletableFuture.completedFuture(plans), plans.get(0).ephemeral());
            return;
        }
        InteractionImmediateResponseBuilder first = interaction.createImmediateResponder();
        Replies.fill(first, plans.get(0));
        CompletableFuture<?> chain = first.respond();
        for (MessagePlan next : plans.subList(1, plans.size())) {
            chain = chain.thenCompose(ignored -> followup(interaction, next));
        }
        chain.exceptionally(e -> logged("Sending an interaction response failed", e));
    }

    /** A private message to the user only: refusals, notices, errors. */
    void refuse(InteractionBase interaction, String text) {
        InteractionImmediateResponseBuilder reply = interaction.createImmediateResponder();
        Replies.fill(reply, MessagePlan.text(text, true));
        reply.respond().exceptionally(e -> logged("Sending a private notice failed", e));
    }

    private void deferred(InteractionBase interaction, InteractionOriginalResponseUpdater updater,
                          List<MessagePlan> plans, boolean privately) {
        if (plans.isEmpty() || plans.get(0).ephemeral() && !privately) {
            // the deferral was public; a private reply replaces it, sent only once the public "thinking..." is gone:
            // the first follow-up after a public deferral may be shown as that message, publicly
            CompletableFuture<?> chain = deleted(updater);
            for (MessagePlan p : plans.isEmpty() ? List.of(MessagePlan.text(APOLOGY, true)) : plans) {
                chain = chain.thenCompose(ignored -> followup(interaction, p));
            }
            chain.exceptionally(e -> logged("Sending a deferred response failed", e));
            return;
        }
        Replies.fillWithFiles(updater, plans.get(0));
        CompletableFuture<?> chain = updater.update();
        for (MessagePlan next : plans.subList(1, plans.size())) {
            chain = chain.thenCompose(ignored -> followup(interaction, next));
        }
        chain.exceptionally(e -> logged("Sending a deferred response failed", e));
    }

    private void deferredFailure(InteractionBase interaction, InteractionOriginalResponseUpdater updater) {
        deleted(updater).thenCompose(ignored -> followup(interaction, MessagePlan.text(APOLOGY, true)))
                .exceptionally(e -> logged("Sending an apology failed", e));
    }

    /** Deletes the deferred "thinking..." message; completes when it is gone, or (logged) when deleting failed. */
    private static CompletableFuture<?> deleted(InteractionOriginalResponseUpdater updater) {
        return updater.delete().handle((ignored, e) -> e == null ? null : logged("Deleting a deferred response failed", e));
    }

    private static CompletableFuture<?> followup(InteractionBase interaction, MessagePlan plan) {
        InteractionFollowupMessageBuilder builder = interaction.createFollowupMessageBuilder();
        Replies.fillWithFiles(builder, plan);
        return builder.send();
    }

    private static <T> T logged(String what, Throwable e) {
        log.warn(what, e);
        return null;
    }
}
