package vn.lamtheobac.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns an embedded cluster's data directory before a server is started on it. A running application holds a lock
 * on the directory's {@code epg-lock} (zonky takes it with {@link FileChannel#tryLock()}, a POSIX lock the kernel drops
 * when the process dies, however it dies); the server it started records itself in {@code postmaster.pid} (first line
 * its PID, second its data directory). An application killed with SIGKILL leaves its server running with nobody to
 * stop it, and the next start would fail ("another server might be running") until someone killed it by hand: the
 * lock is free then, and that server is asked for a fast shutdown before a new one starts. A lock still held means a
 * live application owns the directory, and a second one must not start on it.
 */
final class DataDirectoryOwner {

    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";
    static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryOwner.class);

    private DataDirectoryOwner() {}

    /** Refuses to go on while a live application holds {@code dir}'s lock (in this JVM or another). */
    static void requireNoLiveApplication(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started, or initdb has not run yet: nobody owns it
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw ownedByAnother(dir);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw ownedByAnother(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock of the embedded database in " + dir, e);
        }
    }

    private static IllegalStateException ownedByAnother(Path dir) {
        return new IllegalStateException("The embedded database in " + dir
                + " is in use by another running instance of the application (it holds " + LOCK_FILE
                + "). Two instances must never share one data directory: stop the other one, or give this one its own"
                + " lamtheobac.embedded-db.data-dir.");
    }

    /**
     * Called while this JVM holds {@code dir}'s lock, before its server starts: a PostgreSQL still running on {@code
     * dir} was left behind by a killed application; it is asked for a fast shutdown (SIGINT: open transactions are
     * rolled back, a checkpoint written, the server stops) and awaited. A {@code postmaster.pid} naming a process that
     * is gone, or that is not this directory's postgres, is left to PostgreSQL, which recovers from it or says why not.
     */
    static void stopOrphanedServer(Path dir) {
        Optional<ProcessHandle> orphan = orphanedServer(dir);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        log.warn(
                "A PostgreSQL server (PID {}) is still running on {} though no application owns it (the application"
                        + " that started it was killed); stopping it with a fast shutdown before starting a new one",
                pid,
                dir);
        askForFastShutdown(orphan.get());
        try {
            orphan.get().onExit().get(SHUTDOWN_PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (PID " + pid + ") left running on " + dir
                    + " did not stop within " + SHUTDOWN_PATIENCE.toSeconds() + " s; stop it (kill -INT " + pid
                    + ") and start the application again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL (PID " + pid + ") to stop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        log.warn("The PostgreSQL server (PID {}) left running on {} has stopped", pid, dir);
    }

    /** The live postgres that {@code dir}'s {@code postmaster.pid} names, if it is a server of {@code dir}. */
    static Optional<ProcessHandle> orphanedServer(Path dir) {
        Path pidFile = dir.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            log.warn("Could not read {}; leaving it to PostgreSQL", pidFile, e);
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("{} names PID {}, which is no longer running; PostgreSQL recovers from it", pidFile, pid);
            return Optional.empty();
        }
        if (!sameDirectory(Path.of(lines.get(1).trim()), dir) || !isPostgresOf(process.get(), dir)) {
            log.warn(
                    "{} names PID {}, a running process that is not the PostgreSQL server of {}; leaving it alone",
                    pidFile,
                    pid,
                    dir);
            return Optional.empty();
        }
        return process;
    }

    /** Its executable is {@code postgres} and it was started with {@code -D dir}. */
    static boolean isPostgresOf(ProcessHandle process, Path dir) {
        var info = process.info();
        boolean postgres = info.command()
                .map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; postgres && i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D") && sameDirectory(Path.of(arguments[i + 1]), dir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** SIGINT, PostgreSQL's fast shutdown; SIGTERM (its smart shutdown, ending once no client is left) without kill. */
    private static void askForFastShutdown(ProcessHandle server) {
        try {
            var kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("kill is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy();
    }
}
