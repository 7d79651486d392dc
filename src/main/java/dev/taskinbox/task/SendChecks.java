package dev.taskinbox.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold before a task goes out, said in the rep's words. Blocking problems stop the send;
 * warnings are shown and let it go.
 */
public final class SendChecks {
    /** A {{variable}} the template left unresolved; group 1 is its name. It would reach the prospect as is. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    /** One finding: {@code blocking} ones stop the send. */
    public record Problem(boolean blocking, String text) {
    }

    private SendChecks() {
    }

    /**
     * @param message the text that would go (the draft, else the rendered content)
     * @param senderProblem why the sender of a manual email outside a sequence cannot send
     *                      ({@link SenderChoice#problem()}), else null
     */
    public static List<Problem> check(TaskDetail task, MessageContent message, String senderProblem) {
        List<Problem> problems = new ArrayList<>();
        if (!task.type().isExecutable()) {
            problems.add(new Problem(true, task.type().label() + " tasks are done by hand; complete it instead."));
            return problems;
        }
        if (task.target().addressFor(task.type()).isEmpty()) {
            problems.add(new Problem(true, task.type() == TaskType.SMS
                    ? "This contact has no phone number." : "This contact has no email address."));
        }
        Set<String> unresolved = unresolvedVariables(message.subject() + "\n" + message.body());
        if (!unresolved.isEmpty()) {
            problems.add(new Problem(true, "Fill in " + String.join(", ", unresolved.stream().map(v -> "{{" + v + "}}").toList())
                    + " before sending."));
        }
        if (message.body().isBlank()) {
            problems.add(new Problem(true, "The message is empty."));
        }
        if (senderProblem != null) {
            problems.add(new Problem(true, senderProblem));
        }
        if (task.type() == TaskType.SMS) {
            SmsSegments segments = SmsSegments.of(message.body());
            if (segments.count() > 1) {
                problems.add(new Problem(false, "This SMS is " + segments.count() + " messages long ("
                        + segments.characters() + " characters)."));
            }
        }
        return problems;
    }

    /** The {@code {{names}}} left in a text, in order, each once. */
    public static Set<String> unresolvedVariables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }
}
