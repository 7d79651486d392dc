package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskPage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/**
 * Loads the rep's pending tasks into the rows: who am I, then every page until the server says
 * no more, streaming each page in; a newer load makes an older one's answers moot. Lives on the
 * FX thread.
 */
final class ListLoader {
    /** Reply's maximum page size: fewest requests against the rate limit. */
    static final int PAGE_SIZE = 1000;

    /** Where the loader writes what it learned, in the view model's properties. */
    record Outlet(ObjectProperty<InboxViewModel.LoadState> state, ObjectProperty<CurrentUser> user,
                  StringProperty message, StringProperty trouble, ObservableMap<Long, String> sequenceNames) {
    }

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final RowList rows;
    private final Outlet out;
    private final Supplier<ObservableMap<Long, ?>> drafts;
    private final CachedList cached;
    private int generation;
    private int unreadable;

    ListLoader(TaskGateway gateway, TaskRunner runner, RowList rows, Outlet out, Supplier<ObservableMap<Long, ?>> drafts,
               CachedList cached) {
        this.gateway = gateway;
        this.runner = runner;
        this.rows = rows;
        this.out = out;
        this.drafts = drafts;
        this.cached = cached;
    }

    void load() {
        int thisLoad = ++generation;
        unreadable = 0;
        out.state().set(InboxViewModel.LoadState.LOADING);
        if (cached.showing()) {
            // The last list stays in view until the live one can take its place.
            out.message().set("Your list " + cached.asOf() + " · refreshing…");
        } else {
            out.message().set("Loading tasks…");
            rows.rows().clear();
        }
        runner.run("who am I", gateway::currentUser, me -> {
            if (thisLoad == generation) {
                if (cached.checkOwner(me)) {
                    out.message().set("Loading tasks…");   // no longer "your list as of …": it was another account's
                }
                out.user().set(me);
                loadPage(thisLoad, me.userId(), 0);
            }
        }, failure -> failed(thisLoad, failure));
    }

    private void loadPage(int thisLoad, long userId, int skip) {
        ask(userId, skip).then(page -> pageIn(thisLoad, userId, skip, page), failure -> failed(thisLoad, failure));
    }

    private void pageIn(int thisLoad, long userId, int skip, TaskPage page) {
        if (thisLoad != generation) {
            return;
        }
        // The next page is asked for before this one goes in: its round trip overlaps the FX thread's
        // work on this one (it was a third of a 10,000-task load). Its answer is taken after this page.
        int next = skip + page.returned();
        NextPage following = page.hasMore() && page.returned() > 0 ? ask(userId, next) : null;
        Map<Long, TaskRow> cachedRows = cached.makeWay();
        // Offset paging over an undocumented order: a task may come twice if others finished meanwhile.
        Set<Long> seen = new HashSet<>();
        List<TaskRow> fresh = page.items().stream().filter(item -> !rows.contains(item.id()) && seen.add(item.id()))
                .map(TaskRow::new).toList();
        fresh.forEach(row -> row.setDraft(drafts.get().containsKey(row.id())));
        out.trouble().set("");
        unreadable += page.unreadable();
        CachedList.carry(cachedRows, fresh);
        rows.append(fresh);
        if (following != null) {
            out.message().set(String.format(Locale.ENGLISH, "Loading tasks… %,d so far.", rows.rows().size()));
            following.then(nextPage -> pageIn(thisLoad, userId, next, nextPage), failure -> failed(thisLoad, failure));
        } else {
            loaded();
        }
    }

    private NextPage ask(long userId, int skip) {
        NextPage page = new NextPage();
        runner.run("tasks from " + skip, () -> gateway.pendingTasks(userId, skip, PAGE_SIZE), page::arrived, page::failed);
        return page;
    }

    /** A page asked for: its answer waits here until the loader takes it (both happen on the FX thread). */
    private static final class NextPage {
        private TaskPage page;
        private Throwable failure;
        private Consumer<TaskPage> onPage;
        private Consumer<Throwable> onFailure;

        void arrived(TaskPage arrived) {
            page = arrived;
            deliver();
        }

        void failed(Throwable failed) {
            failure = failed;
            deliver();
        }

        void then(Consumer<TaskPage> whenIn, Consumer<Throwable> whenFailed) {
            onPage = whenIn;
            onFailure = whenFailed;
            deliver();
        }

        private void deliver() {
            if (onPage == null) {
                return;
            }
            if (page != null) {
                onPage.accept(page);
            } else if (failure != null) {
                onFailure.accept(failure);
            }
        }
    }

    private void loaded() {
        out.state().set(InboxViewModel.LoadState.LOADED);
        cached.save(out.user().get());
        loadSequenceNames();
        int count = rows.rows().size();
        String tasks = count == 1 ? "1 task to do." : count + " tasks to do.";
        out.message().set(unreadable == 0 ? tasks : tasks + " " + unreadable
                + (unreadable == 1 ? " task" : " tasks") + " from Reply could not be shown (incomplete data).");
    }

    private void loadSequenceNames() {
        if (!out.sequenceNames().isEmpty() || rows.rows().stream().noneMatch(row -> row.summary().fromSequence())) {
            return;
        }
        runner.run("sequence names", gateway::sequenceNames, out.sequenceNames()::putAll, failure -> { });
    }

    private void failed(int thisLoad, Throwable failure) {
        if (thisLoad != generation) {
            return;
        }
        boolean offline = failure instanceof GatewayException known && known.unreachable();
        String why = GatewayException.userMessageOf(failure);
        int count = rows.rows().size();
        // The words first: the placeholder reads them when the state changes.
        if (cached.showing()) {
            // Short: the banner above the list already says why.
            out.message().set("Your list " + cached.asOf() + ". Nothing can be sent until Reply answers; F5 tries again.");
        } else {
            out.message().set(count == 0 ? "Could not load tasks. " + why
                    : "Showing the first " + count + " tasks; the rest could not be loaded. " + why + " F5 tries again.");
        }
        out.state().set(offline ? InboxViewModel.LoadState.OFFLINE : InboxViewModel.LoadState.FAILED);
        if (isConnectionTrouble(failure)) {
            out.trouble().set("Reply cannot be reached right now. Press F5 to try again; nothing is lost.");
        }
    }

    private static boolean isConnectionTrouble(Throwable failure) {
        return failure instanceof GatewayException known
                && (known.unreachable() || known.kind() == GatewayException.Kind.SERVER_ERROR);
    }
}
