package dev.taskinbox.api;

import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.FieldError;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.GatewayException.ServerProblem;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Settles which {@link WireForm} a server takes, without any setting. Every request goes in the
 * form that worked last (remembered per API URL across starts, Reply's current form on first
 * contact). A refusal that means "not in this form" is tried once more in the other form:
 * <ul>
 *   <li>a 401 in one auth scheme: the other scheme (a 401 is never processed);</li>
 *   <li>a 400 that blames an enum, for a request that carries one: the other enum spelling (a
 *       400 is not processed either).</li>
 * </ul>
 * Nothing else is retried here: above all never a send whose outcome is unknown. What worked is
 * kept and reported, so the next start begins with it. Settings may pin either half.
 */
final class FormNegotiator {
    /** Request members that carry an enum (reply-api-v3-tasks.md §2.1). */
    private static final Set<String> ENUM_MEMBERS = Set.of("status", "tasktype", "linkedintasktype",
            "callresolution", "creationsource");
    /**
     * How an enum complaint reads when no member is named. A guess from ASP.NET's own wording ("The
     * JSON value could not be converted to …") and from Reply's "must be a valid enum value".
     */
    private static final Pattern ENUM_WORDS = Pattern.compile(
            "enum|unknown value|invalid value|not a valid|could not be converted|cannot be converted",
            Pattern.CASE_INSENSITIVE);

    /** An enum member named in the words of a 400 without pointers ("Invalid callResolution"): a guess. */
    private static final Pattern ENUM_NAMED = Pattern.compile(
            "\\b(status|taskType|linkedInTaskType|callResolution|creationSource)\\b", Pattern.CASE_INSENSITIVE);
    /** Codes that say "the request was malformed" rather than "this cannot be done". */
    private static final Pattern BLAND_CODES = Pattern.compile("^(validation|invalid|badrequest|bad_request|request)");

    private final AuthScheme pinnedAuth;
    private final EnumDialect pinnedEnums;
    private final Consumer<WireForm> onLearned;
    private WireForm current;
    private WireForm reported;

    /**
     * @param remembered the form that worked last time for this URL, or null
     * @param pinnedAuth a scheme from settings, or null to negotiate
     * @param pinnedEnums a dialect from settings, or null to negotiate
     */
    FormNegotiator(WireForm remembered, AuthScheme pinnedAuth, EnumDialect pinnedEnums, Consumer<WireForm> onLearned) {
        this.pinnedAuth = pinnedAuth;
        this.pinnedEnums = pinnedEnums;
        this.onLearned = onLearned;
        WireForm start = remembered == null ? WireForm.CURRENT : remembered;
        AuthScheme auth = pinnedAuth != null ? pinnedAuth : start.auth();
        EnumDialect enums = pinnedEnums != null ? pinnedEnums
                : remembered != null ? remembered.enums() : WireForm.usualWith(auth);
        this.current = new WireForm(auth, enums);
        this.reported = remembered;
    }

    synchronized WireForm current() {
        return current;
    }

    /** One request's tries: which halves it has already switched. */
    static final class Attempt {
        private boolean authSwitched;
        private boolean enumsSwitched;
    }

    /**
     * The form to try once more after {@code failure}, or null when the refusal is not about the
     * form (or that half was switched already, or is pinned).
     */
    synchronized WireForm retryAfter(WireForm used, GatewayException failure, boolean carriesEnums, Attempt attempt) {
        if (failure.kind() == Kind.UNAUTHORIZED && !attempt.authSwitched && pinnedAuth == null) {
            attempt.authSwitched = true;
            AuthScheme other = WireForm.other(used.auth());
            // Until a request with an enum has worked, the spelling follows the scheme's generation.
            boolean enumsKnown = pinnedEnums != null || reported != null || attempt.enumsSwitched;
            return new WireForm(other, enumsKnown ? used.enums() : WireForm.usualWith(other));
        }
        if (failure.kind() == Kind.REJECTED && carriesEnums && !attempt.enumsSwitched && pinnedEnums == null
                && blamesAnEnum(failure.problem())) {
            attempt.enumsSwitched = true;
            return used.withEnums(WireForm.other(used.enums()));
        }
        return null;
    }

    /** A request in {@code used} was answered: keep that form (the enum half only if it carried enums). */
    void worked(WireForm used, boolean carriedEnums) {
        WireForm learned;
        synchronized (this) {
            WireForm next = carriedEnums || reported == null ? used : current.withAuth(used.auth());
            current = next;
            if (next.equals(reported)) {
                return;
            }
            reported = next;
            learned = next;
        }
        onLearned.accept(learned);
    }

    /**
     * Whether a 400 says an enum was not understood: a field error pointing at an enum member
     * ({@code /status}, {@code $.status}, {@code #/taskType}), or enum words in what it says.
     */
    static boolean blamesAnEnum(ServerProblem problem) {
        StringBuilder said = new StringBuilder(problem.title()).append(' ').append(problem.detail());
        for (FieldError error : problem.fieldErrors()) {
            String[] steps = error.pointer().split("[/.#$\\[\\]]");
            String last = steps.length == 0 ? "" : steps[steps.length - 1].toLowerCase(Locale.ROOT);
            if (ENUM_MEMBERS.contains(last)) {
                return true;
            }
            said.append(' ').append(error.message());
        }
        // A business code (task.notNew, …) is a refusal of the request, not of its spelling.
        String code = problem.code().toLowerCase(Locale.ROOT);
        if (!code.isEmpty() && !BLAND_CODES.matcher(code).find()) {
            return false;
        }
        return ENUM_WORDS.matcher(said).find() || ENUM_NAMED.matcher(said).find();
    }
}
