package nl.codewerk.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second process (or a second window) from writing the same project. The operating
 * system releases the lock when the holder dies, so a crash never leaves a project locked.
 */
final class ProjectLock {

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock acquire(Path project) {
        Path lockFile = lockFileOf(project);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProjectException(e, "project.notWritable", project.getFileName());
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new ProjectException("project.locked", project.getFileName());
            }
            return new ProjectLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectException("project.locked", project.getFileName());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectException(e, "project.notWritable", project.getFileName());
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
            // The lock file stays: deleting it would let two processes lock two different
            // files of the same name.
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was locked through it.
        }
    }
}
