package io.cloudmock.services.dynamodb.internal.model;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.model.AttrValue.Type;

/**
 * A compact binary form of items: stored items are kept as these bytes (a few bytes of overhead per attribute
 * instead of an object graph) and written as is to the data log.
 */
public final class ItemCodec {

    private ItemCodec() {
    }

    public static byte[] encode(Map<String, AttrValue> item) {
        Out out = new Out(64 + item.size() * 24);
        out.varint(item.size());
        for (Map.Entry<String, AttrValue> e : item.entrySet()) {
            out.string(e.getKey());
            write(out, e.getValue());
        }
        return out.toByteArray();
    }

    public static Map<String, AttrValue> decode(byte[] bytes) {
        In in = new In(bytes);
        return readMap(in);
    }

    private static Map<String, AttrValue> readMap(In in) {
        int n = in.varint();
        Map<String, AttrValue> m = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            String k = in.string();
            m.put(k, read(in));
        }
        return m;
    }

    private static void write(Out out, AttrValue v) {
        out.write(v.type().ordinal());
        switch (v.type()) {
            case S -> out.string(v.s());
            case N -> out.string(Numbers.format(v.n()));
            case B -> out.bytes(v.b());
            case BOOL -> out.write(v.bool() ? 1 : 0);
            case NULL -> { }
            case SS, NS, BS -> {
                out.varint(v.elements().size());
                for (Object o : v.elements()) {
                    if (o instanceof byte[] b) {
                        out.bytes(b);
                    } else if (o instanceof BigDecimal d) {
                        out.string(Numbers.format(d));
                    } else {
                        out.string((String) o);
                    }
                }
            }
            case M -> {
                out.varint(v.m().size());
                v.m().forEach((k, x) -> {
                    out.string(k);
                    write(out, x);
                });
            }
            case L -> {
                out.varint(v.l().size());
                v.l().forEach(x -> write(out, x));
            }
        }
    }

    private static AttrValue read(In in) {
        Type t = Type.values()[in.read()];
        switch (t) {
            case S: return AttrValue.s(in.string());
            case N: return AttrValue.n(new BigDecimal(in.string()));
            case B: return AttrValue.b(in.bytes());
            case BOOL: return AttrValue.bool(in.read() == 1);
            case NULL: return AttrValue.NULL;
            case SS: case NS: case BS: {
                int n = in.varint();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(t == Type.BS ? in.bytes() : t == Type.NS ? new BigDecimal(in.string()) : in.string());
                }
                return AttrValue.set(t, l);
            }
            case M: return AttrValue.m(readMap(in));
            case L: {
                int n = in.varint();
                List<AttrValue> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(read(in));
                }
                return AttrValue.l(l);
            }
            default: throw new IllegalStateException();
        }
    }

    /** A growable byte buffer with varints and length-prefixed strings. */
    public static final class Out extends ByteArrayOutputStream {
        public Out(int size) {
            super(size);
        }

        public void varint(int v) {
            while ((v & ~0x7F) != 0) {
                write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        public void bytes(byte[] b) {
            varint(b.length);
            write(b, 0, b.length);
        }

        public void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads what {@link Out} wrote. */
    public static final class In {
        private final byte[] buf;
        private int pos;

        public In(byte[] buf) {
            this.buf = buf;
        }

        public int read() {
            return buf[pos++] & 0xFF;
        }

        public int varint() {
            int v = 0;
            int shift = 0;
            int b;
            do {
                b = read();
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return v;
        }

        public byte[] bytes() {
            int n = varint();
            byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        public String string() {
            int n = varint();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
