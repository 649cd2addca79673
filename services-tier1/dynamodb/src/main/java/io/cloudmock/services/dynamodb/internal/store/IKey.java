package io.cloudmock.services.dynamodb.internal.store;

import java.util.Comparator;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/**
 * A sortable key of a table or index entry: partition value, sort value (null without a sort key), the base table
 * key for index entries, and a bound marker (-1 before / +1 after every entry with the same prefix, 0 for entries)
 * used to express Query ranges as sub-maps.
 */
public record IKey(AttrValue hash, AttrValue range, IKey base, int bound) {

    public static final Comparator<IKey> ORDER = IKey::compare;

    /** Bound before (-1) or after (+1) every entry of a partition. */
    public static IKey partitionBound(AttrValue hash, int bound) {
        return new IKey(hash, null, null, bound);
    }

    private static int compare(IKey a, IKey b) {
        int c = a.hash.compareTo(b.hash);
        if (c != 0) {
            return c;
        }
        boolean aPart = a.range == null && a.bound != 0;
        boolean bPart = b.range == null && b.bound != 0;
        if (aPart || bPart) {
            if (aPart && bPart) {
                return Integer.compare(a.bound, b.bound);
            }
            return aPart ? a.bound : -b.bound;
        }
        if (a.range != null && b.range != null) {
            c = a.range.compareTo(b.range);
            if (c != 0) {
                return c;
            }
        }
        if (a.bound != 0 || b.bound != 0) {
            return Integer.compare(a.bound, b.bound);
        }
        if (a.base != null && b.base != null) {
            return compare(a.base, b.base);
        }
        return 0;
    }
}
