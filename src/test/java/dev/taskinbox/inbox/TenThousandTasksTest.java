package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.support.TestBudgets;
import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Ten thousand pending tasks: ten pages of a thousand, all in the list, none twice. */
class TenThousandTasksTest {

    @Test
    void tenThousandTasksLoadPageByPage() throws IOException {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withTaskCount(10_000), 0)) {
            ReplyTaskGateway gateway = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            InboxViewModel inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), Clock.systemUTC());

            inbox.load();

            assertThat(inbox.rows()).hasSize(10_000);
            assertThat(inbox.rows().stream().map(TaskRow::id).distinct().count()).isEqualTo(10_000);
            assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/tasks/filter")).hasSize(10);
            assertThat(inbox.messageProperty().get()).isEqualTo("10000 tasks to do.");
        }
    }
}
