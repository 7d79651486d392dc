package dev.taskinbox.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One Task Inbox per user, so two processes never write the same drafts, journal and outbox. The
 * first holds a lock on {@code instance.lock} in the data folder (the system frees it when the
 * process ends, even on kill -9) and listens on a loopback port written beside it, with a random
 * token; a second launch finds the lock taken, asks the first to come to the front, and exits.
 */
final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final String WAKE = "show";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket listener;
    private final String token;
    private volatile Runnable onWake = () -> { };

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket listener, String token) {
        this.channel = channel;
        this.lock = lock;
        this.listener = listener;
        this.token = token;
    }

    /** This process becomes the one instance; empty when another holds the lock. */
    static Optional<SingleInstance> claim(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path door = dataDir.resolve("instance.port");
        Files.writeString(door, listener.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
        SingleInstance instance = new SingleInstance(channel, lock, listener, token);
        Thread waiter = new Thread(instance::listen, "single-instance");
        waiter.setDaemon(true);
        waiter.start();
        return Optional.of(instance);
    }

    /** What a second launch's knock does here (the app brings its window to the front). */
    void onWake(Runnable action) {
        this.onWake = action;
    }

    /** A second launch: asks the running one to come to the front; false when it could not be reached. */
    static boolean wakeTheOther(Path dataDir) {
        try {
            String[] door = Files.readString(dataDir.resolve("instance.port"), StandardCharsets.UTF_8).strip().split(" ");
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(door[0]))) {
                socket.setSoTimeout(3000);
                OutputStream out = socket.getOutputStream();
                out.write((WAKE + " " + door[1] + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                return "ok".equals(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine());
            }
        } catch (IOException | RuntimeException unreachable) {
            LOG.warning("The running Task Inbox could not be asked to come to the front: " + unreachable.getMessage());
            return false;
        }
    }

    private void listen() {
        while (!listener.isClosed()) {
            try (Socket knock = listener.accept()) {
                knock.setSoTimeout(3000);
                String line = new BufferedReader(new InputStreamReader(knock.getInputStream(), StandardCharsets.UTF_8)).readLine();
                // Only our own second launch knows the token (it reads it from the rep's data folder).
                if ((WAKE + " " + token).equals(line)) {
                    knock.getOutputStream().write("ok\n".getBytes(StandardCharsets.UTF_8));
                    onWake.run();
                }
            } catch (IOException closedOrBroken) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        lock.release();
        channel.close();
    }
}
