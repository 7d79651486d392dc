package dev.taskinbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data set: a sales rep's morning, built relative to "now" so that some tasks are always
 * overdue and some upcoming. Deterministic, so tests can rely on it.
 */
final class DemoData {
    static final long USER_ID = 1001;
    static final String USER_NAME = "Sam Seller";
    static final long FIRST_TASK_ID = 5001;

    /** A teammate, whose mailbox {@code my=true} leaves out. */
    static final long TEAMMATE_ID = 1002;
    private static final int SCHEDULED_INDEX = 57;
    private static final int FAILED_INDEX = 58;

    private static final long SEQUENCE_OUTBOUND = 301;
    private static final long SEQUENCE_EVENT = 302;
    private static final long SEQUENCE_REVIVE = 303;

    private DemoData() {
    }

    /** The rep's team, the rep first: id, first name, last name, email. */
    static List<String[]> team() {
        return List.of(
                new String[] {Long.toString(USER_ID), "Sam", "Seller", "sam@acme-sales.example"},
                new String[] {Long.toString(TEAMMATE_ID), "Riley", "Rep", "riley@acme-sales.example"},
                new String[] {"1003", "Jordan", "Closer", "jordan@acme-sales.example"});
    }

    static Map<Long, String> sequences() {
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(SEQUENCE_OUTBOUND, "Outbound Q4 — Ops leaders");
        names.put(SEQUENCE_EVENT, "Event follow-up");
        names.put(SEQUENCE_REVIVE, "Revive closed-lost");
        return names;
    }

    /** The rep's mailboxes as {@code mailboxes} has them: the default disconnected or locked (common in real life), the daily limit. */
    static List<DemoAccount> accounts(DemoOptions.Demands mailboxes) {
        int limit = mailboxes.dailyLimit();
        return List.of(
                new DemoAccount(11, USER_ID, "sam@acme-sales.example", "Sam Seller", true,
                        mailboxes.defaultDisconnected() ? "disconnected" : "connected", limit, mailboxes.defaultLocked()),
                new DemoAccount(12, USER_ID, "sam.seller@acme-outreach.example", "Sam from Acme", false, "connected", limit, false),
                new DemoAccount(13, USER_ID, "sales@acme-legacy.example", "Acme Sales", false, "disconnected", limit, false),
                new DemoAccount(21, TEAMMATE_ID, "riley@acme-sales.example", "Riley Rep", true, "connected"));
    }

    static List<DemoContact> contacts() {
        return List.of(
                contact(1, "Åsa", "Lindqvist", "Nordhavn AB", "Head of Operations", "Europe/Stockholm", "+46 70 123 45 67"),
                contact(2, "Tomás", "García", "Solera Foods", "VP Sales", "Europe/Madrid", "+34 612 345 678"),
                contact(3, "Zoë", "O'Brien", "Harbourlight Media", "Marketing Director", "Europe/Dublin", "+353 85 123 4567"),
                contact(4, "Priya", "Raman", "Kestrel Analytics", "CTO", "Asia/Kolkata", "+91 98765 43210"),
                contact(5, "Jonas", "Becker", "Feldmark GmbH", "Procurement Lead", "Europe/Berlin", "+49 151 2345 6789"),
                contact(6, "Mei", "Chen", "Lotus Logistics", "COO", "Asia/Singapore", "+65 8123 4567"),
                contact(7, "Olu", "Adeyemi", "Baobab Fintech", "Founder", "Africa/Lagos", "+234 803 123 4567"),
                contact(8, "Claire", "Dubois", "Maison Verte", "Head of Growth", "Europe/Paris", "+33 6 12 34 56 78"),
                contact(9, "Daniel", "Kowalski", "Vistula Software", "Engineering Manager", "Europe/Warsaw", "+48 512 345 678"),
                contact(10, "Hannah", "Miller", "Brightpath Schools", "Director of IT", "America/Chicago", "+1 312 555 0142"),
                contact(11, "Lucas", "Silva", "Atlântico Energia", "Operations Manager", "America/Sao_Paulo", "+55 11 91234 5678"),
                contact(12, "Yuki", "Tanaka", "Sakura Robotics", "Product Lead", "Asia/Tokyo", "+81 90 1234 5678"),
                contact(13, "Fatima", "Haddad", "Cedar Health", "Practice Manager", "Asia/Beirut", "+961 3 123 456"),
                contact(14, "Ethan", "Brooks", "Summit Outdoor Co", "E-commerce Lead", "America/Denver", "+1 303 555 0199"),
                contact(15, "Ingrid", "Haugen", "Fjordline Shipping", "CFO", "Europe/Oslo", "+47 912 34 567"),
                contact(16, "Marco", "Rossi", "Trattoria Group", "Owner", "Europe/Rome", "+39 312 345 6789"),
                contact(17, "Grace", "Wanjiru", "Savanna Telecom", "Sales Ops Manager", "Africa/Nairobi", "+254 712 345 678"),
                contact(18, "Noah", "Fischer", "Alpenblick Hotels", "General Manager", "Europe/Zurich", "+41 79 123 45 67"),
                contact(19, "Sofia", "Petrova", "Volga Components", "Supply Chain Head", "Europe/Sofia", "+359 88 123 4567"),
                contact(20, "Liam", "Walsh", "Northwind Traders", "Head of Sales", "America/New_York", "+1 212 555 0173"));
    }

