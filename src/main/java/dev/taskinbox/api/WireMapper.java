package dev.taskinbox.api;

import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.EmailTemplate;
import dev.taskinbox.task.LinkedInAccount;
import dev.taskinbox.task.TeamUser;
import com.google.gson.JsonObject;
import com.google.gson.JsonElement;
import com.google.gson.JsonArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskSummary;

/** Turns wire records into domain records, deciding what a missing member means. */
final class WireMapper {
    private WireMapper() {
    }

    static CurrentUser user(Wire.WhoAmI wire) {
        if (wire.userId() == null) {
            throw malformed("the current user has no id");
        }
        return new CurrentUser(wire.userId(), wire.username() == null ? "" : wire.username());
    }

    static TaskSummary summary(Wire.TaskListItem wire) {
        if (wire == null || wire.id() == null) {
            throw malformed("a task in the list has no id");
        }
        String contactName = wire.contact() == null ? "" : wire.contact().fullName();
        return new TaskSummary(
                wire.id(),
                wire.taskType(),
                wire.status(),
                wire.linkedInTaskType(),
                contactName,
                wire.startAt(),
                wire.dueTo(),
                wire.finishedAt(),
                wire.sequenceId(),
                Boolean.TRUE.equals(wire.isScheduled()),
                wire.contact() == null ? null : wire.contact().id());
    }

    static TaskDetail detail(Wire.TaskDetail wire) {
        if (wire.id() == null) {
            throw malformed("the task has no id");
        }
        return new TaskDetail(
                wire.id(),
                wire.taskType(),
                wire.status(),
                wire.linkedInTaskType(),
                wire.contactId(),
                wire.sequenceId(),
                wire.sequenceStepDisplayName(),
                wire.startAt(),
                wire.dueTo(),
                wire.finishedAt(),
                Boolean.TRUE.equals(wire.isFailed()),
                Boolean.TRUE.equals(wire.isScheduled()),
                wire.template() == null ? null : new MessageContent(wire.template().subject(), wire.template().body()),
                wire.content() == null ? null : new MessageContent(wire.content().subject(), wire.content().body()),
                target(wire.deliveryInfo()));
    }

    static EmailAccount account(Wire.EmailAccount wire) {
        if (wire.id() == null) {
            throw malformed("an email account has no id");
        }
        return new EmailAccount(
                wire.id(),
                wire.email() == null ? "" : wire.email(),
                wire.senderName(),
                Boolean.TRUE.equals(wire.isDefault()),
                wire.connectionStatus() == Wire.EmailAccountStatus.CONNECTED,
                wire.dailyLimit() == null || wire.dailyLimit() < 0 ? null : wire.dailyLimit(),
                null);
    }

    /** The list's account with what its detail says about sending: locked or failing means it cannot send. */
    static EmailAccount withDetail(EmailAccount listed, Wire.EmailAccountDetail detail) {
        String problem = Boolean.TRUE.equals(detail.sendingLockedByProvider()) ? "its provider has locked sending"
                : detail.sendingConnectivityError() == null || detail.sendingConnectivityError().isBlank() ? null
                : "sending fails (" + detail.sendingConnectivityError().strip() + ")";
        Integer limit = detail.safety() != null && detail.safety().dailyLimit() != null ? detail.safety().dailyLimit()
                : listed.dailyLimit();
        return new EmailAccount(listed.id(), listed.email(), listed.senderName(), listed.isDefault(), listed.connected(),
                limit, problem);
    }

    static Contact contact(Wire.Contact wire) {
        if (wire.id() == null) {
            throw malformed("the contact has no id");
        }
        return new Contact(wire.id(), wire.firstName(), wire.lastName(), wire.email(), wire.phone(),
                wire.linkedInUrl(), wire.company(), wire.title(), wire.timeZoneId(), fields(wire));
    }

