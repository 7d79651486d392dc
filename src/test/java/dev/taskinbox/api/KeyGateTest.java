package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 401 mid-work pauses the calls, asks for a key once, and resumes them with it. */
class KeyGateTest {
    private MockReply reply;
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    /** A gateway whose "rep" answers the key question on another thread, as the FX dialog would. */
    private ReplyTaskGateway gateway(Consumer<ReplyTaskGateway> answer) {
        ReplyTaskGateway[] holder = new ReplyTaskGateway[1];
        // The seed's form worked last time, so the key goes in X-API-Key first.
        holder[0] = reply.gateway(reply.options().withRememberedForm(WireForm.SEED).withOnUnauthorized(() -> {
            asked.incrementAndGet();
            new Thread(() -> answer.accept(holder[0])).start();
        }));
        return holder[0];
    }

    @Test
    void anExecuteRefusedFor401GoesAgainWithTheNewKeyAndOnlyThen() throws Exception {
        ReplyTaskGateway gateway = gateway(g -> g.useKey("fresh-key"));
        reply.answer(401);
        reply.answer(401);
        reply.answer(Fixtures.read("task-detail-integers.json"));

        assertThat(gateway.execute(5001, SendRequest.AS_IS).id()).isEqualTo(5001);

        RecordedRequest refused = reply.taken();
        RecordedRequest inTheOtherScheme = reply.taken();
        RecordedRequest again = reply.taken();
        assertThat(refused.getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        assertThat(inTheOtherScheme.getHeader("Authorization")).isEqualTo("Bearer " + MockReply.KEY);
        assertThat(again.getHeader("X-API-Key")).isEqualTo("fresh-key");
        assertThat(again.getPath()).isEqualTo("/v3/tasks/5001/execute");
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void manyCallsHeldAtOnceAskOnceAndAllFailWhenTheRepDeclines() throws Exception {
        ReplyTaskGateway gateway = gateway(ReplyTaskGateway::declineKey);
        // Each call tries both schemes: five held calls and the one after the decline.
        for (int i = 0; i < 12; i++) {
            reply.answer(401);
        }
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(callers.submit(() -> gateway.complete(1)));
            }
            for (Future<?> call : calls) {
                assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(GatewayException.class);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(asked.get()).isBetween(1, 5);

        int askedBefore = asked.get();
        assertThatThrownBy(() -> gateway.complete(2)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.UNAUTHORIZED));
        assertThat(asked.get()).as("a declined key is not asked for again").isEqualTo(askedBefore);
    }

    @Test
    void theConnectionCheckTriesBothSchemesThenWaitsForAKey() throws Exception {
        ReplyTaskGateway gateway = gateway(g -> g.useKey("fresh-key"));
        reply.answer(401);
        reply.answer(401);
        reply.answer("{\"userId\": 1001}");

        assertThat(gateway.currentUser().userId()).isEqualTo(1001);

        assertThat(reply.taken().getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        assertThat(reply.taken().getHeader("Authorization")).isEqualTo("Bearer " + MockReply.KEY);
        assertThat(reply.taken().getHeader("X-API-Key")).isEqualTo("fresh-key");
        assertThat(asked.get()).isEqualTo(1);
    }
}
