package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudmock.services.dynamodb.internal.expr.Expr.Path;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Applies a projection (document paths) to an item: nested maps keep the named keys, lists the named indexes. */
public final class Projector {

    private Projector() {
    }

    public static Map<String, AttrValue> project(Map<String, AttrValue> item, List<Path> paths) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Path p : paths) {
            AttrValue v = Paths.get(item, p);
            if (v != null) {
                insert(tree, p.elements(), 0, v);
            }
        }
        Map<String, AttrValue> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, build(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void insert(Object node, List<Object> parts, int i, AttrValue v) {
        Object key = parts.get(i);
        Map<Object, Object> m = (Map<Object, Object>) node;
        if (i == parts.size() - 1) {
            m.put(key, v);
            return;
        }
        Object child = m.get(key);
        if (child == null || child instanceof AttrValue) {
            child = parts.get(i + 1) instanceof Integer ? new TreeMap<Integer, Object>() : new LinkedHashMap<>();
            m.put(key, child);
        }
        insert(child, parts, i + 1, v);
    }

    @SuppressWarnings("unchecked")
    private static AttrValue build(Object node) {
        if (node instanceof AttrValue v) {
            return v;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttrValue> l = new ArrayList<>();
            list.values().forEach(x -> l.add(build(x)));
            return AttrValue.l(l);
        }
        Map<String, AttrValue> m = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, x) -> m.put(k, build(x)));
        return AttrValue.m(m);
    }
}