    /**
     * The values the contact's {{variables}} take. A guess, written down: Reply names a variable
     * as the contact's member ({{firstName}}, {{company}}), a custom field by its key.
     */
    private static Map<String, String> fields(Wire.Contact wire) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[][] standard = {{"firstName", wire.firstName()}, {"lastName", wire.lastName()}, {"company", wire.company()},
            {"title", wire.title()}, {"email", wire.email()}, {"phone", wire.phone()}, {"city", wire.city()},
            {"state", wire.state()}, {"country", wire.country()}, {"industry", wire.industry()}};
        for (String[] field : standard) {
            fields.put(field[0], field[1] == null ? "" : field[1]);
        }
        for (Wire.CustomField custom : wire.customFields() == null ? List.<Wire.CustomField>of() : wire.customFields()) {
            if (custom != null && custom.key() != null && !custom.key().isBlank()) {
                fields.putIfAbsent(custom.key().strip(), custom.value() == null ? "" : custom.value());
            }
        }
        return fields;
    }

    static ContactStanding standing(Wire.ContactStatuses wire) {
        if (wire == null || wire.isOptedOut() == null) {
            // Without the one member the docs promise, "fine" would be a guess: refuse to guess.
            throw malformed("the contact's statuses say nothing about opting out");
        }
        List<ContactStanding.InSequence> sequences = new ArrayList<>();
        for (Wire.SequenceStatus in : wire.sequences() == null ? List.<Wire.SequenceStatus>of() : wire.sequences()) {
            if (in == null) {
                continue;
            }
            Wire.EmailDisposition disposition = in.emailDisposition();
            sequences.add(new ContactStanding.InSequence(in.sequenceId() == null ? 0 : in.sequenceId(), in.sequenceName(),
                    disposition != null && Boolean.TRUE.equals(disposition.isReplied()),
                    disposition != null && Boolean.TRUE.equals(disposition.isBounced())));
        }
        return new ContactStanding(wire.isOptedOut(), sequences, true);
    }

    /** From the contact record alone: it says whether they opted out, not whether they replied. */
    static ContactStanding standingFromRecord(Wire.Contact wire) {
        return new ContactStanding(Boolean.TRUE.equals(wire.isOptedOut()), List.of(), false);
    }

    /**
     * The team's users. The docs show no body (reply-api-v3-tasks.md §6.2), so this is a guess
     * read tolerantly: a bare array or {@code {items: [...]}}; each user's id as {@code id} or
     * {@code userId}; the name as {@code fullName}, else {@code firstName lastName}, else the email.
     * A user without an id is skipped (nobody can be handed a task by name alone).
     */
    static List<TeamUser> teamUsers(JsonElement wire) {
        JsonArray items = items(wire, "the team's users are not a list");
        List<TeamUser> users = new ArrayList<>();
        for (JsonElement item : items) {
            if (!item.isJsonObject()) {
                continue;
            }
            JsonObject user = item.getAsJsonObject();
            Long id = number(user, "id") != null ? number(user, "id") : number(user, "userId");
            if (id == null) {
                continue;
            }
            String email = text(user, "email");
            String name = text(user, "fullName");
            if (name.isBlank()) {
                name = (text(user, "firstName") + " " + text(user, "lastName")).strip();
            }
            users.add(new TeamUser(id, name.isBlank() ? (email.isBlank() ? "User " + id : email) : name, email));
        }
        return users;
    }

    /**
     * GET /v3/linkedin-accounts, read tolerantly: the docs name {@code status}, {@code usage} and
     * {@code limits}; the member names inside them ({@code messages} used against
     * {@code dailySendMessageCount}, and so on) are a guess from the reference's summary.
     */
    static List<LinkedInAccount> linkedInAccounts(JsonElement wire) {
        JsonArray items = items(wire, "the LinkedIn accounts are not a list");
        List<LinkedInAccount> accounts = new ArrayList<>();
        String[][] steps = {{"MESSAGE", "messages", "dailySendMessageCount"}, {"CONNECT", "connectionRequests",
            "dailySendConnectionRequestCount"}, {"IN_MAIL", "inMails", "dailySendInMailCount"},
            {"VIEW_PROFILE", "viewProfiles", "dailyViewProfileCount"}};
        for (JsonElement item : items) {
            if (!item.isJsonObject() || number(item.getAsJsonObject(), "id") == null) {
                continue;
            }
            JsonObject account = item.getAsJsonObject();
            JsonObject used = account.has("usage") && account.get("usage").isJsonObject() ? account.getAsJsonObject("usage") : new JsonObject();
            JsonObject limits = account.has("limits") && account.get("limits").isJsonObject() ? account.getAsJsonObject("limits") : new JsonObject();
            Map<LinkedInAction, LinkedInAccount.Usage> usage = new java.util.EnumMap<>(LinkedInAction.class);
            for (String[] step : steps) {
                Long today = number(used, step[1]);
                Long limit = number(limits, step[2]);
                if (limit != null) {
                    usage.put(LinkedInAction.valueOf(step[0]), new LinkedInAccount.Usage(today == null ? 0 : today.intValue(), limit.intValue()));
                }
            }
            String name = text(account, "name").isBlank() ? text(account, "fullName") : text(account, "name");
            accounts.add(new LinkedInAccount(number(account, "id"), name, text(account, "status"), usage));
        }
        return accounts;
    }

    /**
     * GET /v3/email-templates, read tolerantly: the reference names subject and body in personal
     * and team folders (§6.7) and shows no list; {@code id}, {@code name} and a bare-or-{@code items}
     * list are a guess. A template without a body is left out.
     */
    static List<EmailTemplate> emailTemplates(JsonElement wire) {
        List<EmailTemplate> templates = new ArrayList<>();
        for (JsonElement item : items(wire, "the email templates are not a list")) {
            if (item.isJsonObject() && !text(item.getAsJsonObject(), "body").isBlank()) {
                JsonObject template = item.getAsJsonObject();
                Long id = number(template, "id");
                String name = text(template, "name").isBlank() ? text(template, "subject") : text(template, "name");
                templates.add(new EmailTemplate(id == null ? 0 : id, name, text(template, "subject"), text(template, "body")));
            }
        }
        return templates;
    }

    /** A list answered bare or as a page's {@code items}: the docs show neither for these two calls. */
    private static JsonArray items(JsonElement wire, String notAList) {
        if (wire != null && wire.isJsonArray()) {
            return wire.getAsJsonArray();
        }
        if (wire != null && wire.isJsonObject() && wire.getAsJsonObject().has("items") && wire.getAsJsonObject().get("items").isJsonArray()) {
            return wire.getAsJsonObject().getAsJsonArray("items");
        }
        throw malformed(notAList);
    }

    private static Long number(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsLong() : null;
    }

    private static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static DeliveryTarget target(Wire.DeliveryInfo wire) {
        return wire == null ? DeliveryTarget.NONE : new DeliveryTarget(wire.email(), wire.phoneNumber(), wire.linkedInUrl());
    }

    private static GatewayException malformed(String what) {
        return new GatewayException(GatewayException.Kind.MALFORMED, "Reply sent data the app cannot read: " + what + ".");
    }
}
