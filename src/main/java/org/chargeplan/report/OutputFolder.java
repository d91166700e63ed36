package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder written in one piece: files go into a hidden temporary folder beside the
 * target, which replaces the target only when {@link #commit()} is called. If anything fails
 * before that, {@link #close()} deletes the temporary folder and the target is untouched (a
 * previous result stays as it was, and no half-written folder is left).
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        try {
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder next to " + target, e);
        }
    }

    /** A file inside the staging folder, to write to. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** Moves the finished folder into place, replacing an earlier one. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + staging, e);
            }
        }
    }

    /**
     * Writes a single file in one piece: {@code writer} fills a hidden temporary file beside
     * {@code target}, which then replaces {@code target}; on failure the temporary file is deleted
     * and an earlier {@code target} stays as it was.
     */
    public static void writeFile(Path target, java.util.function.Consumer<Path> writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".partial-", "");
            writer.accept(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the original failure matters more
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
