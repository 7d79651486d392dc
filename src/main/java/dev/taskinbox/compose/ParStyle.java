package dev.taskinbox.compose;

/**
 * What a line of the editor belongs to: the block of the original email it came from (or
 * {@link #NEW} for a line between blocks or one the rep made), and whether it is a list item.
 */
public record ParStyle(int block, ListKind list) {
    public static final int NONE = -1;
    public static final ParStyle NEW = new ParStyle(NONE, ListKind.NONE);

    public enum ListKind { NONE, BULLET, NUMBERED }

    public ParStyle withList(ListKind value) {
        return new ParStyle(block, value);
    }
}
