package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.InstanceHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Two processes, one data folder: the second finds the first, knocks, and does not claim; after a kill the lock is free. */
class SingleInstanceTest {
    @TempDir
    Path data;

    @Test
    void aSecondLaunchWakesTheFirstAndNeverClaimsTheFolder() throws Exception {
        Process first = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), InstanceHolder.class.getName(), data.toString()))
                .redirectErrorStream(true).redirectOutput(data.resolve("first.log").toFile()).start();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> log().contains("CLAIMED"));

            Optional<SingleInstance> second = SingleInstance.claim(data);
            assertThat(second).as("the folder is the first one's").isEmpty();
            assertThat(SingleInstance.wakeTheOther(data)).isTrue();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> log().contains("WOKEN"));

            // A knock without the token (any other local program) is not obeyed.
            String port = Files.readString(data.resolve("instance.port")).strip().split(" ")[0];
            try (java.net.Socket stranger = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), Integer.parseInt(port))) {
                stranger.setSoTimeout(10_000);
                stranger.getOutputStream().write("show 0000\n".getBytes());
                assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(stranger.getInputStream())).readLine())
                        .as("no answer, the door shut").isNull();
            }
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(log().split("WOKEN", -1)).as("woken once, by the real second launch").hasSize(2);
        try (SingleInstance after = SingleInstance.claim(data).orElseThrow()) {
            assertThat(after).as("kill -9 frees the lock").isNotNull();
        }
    }

    private String log() throws IOException {
        Path file = data.resolve("first.log");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
