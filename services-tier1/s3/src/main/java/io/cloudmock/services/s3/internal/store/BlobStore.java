package io.cloudmock.services.s3.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Object bytes as files named by random ids ({@code blobs/ab/<uuid>}): written to {@code tmp/} first while
 * digests are computed, then moved into place atomically, so readers never see a partial file and an interrupted
 * upload leaves only a temp file (removed at the next start).
 */
public final class BlobStore {

    static final int BUFFER = 256 * 1024;

    private final Path blobs;
    private final Path tmp;
    private final Set<String> shards = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public BlobStore(Path root) {
        this.blobs = root.resolve("blobs");
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(tmp);
            try (Stream<Path> leftovers = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) leftovers::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A written, not yet visible blob with its digests. */
    public final class Staged implements AutoCloseable {
        private final Path file;
        private final Digests digests;
        private boolean committed;

        Staged(Path file, Digests digests) {
            this.file = file;
            this.digests = digests;
        }

        public Digests digests() {
            return digests;
        }

        /** Moves the blob into place and returns its id. */
        public String commit() {
            String id = newId();
            Path target = path(id);
            try {
                if (shards.add(id.substring(0, 2))) {
                    Files.createDirectories(target.getParent());
                }
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            committed = true;
            return id;
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temp file is removed at the next start
                }
            }
        }
    }

    /** Streams {@code in} to a temp file, computing MD5 and the requested checksums. */
    public Staged write(InputStream in, long sizeHint, Set<String> checksumAlgorithms) throws IOException {
        Path file = tmp.resolve(newId());
        Digests digests = new Digests(checksumAlgorithms);
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[sizeHint >= 0 && sizeHint < BUFFER ? (int) Math.max(sizeHint + 1, 8192) : BUFFER];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (n > 0) {
                    digests.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
        return new Staged(file, digests);
    }

    /** Concatenates blobs (multipart completion) into a new staged blob. */
    public Staged concat(List<String> ids, Set<String> checksumAlgorithms) throws IOException {
        Path file = tmp.resolve(newId());
        Digests digests = new Digests(checksumAlgorithms);
        boolean ok = false;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (String id : ids) {
                try (FileChannel in = FileChannel.open(path(id), StandardOpenOption.READ)) {
                    long size = in.size();
                    if (checksumAlgorithms.isEmpty()) {
                        long pos = 0;
                        while (pos < size) {
                            pos += in.transferTo(pos, size - pos, out);
                        }
                        digests.skip(size);
                    } else {
                        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(BUFFER);
                        while (in.read(buf) >= 0) {
                            buf.flip();
                            digests.update(buf.array(), 0, buf.limit());
                            while (buf.hasRemaining()) {
                                out.write(buf);
                            }
                            buf.clear();
                        }
                    }
                }
            }
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
        return new Staged(file, digests);
    }

    /** Opens {@code length} bytes of a blob from {@code offset}. */
    public InputStream open(String id, long offset, long length) throws IOException {
        FileChannel ch = FileChannel.open(path(id), StandardOpenOption.READ);
        return new RangeInputStream(ch, offset, length);
    }

    public void delete(String id) {
        if (id == null) {
            return;
        }
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException ignored) {
            // removed by the next start's sweep
        }
    }

    /** Deletes blob files no version refers to (after a crash or a restart). */
    public void sweep(Collection<String> referenced) throws IOException {
        Set<String> keep = new HashSet<>(referenced);
        try (Stream<Path> files = Files.walk(blobs)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p) && !keep.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public void clear() throws IOException {
        sweep(Set.of());
    }

    /** A random id (not cryptographic: ids only need to be unique, and SecureRandom would be a lock). */
    private static String newId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    Path path(String id) {
        if (id.indexOf('/') >= 0 || id.indexOf('\\') >= 0 || id.startsWith(".")) {
            throw new IllegalArgumentException("bad blob id");
        }
        return blobs.resolve(id.substring(0, 2)).resolve(id);
    }

    public boolean exists(String id) {
        try {
            return Files.exists(path(id));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
