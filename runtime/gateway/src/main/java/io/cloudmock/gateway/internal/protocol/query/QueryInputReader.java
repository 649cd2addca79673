package io.cloudmock.gateway.internal.protocol.query;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Reads flattened query parameters ({@code Attribute.1.Name=x}) into the value tree of a shape. The
 * {@code query} and {@code ec2} protocols differ only in how member and list keys are named, which
 * {@link Naming} captures.
 */
public final class QueryInputReader {

    /** How the two query dialects name keys. */
    public interface Naming {
        /** The key of a structure member. */
        String memberKey(Member member, String memberName);

        /** The key prefix of a list's items ({@code Prefix.member} or {@code Prefix}). */
        String listItemsPrefix(String prefix, Member structMember, Shape list);

        /** The key prefix of a map's entries. */
        String mapEntriesPrefix(String prefix, Member structMember, Shape map);
    }

    /** The {@code query} protocol's naming. */
    public static final Naming QUERY = new Naming() {
        @Override
        public String memberKey(Member member, String memberName) {
            return member.locationName() != null ? member.locationName() : memberName;
        }

        @Override
        public String listItemsPrefix(String prefix, Member structMember, Shape list) {
            boolean flat = list.flattened() || (structMember != null && structMember.flattened());
            if (flat) {
                // botocore: the list member's locationName replaces the last key component
                String item = list.member().locationName();
                if (item == null) {
                    return prefix;
                }
                int dot = prefix.lastIndexOf('.');
                return dot < 0 ? item : prefix.substring(0, dot + 1) + item;
            }
            String item = list.member().locationName() != null ? list.member().locationName() : "member";
            return prefix + "." + item;
        }

        @Override
        public String mapEntriesPrefix(String prefix, Member structMember, Shape map) {
            boolean flat = map.flattened() || (structMember != null && structMember.flattened());
            return flat ? prefix : prefix + ".entry";
        }
    };

    private final Map<String, List<String>> params;
    private final Naming naming;
    private final ServiceModel model;

    public QueryInputReader(Map<String, List<String>> params, Naming naming, ServiceModel model) {
        this.params = params;
        this.naming = naming;
        this.model = model;
    }

    public Struct readStruct(Shape shape, String prefix) {
        Struct out = new Struct();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            String key = join(prefix, naming.memberKey(m, e.getKey()));
            Object v = read(model.target(m), m, key);
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private Object read(Shape shape, Member ref, String key) {
        switch (shape.type()) {
            case STRUCTURE: {
                if (!hasPrefix(key + ".")) {
                    return null;
                }
                return readStruct(shape, key);
            }
            case LIST: {
                String itemsPrefix = naming.listItemsPrefix(key, ref, shape);
                if (!hasPrefix(itemsPrefix + ".")) {
                    // "Prefix=" (empty) is how the query protocol sends an empty list
                    return params.containsKey(key) ? new ArrayList<>() : null;
                }
                List<Object> list = new ArrayList<>();
                for (int i : indexes(itemsPrefix + ".")) {
                    Object item = read(model.target(shape.member()), shape.member(), itemsPrefix + "." + i);
                    list.add(item);
                }
                return list;
            }
            case MAP: {
                String entries = naming.mapEntriesPrefix(key, ref, shape);
                if (!hasPrefix(entries + ".")) {
                    // "Prefix=" (empty) is an empty map
                    return params.containsKey(key) ? new LinkedHashMap<>() : null;
                }
                String keyName = shape.key().locationName() != null ? shape.key().locationName() : "key";
                String valueName = shape.value().locationName() != null ? shape.value().locationName() : "value";
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i : indexes(entries + ".")) {
                    String k = first(entries + "." + i + "." + keyName);
                    if (k != null) {
                        map.put(k, read(model.target(shape.value()), shape.value(), entries + "." + i + "." + valueName));
                    }
                }
                return map;
            }
            default: {
                String v = first(key);
                return v == null ? null : scalar(shape, ref, v, key);
            }
        }
    }

    static Object scalar(Shape shape, Member ref, String v, String key) {
        try {
            return switch (shape.type()) {
                case INTEGER -> Integer.valueOf(v.trim());
                case LONG -> Long.valueOf(v.trim());
                case FLOAT -> Float.valueOf(v.trim());
                case DOUBLE -> Double.valueOf(v.trim());
                case BOOLEAN -> parseBoolean(v, key);
                case TIMESTAMP -> Timestamps.parse(v);
                case BLOB -> Base64.getDecoder().decode(v);
                default -> v;
            };
        } catch (IllegalArgumentException e) {
            throw invalid(key, v, shape);
        }
    }

    private static Boolean parseBoolean(String v, String key) {
        if ("true".equalsIgnoreCase(v)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(v)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(key);
    }

    private static AwsException invalid(String key, String v, Shape shape) {
        return CommonErrors.invalidParameterValue("Value (" + v + ") for parameter " + key + " is invalid. Expected "
                + shape.type().name().toLowerCase() + ".");
    }

    private boolean hasPrefix(String prefix) {
        for (String k : params.keySet()) {
            if (k.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The numeric indexes that follow {@code prefix}, in numeric order. */
    private Iterable<Integer> indexes(String prefix) {
        TreeMap<Integer, Boolean> found = new TreeMap<>();
        for (String k : params.keySet()) {
            if (k.startsWith(prefix)) {
                String rest = k.substring(prefix.length());
                int end = rest.indexOf('.');
                String n = end < 0 ? rest : rest.substring(0, end);
                try {
                    found.put(Integer.parseInt(n), Boolean.TRUE);
                } catch (NumberFormatException e) {
                    // not an index: a malformed key, ignored as AWS does
                }
            }
        }
        return found.keySet();
    }

    private String first(String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
