package io.cloudmock.services.s3.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A byte range of an open file (its own, or a shared pack), read with positional reads; transfers with a large buffer. */
final class RangeInputStream extends InputStream {

    private final FileChannel channel;
    private long position;
    private long remaining;
    private final boolean ownsChannel;

    RangeInputStream(FileChannel channel, long offset, long length, boolean ownsChannel) {
        this.channel = channel;
        this.position = offset;
        this.remaining = length;
        this.ownsChannel = ownsChannel;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, remaining)), position);
        if (n < 0) {
            remaining = 0;
            return -1;
        }
        position += n;
        remaining -= n;
        return n;
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        byte[] buf = new byte[(int) Math.max(1, Math.min(BlobStore.BUFFER, remaining))];
        long total = 0;
        int n;
        while ((n = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    @Override
    public void close() throws IOException {
        remaining = 0;
        if (ownsChannel) {
            channel.close();
        }
    }
}
