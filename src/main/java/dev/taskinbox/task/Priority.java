package dev.taskinbox.task;

/**
 * Which lane of the request budget a call waits in. Lanes are served in this order, first come
 * first served within a lane: the rep's own actions never wait behind background reading.
 */
public enum Priority {
    /** Sends and completes the rep asked for. */
    SEND,
    /** The preview the rep is looking at. */
    PREVIEW,
    /** Pages of the task list. */
    LIST,
    /** Reading ahead (the rows next to the selection); dropped when the rep moves on. */
    PREFETCH
}
