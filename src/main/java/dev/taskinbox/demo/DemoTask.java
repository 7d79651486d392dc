package dev.taskinbox.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of the demo server, with the G1 integer codes of reply-api-v3-tasks.md §2.1. Mutable
 * (execute and complete change it); guarded by the {@link DemoStore} lock.
 */
final class DemoTask {
    static final int TO_DO = 0;
    static final int CALL = 2;
    static final int MEETING = 4;
    static final int LINKED_IN = 5;
    static final int MANUAL_EMAIL = 7;
    static final int SMS = 8;
    static final int WHATSAPP = 9;

    static final int STATUS_NEW = 0;
    static final int STATUS_FINISHED = 1;

    final long id;
    final int type;
    final Integer linkedInType;
    final DemoContact contact;
    final Long sequenceId;
    final String stepName;
    final Instant createdAt;
    Instant startAt;
    Instant dueTo;
    long assignedUserId = DemoData.USER_ID;
    final List<Long> attachmentIds = new ArrayList<>();
    String subject;
    String body;
    int status = STATUS_NEW;
    /** How a completed call went (0 positive, 1 to call, 2 negative), or null. */
    Integer callResolution;
    /** Completed with finishProspectInSequence: the prospect left the sequence with it. */
    boolean prospectFinished;
    Instant finishedAt;
    /** Reply's {@code isScheduled}: the sequence sends it by itself at {@code startAt}. */
    boolean scheduled;
    /** Reply's {@code isFailed}: an earlier attempt failed. */
    boolean failed;
    /** Made by the client (POST /v3/tasks), not by the demo data. */
    boolean createdByClient;
    /** Until then reads still show New: the demo's stand-in for a server that finishes a send a little later. */
    Instant finishedShowsFrom = Instant.MIN;

    DemoTask(long id, int type, Integer linkedInType, DemoContact contact, Long sequenceId, String stepName,
             Instant startAt, Instant dueTo, String subject, String body) {
        this.id = id;
        this.type = type;
        this.linkedInType = linkedInType;
        this.contact = contact;
        this.sequenceId = sequenceId;
        this.stepName = stepName;
        this.createdAt = startAt.minusSeconds(86_400);
        this.startAt = startAt;
        this.dueTo = dueTo;
        this.subject = subject;
        this.body = body;
    }

    /** The status a read sees at {@code now}: New until the finish shows. */
    int visibleStatus(Instant now) {
        return status == STATUS_FINISHED && now.isBefore(finishedShowsFrom) ? STATUS_NEW : status;
    }

    Instant visibleFinishedAt(Instant now) {
        return visibleStatus(now) == STATUS_FINISHED ? finishedAt : null;
    }

    boolean isExecutable() {
        return type == MANUAL_EMAIL || type == SMS;
    }
}
