package dev.taskinbox.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every gap between two FX pulses while it runs (a frame that took longer shows as a longer gap),
 * for the worst frame and the percentiles. Headless, pulses come every 16.7 ms when nothing holds
 * the FX thread, so that is the floor of any gap.
 */
public final class FrameWatch {
    private final AnimationTimer timer;
    private long[] gaps = new long[4096];
    private long[] ends = new long[4096];
    private int count;
    private long last;
    private long worstEndedAt;
    private long worstGap;

    private FrameWatch() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last != 0) {
                    if (count == gaps.length) {
                        gaps = Arrays.copyOf(gaps, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    ends[count] = now;
                    gaps[count++] = now - last;
                    if (now - last > worstGap) {
                        worstGap = now - last;
                        worstEndedAt = now;
                    }
                }
                last = now;
            }
        };
    }

    /** Starts watching (from any thread). */
    public static FrameWatch start() throws Exception {
        FrameWatch watch = new FrameWatch();
        WaitForAsyncUtils.asyncFx(watch.timer::start).get(5, TimeUnit.SECONDS);
        return watch;
    }

    /** Stops watching; the gaps seen stay. */
    public FrameWatch stop() throws Exception {
        WaitForAsyncUtils.asyncFx(timer::stop).get(5, TimeUnit.SECONDS);
        return this;
    }

    /** The gaps seen so far in ms (call after {@link #stop()}). */
    public double[] millis() {
        return Arrays.stream(gaps, 0, count).mapToDouble(gap -> gap / 1e6).toArray();
    }

    /** When the worst frame ended (System.nanoTime, the pulses' clock). */
    public long worstEndedAt() {
        return worstEndedAt;
    }

    /** The worst frame among those that ended before {@code nanoTime}, in ms. */
    public double worstBefore(long nanoTime) {
        long worst = 0;
        for (int i = 0; i < count; i++) {
            if (ends[i] < nanoTime) {
                worst = Math.max(worst, gaps[i]);
            }
        }
        return worst / 1e6;
    }

    public double worst() {
        return Arrays.stream(millis()).max().orElse(0);
    }

    public double percentile(double p) {
        double[] seen = millis();
        return seen.length == 0 ? 0 : BenchResults.percentile(seen, p);
    }
}
