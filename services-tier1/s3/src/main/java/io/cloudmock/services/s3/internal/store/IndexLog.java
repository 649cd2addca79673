package io.cloudmock.services.s3.internal.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import io.cloudmock.api.Struct;

/**
 * The durable index of buckets and object versions: an append-only log of length-prefixed records, replayed at
 * start and compacted into a fresh snapshot (written aside, then renamed). A record torn by a crash is ignored.
 */
final class IndexLog implements AutoCloseable {

    private final Path file;
    private DataOutputStream out;
    private FileOutputStream fileOut;

    IndexLog(Path file) {
        this.file = file;
    }

    /** Replays every complete record of the log. */
    void replay(Consumer<Struct> apply) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int len;
                try {
                    len = in.readInt();
                } catch (EOFException e) {
                    return;
                }
                byte[] record = in.readNBytes(len);
                if (record.length < len) {
                    return;
                }
                apply.accept((Struct) StructIO.read(new DataInputStream(new ByteArrayInputStream(record))));
            }
        }
    }

    /** Replaces the log with a snapshot written by {@code writer}, then opens it for appending. */
    void compact(Consumer<Consumer<Struct>> writer) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileOutputStream fos = new FileOutputStream(next.toFile());
             DataOutputStream snapshot = new DataOutputStream(new BufferedOutputStream(fos, 1 << 16))) {
            writer.accept(r -> {
                try {
                    frame(snapshot, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            snapshot.flush();
            fos.getFD().sync();
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        fileOut = new FileOutputStream(file.toFile(), true);
        out = new DataOutputStream(new BufferedOutputStream(fileOut, 1 << 16));
    }

    /** Appends one record and hands it to the operating system. */
    synchronized void append(Struct record) {
        if (out == null) {
            return;
        }
        try {
            frame(out, record);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void frame(DataOutputStream target, Struct record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        StructIO.write(new DataOutputStream(bytes), record);
        target.writeInt(bytes.size());
        bytes.writeTo((OutputStream) target);
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.flush();
            fileOut.getFD().sync();
            out.close();
            out = null;
        }
    }
}
