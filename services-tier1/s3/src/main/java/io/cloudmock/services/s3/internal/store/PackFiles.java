package io.cloudmock.services.s3.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Small objects appended to shared pack files ({@code packs/pack-N}) instead of one file each: creating a file
 * costs a directory update, appending costs one write. Ids are {@code p<pack>.<offset>.<length>}. The bytes are
 * written before the index refers to them, so a crash leaves at most unreferenced bytes. Packs that hold no
 * live object are deleted at the next start.
 */
final class PackFiles implements AutoCloseable {

    static final long MAX_PACK = 64L * 1024 * 1024;

    private final Path dir;
    private final Map<Integer, FileChannel> channels = new ConcurrentHashMap<>();
    private int current;
    private long position;

    PackFiles(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        int max = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                max = Math.max(max, number(p));
            }
        }
        this.current = max + 1;
    }

    static boolean isPacked(String id) {
        return id.startsWith("p");
    }

    /** Appends bytes and returns their id. */
    synchronized String append(byte[] data, int length) throws IOException {
        if (position > 0 && position + length > MAX_PACK) {
            current++;
            position = 0;
        }
        FileChannel ch = channel(current);
        ByteBuffer buf = ByteBuffer.wrap(data, 0, length);
        long at = position;
        while (buf.hasRemaining()) {
            at += ch.write(buf, at);
        }
        String id = "p" + current + "." + position + "." + length;
        position = at;
        return id;
    }

    InputStream open(String id, long offset, long length) throws IOException {
        String[] parts = id.substring(1).split("\\.");
        long start = Long.parseLong(parts[1]);
        long size = Long.parseLong(parts[2]);
        return new RangeInputStream(channel(Integer.parseInt(parts[0])), start + offset,
                Math.min(length, size - offset), false);
    }

    /** Deletes packs no referenced id points into. */
    void sweep(Collection<String> referenced) throws IOException {
        Set<Integer> live = new HashSet<>();
        for (String id : referenced) {
            if (isPacked(id)) {
                live.add(Integer.parseInt(id.substring(1, id.indexOf('.'))));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                int n = number(p);
                if (n > 0 && n != current && !live.contains(n)) {
                    FileChannel ch = channels.remove(n);
                    if (ch != null) {
                        ch.close();
                    }
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private FileChannel channel(int n) {
        return channels.computeIfAbsent(n, k -> {
            try {
                return FileChannel.open(dir.resolve("pack-" + k), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int number(Path p) {
        String name = p.getFileName().toString();
        try {
            return name.startsWith("pack-") ? Integer.parseInt(name.substring(5)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        for (FileChannel ch : channels.values()) {
            ch.force(false);
            ch.close();
        }
        channels.clear();
    }
}
