package dev.taskinbox.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The list's rows: one observable list kept in the table's order, indexed by task id. Lives on
 * the FX thread.
 */
final class RowList {
    // Step names, subjects and zones arrive after the row (with the task's details, or the zone
    // read-ahead); the extractor makes the search and the "In hours now" view see them as they come.
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.stepNameProperty(), row.subjectProperty(), row.contactZoneProperty()});
    /** The rows by task id: sends and reads look their row up many times a second. */
    private final Map<Long, TaskRow> byId = new HashMap<>();
    private Comparator<TaskRow> order;

    /** @param membershipChanged told when rows came or went (not when one changed in place or all were re-sorted) */
    RowList(Runnable membershipChanged) {
        rows.addListener((ListChangeListener<TaskRow>) change -> {
            if (changesMembership(change)) {
                membershipChanged.run();
            }
        });
    }

    ObservableList<TaskRow> rows() {
        return rows;
    }

    Optional<TaskRow> find(long taskId) {
        return Optional.ofNullable(byId.get(taskId));
    }

    boolean contains(long taskId) {
        return byId.containsKey(taskId);
    }

    /**
     * Keeps the rows in this order from now on (the table's column sort); null keeps them as they are.
     * The list itself is kept sorted, rather than sorted by a view on top: a view inserts each
     * new row one at a time, which made a 1,000-row page cost seconds of FX time at 10,000 rows.
     */
    void sortBy(Comparator<TaskRow> comparator) {
        order = comparator;
        keepInOrder();
    }

    /** One change for a whole page (a thousand single adds would each ripple through the table), then into order. */
    void append(List<TaskRow> fresh) {
        if (rows.isEmpty() && order != null) {
            // The first page goes in already in order, so the first row the table shows (and
            // selects) is the one that belongs on top.
            List<TaskRow> sorted = new ArrayList<>(fresh);
            sorted.sort(order);
            rows.addAll(sorted);
            return;
        }
        rows.addAll(fresh);
        keepInOrder();
    }

    /** A row's task changed in a way that makes a new row of it (new dates): it takes the old one's place and order. */
    void replace(TaskRow row, TaskRow replacement) {
        rows.set(rows.indexOf(row), replacement);
        keepInOrder();
    }

    /** Sorts the rows into the order given to {@link #sortBy}, as one permutation, so selections follow their rows. */
    private void keepInOrder() {
        if (order != null) {
            FXCollections.sort(rows, order);
        }
    }

    /** Keeps the id index in step with rows coming and going; true when any did. */
    private boolean changesMembership(ListChangeListener.Change<? extends TaskRow> change) {
        boolean membership = false;
        while (change.next()) {
            if (change.wasUpdated() || change.wasPermutated()) {
                continue;
            }
            membership = true;
            change.getRemoved().forEach(row -> byId.remove(row.id(), row));
            change.getAddedSubList().forEach(row -> byId.put(row.id(), row));
        }
        return membership;
    }
}
