package dev.taskinbox.api;

import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of Reply API v3 (see ../shared/reply-api-v3-tasks.md §2-3). Every member is
 * boxed because the server may leave any of them out; {@link WireMapper} decides the defaults.
 */
final class Wire {
    private Wire() {
    }

    record WhoAmI(Long userId, String username) {
    }

    record ContactRef(Long id, String fullName) {
    }

    record TaskListItem(
            Long id,
            TaskType taskType,
            TaskStatus status,
            LinkedInAction linkedInTaskType,
            Long assignedUserId,
            ContactRef contact,
            Instant startAt,
            Instant dueTo,
            Instant finishedAt,
            Boolean isScheduled,
            Long sequenceId,
            Long sequenceStepId) {
    }

    record TaskListPage(List<TaskListItem> items, Boolean hasMore) {
    }

    record Template(String subject, String body, List<Long> attachmentIdList) {
    }

    /** Rendered content, also the request shape of execute. */
    record Content(String subject, String body) {
    }

    record DeliveryInfo(String email, String phoneNumber, String linkedInUrl) {
    }

    record TaskDetail(
            Long id,
            Long contactId,
            TaskType taskType,
            TaskStatus status,
            LinkedInAction linkedInTaskType,
            Long sequenceId,
            Long sequenceStepId,
            String sequenceStepDisplayName,
            Long assignedUserId,
            Instant createdAt,
            Instant startAt,
            Instant dueTo,
            Instant finishedAt,
            Boolean isFailed,
            Boolean isScheduled,
            Template template,
            Content content,
            DeliveryInfo deliveryInfo) {
    }

    /** Filter body; null members are left out of the JSON, so the server applies its defaults. */
    record TaskFilter(TaskStatus status, Long assignedUserId) {
    }

    /** Execute body; {@code {}} when both are null. */
    record ExecuteBody(Content content, Long emailAccountId) {
    }

    /** Complete body; {@code {}} without an outcome. */
    record CompleteBody(CallOutcome callResolution, Boolean finishProspectInSequence) {
    }

    record EmailAccount(
            Long id,
            Long ownerUserId,
            String email,
            String senderName,
            Boolean isDefault,
            Integer dailyLimit,
            EmailAccountStatus connectionStatus) {
    }

    /** GET /v3/email-accounts/{id}: what the list does not say about sending (reply-api-v3-tasks.md §2.6). */
    record EmailAccountDetail(Long id, Boolean sendingLockedByProvider, String sendingConnectivityError, Safety safety) {
    }

    record Safety(Integer dailyLimit) {
    }

    record EmailAccountPage(List<EmailAccount> items, Boolean hasMore) {
    }

    /** {@code connectionStatus}; only {@link #CONNECTED} accounts can send. */
    enum EmailAccountStatus { UNKNOWN, CONNECTED, DISCONNECTED }

    /** Create (POST /v3/tasks) and update (PUT /v3/tasks/{id}) body: the whole writable task, since Reply replaces it. */
    record TaskUpdate(TaskType taskType, Instant startAt, Instant dueTo, Template template, Long contactId,
                      LinkedInAction linkedInTaskType) {
    }

    record AssignBody(Long userId) {
    }

    record BatchIds(List<Long> ids) {
    }

    /** Batch reassign as the current docs (G2) name it. */
    record BatchAssign(List<Long> ids, Long userId) {
    }

    /** Batch reassign as the seed's generation (G1) names it (reply-api-v3-tasks.md §3.9). */
    record BatchAssignSeed(List<Long> ids, Long assignedUserId) {
    }

    record Contact(Long id, String email, String firstName, String lastName, String title, String company,
                   String phone, String linkedInUrl, String timeZoneId, Boolean isOptedOut, String city, String state,
                   String country, String industry, List<CustomField> customFields) {
    }

    /** A contact's custom field (reply-api-v3-tasks.md §2.7: {@code customFields[] { key, value }}). */
    record CustomField(String key, String value) {
    }

    /**
     * GET /v3/contacts/{id}/statuses. The docs name {@code isOptedOut} and, per sequence,
     * {@code statusInSequence} and {@code emailDisposition { isReplied, isBounced }}; the list's
     * name ({@code sequences}) and its {@code sequenceId}/{@code sequenceName} members are a guess
     * (reply-api-v3-tasks.md §6.4 shows no example).
     */
    record ContactStatuses(Boolean isOptedOut, List<SequenceStatus> sequences) {
    }

    record SequenceStatus(Long sequenceId, String sequenceName, String statusInSequence, EmailDisposition emailDisposition) {
    }

    record EmailDisposition(Boolean isReplied, Boolean isBounced) {
    }

    record Sequence(Long id, String name) {
    }

    record SequencePage(List<Sequence> items, Boolean hasMore) {
    }
}
