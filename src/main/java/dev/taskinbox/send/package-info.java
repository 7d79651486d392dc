/**
 * Sending: the undo window, the never-twice guard, the journal, reconciliation, and the one route
 * every outcome takes back to the screens.
 *
 * <h2>One Send, from the key to the row</h2>
 * <ol>
 *   <li><b>Key.</b> {@code app.KeyboardShortcuts} takes Ctrl+Enter and asks the preview to send
 *       ({@code PreviewViewModel.sendOrComplete}); a bulk Send goes through the pre-flight
 *       ({@code preview.BulkPreflight}) first.</li>
 *   <li><b>Gate and request.</b> The preview refuses while {@code preview.Readiness} names a reason
 *       (loading, sending, queued, outcome unknown, a failed check), then builds the
 *       {@code SendRequest} from the rep's draft and the sender shown ({@code preview.Senders}).</li>
 *   <li><b>Undo window.</b> {@link dev.taskinbox.send.SendQueue} counts down on the FX clock
 *       ({@code common.fx.Delays}); Ctrl+Z or Esc takes it back. At most four leave at a time.</li>
 *   <li><b>Guard and journal.</b> {@link dev.taskinbox.send.SendService} submits only when no call
 *       for the task is out and no earlier outcome is unknown; on a worker it writes the journal
 *       entry to disk, then calls {@code TaskGateway.execute}.</li>
 *   <li><b>Wire.</b> {@code api.ReplyTaskGateway} waits its turn in the request budget (the Send lane
 *       goes first), negotiates the wire form, and posts {@code /v3/tasks/{id}/execute} once: an
 *       execute is retried only when nothing left the machine.</li>
 *   <li><b>Outcome.</b> Back on the FX thread the service classifies the answer: sent; refused
 *       (the task is read again, the draft stays); unreachable (held on the scheduler and tried
 *       again, Esc stops it); unclear (the task is blocked and {@link dev.taskinbox.send.Reconciler}
 *       reads it twice before a re-send is offered).</li>
 *   <li><b>Route.</b> Every outcome is told through {@link dev.taskinbox.send.Readers} in one fixed
 *       order, by role: the <i>queue</i> first (frees the slot, counts the run), then the <i>list</i>
 *       ({@code inbox.SendReport}: the row's status and activity, the notice, the progress), then the
 *       <i>preview</i> (the shown task, the draft forgotten only on a confirmed send, Send open again).
 *       The queue's own events (counting down, waiting, withdrawn, progress) take the same route.
 *       Because the queue has settled before the others hear, what they read of it is already true.</li>
 * </ol>
 */
package dev.taskinbox.send;
