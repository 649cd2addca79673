package io.cloudmock.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client for load generation: one socket, a pre-built request, responses read by
 * Content-Length. Costs far less CPU than a general client, so the figures measure the server.
 */
public final class KeepAliveClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;

    public KeepAliveClient(int port, byte[] request) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 16_384);
        this.request = request;
    }

    /** A POST with the given headers and body, ready to send repeatedly. */
    public static byte[] post(String path, String body, String... headers) {
        StringBuilder sb = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            sb.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        sb.append("Content-Length: ").append(b.length).append("\r\n\r\n").append(body);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the request and reads the whole response; returns the status code. */
    public int call() throws IOException {
        return exchange(request, null);
    }

    /** Sends another request on this connection; returns the response body (UTF-8). */
    public String call(byte[] other) throws IOException {
        StringBuilder body = new StringBuilder();
        int status = exchange(other, body);
        if (status != 200) {
            throw new IOException("status " + status + ": " + body);
        }
        return body.toString();
    }

    private int exchange(byte[] requestBytes, StringBuilder body) throws IOException {
        out.write(requestBytes);
        out.flush();
        int status = -1;
        long length = 0;
        StringBuilder line = new StringBuilder();
        boolean first = true;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c == '\n') {
                String l = line.toString().trim();
                line.setLength(0);
                if (l.isEmpty()) {
                    break;
                }
                if (first) {
                    status = Integer.parseInt(l.substring(9, 12));
                    first = false;
                } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Long.parseLong(l.substring(15).trim());
                }
            } else {
                line.append((char) c);
            }
        }
        if (body == null) {
            in.skipNBytes(length);
        } else {
            body.append(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
