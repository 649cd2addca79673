package io.cloudmock.services.dynamodb.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** A key schema: partition (hash) attribute and optional sort (range) attribute, with their types (S, N, B). */
public record KeyDef(String hash, String hashType, String range, String rangeType) {

    public boolean hasRange() {
        return range != null;
    }

    public boolean isKey(String attribute) {
        return attribute.equals(hash) || attribute.equals(range);
    }

    /** The key of an item under this schema, or null when the item lacks a key attribute or has the wrong type. */
    public IKey keyOf(Map<String, AttrValue> item, IKey base) {
        AttrValue h = item.get(hash);
        if (h == null || !h.type().name().equals(hashType)) {
            return null;
        }
        AttrValue r = null;
        if (range != null) {
            r = item.get(range);
            if (r == null || !r.type().name().equals(rangeType)) {
                return null;
            }
        }
        return new IKey(h, r, base, 0);
    }

    /** The key attributes of an item, as a map. */
    public Map<String, AttrValue> keyAttributes(Map<String, AttrValue> item) {
        Map<String, AttrValue> out = new LinkedHashMap<>();
        if (item.containsKey(hash)) {
            out.put(hash, item.get(hash));
        }
        if (range != null && item.containsKey(range)) {
            out.put(range, item.get(range));
        }
        return out;
    }
}
