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
 * upload leaves only a temp file (removed at the next start). Small bodies of known length are appended to
 * shared pack files instead ({@link PackFiles}).
 */
public final class BlobStore {

    static final int BUFFER = 256 * 1024;
    /** Bodies up to this size with a known length go to a shared pack file. */
    static final int SMALL = 64 * 1024;

    private final Path blobs;
    private final Path tmp;
    private final Set<String> shards = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final PackFiles packs;

    public BlobStore(Path root) {
        this.blobs = root.resolve("blobs");
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(tmp);
            packs = new PackFiles(root.resolve("packs"));
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
        private final byte[] bytes;
        private final Digests digests;
        private boolean committed;

        Staged(Path file, Digests digests) {
            this.file = file;
            this.bytes = null;
            this.digests = digests;
        }

        Staged(byte[] bytes, Digests digests) {
            this.file = null;
            this.bytes = bytes;
            this.digests = digests;
        }

        public Digests digests() {
            return digests;
        }

        /** Moves the blob into place and returns its id. */
        public String commit() {
            if (bytes != null) {
                try {
                    committed = true;
                    return packs.append(bytes, (int) digests.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
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
            if (!committed && file != null) {
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
        Digests digests = new Digests(checksumAlgorithms);
        byte[] head = null;
        int headLength = 0;
        if (sizeHint >= 0 && sizeHint <= SMALL) {
            head = new byte[(int) sizeHint + 1];
            headLength = in.readNBytes(head, 0, head.length);
            if (headLength <= sizeHint) {
                digests.update(head, 0, headLength);
                return new Staged(head, digests);
            }
        }
        Path file = tmp.resolve(newId());
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            if (head != null) {
                digests.update(head, 0, headLength);
                out.write(head, 0, headLength);
            }
            byte[] buf = new byte[BUFFER];
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
                if (PackFiles.isPacked(id)) {
                    try (InputStream in = packs.open(id, 0, Long.MAX_VALUE)) {
                        byte[] b = in.readAllBytes();
                        digests.update(b, 0, b.length);
                        out.write(java.nio.ByteBuffer.wrap(b));
                    }
                    continue;
                }
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
        if (PackFiles.isPacked(id)) {
            return packs.open(id, offset, length);
        }
        FileChannel ch = FileChannel.open(path(id), StandardOpenOption.READ);
        return new RangeInputStream(ch, offset, length, true);
    }

    public void delete(String id) {
        if (id == null || PackFiles.isPacked(id)) {
            return; // pack space is reclaimed when a pack holds no live object (at start)
        }
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException ignored) {
            // removed by the next start's sweep
        }
    }

    /** Deletes blob files no version refers to (after a crash or a restart). */
    public void sweep(Collection<String> referenced) throws IOException {
        packs.sweep(referenced);
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

    public void close() throws IOException {
        packs.close();
    }

    public boolean exists(String id) {
        if (PackFiles.isPacked(id)) {
            return true;
        }
        try {
            return Files.exists(path(id));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
