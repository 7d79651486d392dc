package dev.taskinbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.WireForm;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.ReplyTaskGateway;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on loopback standing in for Reply, with the client pointed at it. */
public final class MockReply implements AutoCloseable {
    public static final String KEY = "test-key-123";

    public final MockWebServer server = new MockWebServer();
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    public final List<WireForm> learned = new CopyOnWriteArrayList<>();

    public MockReply() throws IOException {
        // A request the test did not expect gets an odd status at once instead of hanging.
        QueueDispatcher dispatcher = new QueueDispatcher();
        dispatcher.setFailFast(new MockResponse().setResponseCode(599));
        server.setDispatcher(dispatcher);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** Options that never sleep for real and record what they would have done; nothing remembered (current form first). */
    public ClientOptions options() {
        return TestBudgets.fastOptions().withSleeper(sleeps::add).withOnFormLearned(learned::add);
    }

    public ReplyTaskGateway gateway(ClientOptions options) {
        return ReplyTaskGateway.create(ApiEndpoint.parse(server.url("/").toString()), KEY, options);
    }

    public void answer(String json) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
    }

    public void answer(int status) {
        server.enqueue(new MockResponse().setResponseCode(status));
    }

    public RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    public static void assertJson(String actual, String expected) {
        assertThat(JsonParser.parseString(actual)).isEqualTo(JsonParser.parseString(expected));
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