    private static DemoContact contact(long id, String first, String last, String company, String title,
                                       String zone, String phone) {
        String domain = company.toLowerCase().replaceAll("[^a-z]", "") + ".example";
        String local = ascii(first).toLowerCase();
        String profile = "https://www.linkedin.com/in/" + ascii(first + "-" + last).toLowerCase().replace("'", "");
        return new DemoContact(id, first, last, company, title, local + "@" + domain, phone, profile, zone);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** {@code count} tasks (70 by default) over all seven types; about a quarter overdue, a third from sequences. */
    static List<DemoTask> tasks(Instant now, List<DemoContact> contacts, int count) {
        Instant base = now.truncatedTo(ChronoUnit.HOURS);
        List<DemoTask> tasks = new ArrayList<>();
        int[] pattern = {
            DemoTask.MANUAL_EMAIL, DemoTask.SMS, DemoTask.CALL, DemoTask.LINKED_IN, DemoTask.MANUAL_EMAIL,
            DemoTask.WHATSAPP, DemoTask.TO_DO, DemoTask.MANUAL_EMAIL, DemoTask.CALL, DemoTask.SMS,
            DemoTask.LINKED_IN, DemoTask.MEETING, DemoTask.MANUAL_EMAIL, DemoTask.CALL,
        };
        for (int i = 0; i < count; i++) {
            int type = pattern[i % pattern.length];
            DemoContact contact = contacts.get((i * 7) % contacts.size());
            // From 40 hours overdue to 5 days ahead, spread by a fixed stride so types mix in time.
            long hoursFromNow = ((i * 37L) % 160) - 40;
            Instant due = base.plus(Duration.ofHours(hoursFromNow));
            Instant start = due.minus(Duration.ofHours(2));
            boolean fromSequence = i % 3 != 2;
            Long sequenceId = fromSequence ? sequenceFor(i) : null;
            int step = 1 + (i % 4);
            String stepName = fromSequence ? "Step " + step + " - " + stepLabel(type) : null;
            Integer linkedInType = type == DemoTask.LINKED_IN ? (i / pattern.length) % 4 : null;
            String[] text = content(type, linkedInType, i);
            DemoTask task = new DemoTask(FIRST_TASK_ID + i, type, linkedInType, contact, sequenceId, stepName,
                    start, due, text[0], text[1]);
            // Reply's own flags (reply-api-v3-tasks.md §2.2), on tasks far down the list: an SMS the
            // sequence will send by itself at startAt, and a call whose earlier run failed.
            task.scheduled = i == SCHEDULED_INDEX;
            task.failed = i == FAILED_INDEX;
            tasks.add(task);
        }
        return tasks;
    }

    private static long sequenceFor(int i) {
        return switch (i % 4) {
            case 0, 1 -> SEQUENCE_OUTBOUND;
            case 3 -> SEQUENCE_EVENT;
            default -> SEQUENCE_REVIVE;
        };
    }

    private static String stepLabel(int type) {
        return switch (type) {
            case DemoTask.MANUAL_EMAIL -> "Email";
            case DemoTask.SMS -> "SMS";
            case DemoTask.CALL -> "Call";
            case DemoTask.LINKED_IN -> "LinkedIn";
            case DemoTask.WHATSAPP -> "WhatsApp";
            case DemoTask.MEETING -> "Meeting";
            default -> "Task";
        };
    }

    /** {subject, body} templates; emails are HTML with placeholders, like Reply's editor produces. */
    private static String[] content(int type, Integer linkedInType, int i) {
        return switch (type) {
            case DemoTask.MANUAL_EMAIL -> EMAILS[i % EMAILS.length];
            case DemoTask.SMS -> new String[] {null, SMS[i % SMS.length]};
            case DemoTask.CALL -> new String[] {null,
                "Call {{firstName}} about the pilot at {{company}}. Ask who else joins the decision."};
            case DemoTask.LINKED_IN -> new String[] {null, LINKED_IN[linkedInType]};
            case DemoTask.WHATSAPP -> new String[] {null,
                "Hi {{firstName}}, Sam from Acme here 👋 Did the one-pager reach you? Happy to answer questions."};
            case DemoTask.MEETING -> new String[] {null,
                "Discovery call with {{firstName}} {{lastName}} ({{company}}). Prepare the ROI sheet."};
            default -> new String[] {null, "Research {{company}} before the next touch: recent news, hiring, funding."};
        };
    }

    private static final String[][] EMAILS = {
        {"Quick question, {{firstName}}",
            "<p>Hi {{firstName}},</p><p>I saw that <b>{{company}}</b> is hiring for operations. Teams like yours "
                + "usually lose hours a week to manual follow-ups.</p><p>Worth a 15-minute call on Thursday?</p>"
                + "<p>Best,<br>Sam</p>"},
        {"{{company}} + Acme",
            "<p>Hello {{firstName}},</p><p>Following up on my note last week. We helped "
                + "<a href=\"https://acme.example/case\">Northwind</a> cut response times by 40%.</p>"
                + "<ul><li>No new tools to learn</li><li>Live in a week</li></ul><p>Cheers,<br>Sam</p>"},
        {"Re: your {{title}} priorities",
            "<p>Hi {{firstName}},</p><p>As {{title}} at {{company}}, what does a great quarter look like for you?"
                + "</p><p>Here is a short video I recorded for you: {{videoLink}}</p><p>Sam</p>"},
        {"Last try, {{firstName}}",
            "<p>{{firstName}}, I don't want to clutter your inbox.</p><p>If the timing is wrong, just reply "
                + "\"later\" and I'll check back next quarter.</p><p>All the best,<br>Sam</p>"},
    };

    private static final String[] SMS = {
        "Hi {{firstName}}, Sam from Acme. Do you have 10 min this week to talk about {{company}}'s outreach?",
        "{{firstName}}, thanks for opening my email! Want me to send the pricing sheet? - Sam",
        "Hi {{firstName}}, just confirming our call tomorrow at 10:00. Reply STOP to opt out.",
    };

    private static final String[] LINKED_IN = {
        "Hi {{firstName}}, enjoyed your post on scaling ops at {{company}}. Open to swapping notes?",
        "Hi {{firstName}}, I work with ops leaders in your space and would like to connect.",
        "{{firstName}}, a short note: we help teams like {{company}}'s save 5 hours a week on follow-ups. "
            + "Worth a chat?",
        "Look at {{firstName}}'s profile before the call: recent roles and shared connections.",
    };
}
