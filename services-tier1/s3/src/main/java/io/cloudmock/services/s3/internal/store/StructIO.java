package io.cloudmock.services.s3.internal.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;

/** A compact binary form of value trees (maps, lists, strings, numbers, booleans, instants, bytes) for the index. */
final class StructIO {

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LONG = 2;
    private static final int INT = 3;
    private static final int BOOL = 4;
    private static final int INSTANT = 5;
    private static final int LIST = 6;
    private static final int MAP = 7;
    private static final int BYTES = 8;
    private static final int DOUBLE = 9;

    private StructIO() {
    }

    static void write(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            bytes(out, s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOL);
            out.writeBoolean(b);
        } else if (v instanceof Instant t) {
            out.writeByte(INSTANT);
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        } else if (v instanceof byte[] b) {
            out.writeByte(BYTES);
            bytes(out, b);
        } else if (v instanceof Number n) {
            out.writeByte(DOUBLE);
            out.writeDouble(n.doubleValue());
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte(MAP);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                bytes(out, String.valueOf(e.getKey()).getBytes(StandardCharsets.UTF_8));
                write(out, e.getValue());
            }
        } else if (v instanceof List<?> l) {
            out.writeByte(LIST);
            out.writeInt(l.size());
            for (Object o : l) {
                write(out, o);
            }
        } else {
            out.writeByte(STRING);
            bytes(out, v.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static Object read(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return new String(bytes(in), StandardCharsets.UTF_8);
            case LONG:
                return in.readLong();
            case INT:
                return in.readInt();
            case BOOL:
                return in.readBoolean();
            case INSTANT:
                return Instant.ofEpochSecond(in.readLong(), in.readInt());
            case BYTES:
                return bytes(in);
            case DOUBLE:
                return in.readDouble();
            case MAP: {
                int n = in.readInt();
                Struct s = new Struct();
                for (int i = 0; i < n; i++) {
                    String k = new String(bytes(in), StandardCharsets.UTF_8);
                    s.put(k, read(in));
                }
                return s;
            }
            case LIST: {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(read(in));
                }
                return l;
            }
            default:
                throw new IOException("corrupt index record (type " + type + ")");
        }
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 * 1024 * 1024) {
            throw new IOException("corrupt index record (length " + n + ")");
        }
        return in.readNBytes(n);
    }
}
