package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.expr.Expr.Path;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Reads, writes and removes values at document paths of an item; values are immutable, maps are rebuilt. */
public final class Paths {

    private static final String INVALID = "The document path provided in the update expression is invalid for update";

    private Paths() {
    }

    /** The value at {@code path}, or null when absent. */
    public static AttrValue get(Map<String, AttrValue> item, Path path) {
        AttrValue cur = item.get(path.top());
        for (int i = 1; i < path.elements().size() && cur != null; i++) {
            Object e = path.elements().get(i);
            if (e instanceof String key) {
                cur = cur.type() == AttrValue.Type.M ? cur.m().get(key) : null;
            } else {
                int idx = (Integer) e;
                cur = cur.type() == AttrValue.Type.L && idx < cur.l().size() ? cur.l().get(idx) : null;
            }
        }
        return cur;
    }

    /** Sets {@code path} in the mutable {@code item}; a list index past the end appends. */
    public static void set(Map<String, AttrValue> item, Path path, AttrValue value) {
        if (path.isTopLevel()) {
            item.put(path.top(), value);
            return;
        }
        AttrValue top = item.get(path.top());
        if (top == null) {
            throw new ExpressionException(INVALID);
        }
        item.put(path.top(), setIn(top, path.elements(), 1, value));
    }

    private static AttrValue setIn(AttrValue cur, List<Object> parts, int i, AttrValue value) {
        Object e = parts.get(i);
        boolean last = i == parts.size() - 1;
        if (e instanceof String key) {
            if (cur.type() != AttrValue.Type.M) {
                throw new ExpressionException(INVALID);
            }
            Map<String, AttrValue> m = new LinkedHashMap<>(cur.m());
            if (last) {
                m.put(key, value);
            } else {
                AttrValue child = m.get(key);
                if (child == null) {
                    throw new ExpressionException(INVALID);
                }
                m.put(key, setIn(child, parts, i + 1, value));
            }
            return AttrValue.m(m);
        }
        int idx = (Integer) e;
        if (cur.type() != AttrValue.Type.L) {
            throw new ExpressionException(INVALID);
        }
        List<AttrValue> l = new ArrayList<>(cur.l());
        if (last) {
            if (idx >= l.size()) {
                l.add(value);
            } else {
                l.set(idx, value);
            }
        } else {
            if (idx >= l.size()) {
                throw new ExpressionException(INVALID);
            }
            l.set(idx, setIn(l.get(idx), parts, i + 1, value));
        }
        return AttrValue.l(l);
    }

    /** Removes {@code path} from the mutable {@code item}; absent paths are ignored. */
    public static void remove(Map<String, AttrValue> item, Path path) {
        if (path.isTopLevel()) {
            item.remove(path.top());
            return;
        }
        AttrValue top = item.get(path.top());
        if (top != null) {
            AttrValue updated = removeIn(top, path.elements(), 1);
            if (updated != null) {
                item.put(path.top(), updated);
            }
        }
    }

    private static AttrValue removeIn(AttrValue cur, List<Object> parts, int i) {
        Object e = parts.get(i);
        boolean last = i == parts.size() - 1;
        if (e instanceof String key) {
            if (cur.type() != AttrValue.Type.M || !cur.m().containsKey(key)) {
                return null;
            }
            Map<String, AttrValue> m = new LinkedHashMap<>(cur.m());
            if (last) {
                m.remove(key);
            } else {
                AttrValue child = removeIn(m.get(key), parts, i + 1);
                if (child == null) {
                    return null;
                }
                m.put(key, child);
            }
            return AttrValue.m(m);
        }
        int idx = (Integer) e;
        if (cur.type() != AttrValue.Type.L || idx >= cur.l().size()) {
            return null;
        }
        List<AttrValue> l = new ArrayList<>(cur.l());
        if (last) {
            l.remove(idx);
        } else {
            AttrValue child = removeIn(l.get(idx), parts, i + 1);
            if (child == null) {
                return null;
            }
            l.set(idx, child);
        }
        return AttrValue.l(l);
    }
}
