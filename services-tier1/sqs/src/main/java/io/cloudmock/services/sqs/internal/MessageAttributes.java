package io.cloudmock.services.sqs.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudmock.api.Struct;

/** Message attribute values: validation, the MD5 digests exactly as SQS computes them, name filters. */
final class MessageAttributes {

    /** One attribute value: {@code DataType} plus either a string or a binary value. */
    record Value(String dataType, String stringValue, byte[] binaryValue) {
        Struct toStruct() {
            return Struct.of("StringValue", stringValue, "BinaryValue", binaryValue, "DataType", dataType);
        }

        boolean binary() {
            return dataType.startsWith("Binary");
        }
    }

    private MessageAttributes() {
    }

    /** Reads and validates {@code MessageAttributes} of an input. */
    static Map<String, Value> read(Map<String, Object> input, boolean system) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (input.size() > 10) {
            throw SqsErrors.invalidParameterValue("Number of message attributes [" + input.size()
                    + "] exceeds the allowed maximum [10].");
        }
        for (Map.Entry<String, Object> e : input.entrySet()) {
            String name = e.getKey();
            Struct v = e.getValue() instanceof Struct s ? s : new Struct(cast(e.getValue()));
            String type = v.string("DataType");
            if (type == null || type.isEmpty()) {
                throw SqsErrors.invalidParameterValue("The message attribute '" + name
                        + "' must contain non-empty message attribute type.");
            }
            if (!system && !(type.startsWith("String") || type.startsWith("Number") || type.startsWith("Binary"))) {
                throw SqsErrors.invalidParameterValue("The type of message (user) attribute '" + name
                        + "' is invalid. You must use only the following supported type prefixes: Binary, Number, "
                        + "String.");
            }
            if (type.startsWith("Binary")) {
                byte[] b = v.get("BinaryValue") instanceof byte[] bytes ? bytes : null;
                if (b == null || b.length == 0) {
                    throw emptyValue(name, type);
                }
                out.put(name, new Value(type, null, b));
            } else {
                String s = v.string("StringValue");
                if (s == null || s.isEmpty()) {
                    throw emptyValue(name, type);
                }
                if (type.startsWith("Number")) {
                    try {
                        new java.math.BigDecimal(s.trim());
                    } catch (NumberFormatException ex) {
                        throw SqsErrors.invalidParameterValue("Can't cast the value of message (user) attribute '"
                                + name + "' to a number.");
                    }
                }
                out.put(name, new Value(type, s, null));
            }
        }
        return out;
    }

    private static RuntimeException emptyValue(String name, String type) {
        return SqsErrors.invalidParameterValue("The message (user) attribute '" + name
                + "' must contain a non-empty value of message attribute type '" + type + "'.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    /** Bytes the attributes count towards the maximum message size. */
    static int size(Map<String, Value> attributes) {
        int n = 0;
        for (Map.Entry<String, Value> e : attributes.entrySet()) {
            Value v = e.getValue();
            n += utf8(e.getKey()).length + utf8(v.dataType()).length
                    + (v.binaryValue() != null ? v.binaryValue().length : utf8(v.stringValue()).length);
        }
        return n;
    }

    /**
     * MD5 of message attributes as SQS computes it: for each attribute sorted by name, the length-prefixed
     * (4 bytes, big endian) name, data type, a transport byte (1 string, 2 binary) and the length-prefixed value.
     */
    static String md5(Map<String, Value> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        MessageDigest md = digest();
        for (Map.Entry<String, Value> e : new TreeMap<>(attributes).entrySet()) {
            Value v = e.getValue();
            lengthPrefixed(md, utf8(e.getKey()));
            lengthPrefixed(md, utf8(v.dataType()));
            if (v.binaryValue() != null) {
                md.update((byte) 2);
                lengthPrefixed(md, v.binaryValue());
            } else {
                md.update((byte) 1);
                lengthPrefixed(md, utf8(v.stringValue()));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String md5Hex(String body) {
        return HexFormat.of().formatHex(digest().digest(utf8(body)));
    }

    private static void lengthPrefixed(MessageDigest md, byte[] bytes) {
        md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attributes whose names a receive asked for ({@code All}, {@code .*}, {@code prefix.*} or exact). */
    static Map<String, Value> select(Map<String, Value> attributes, List<String> names) {
        if (names.isEmpty() || attributes.isEmpty()) {
            return Map.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String n : names) {
            if (n.equals("All") || n.equals(".*")) {
                return attributes;
            }
            if (n.endsWith(".*")) {
                prefixes.add(n.substring(0, n.length() - 1));
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (names.contains(k) || prefixes.stream().anyMatch(k::startsWith)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The value tree of attributes for an output. */
    static Map<String, Object> toOutput(Map<String, Value> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, v.toStruct()));
        return out;
    }
}
