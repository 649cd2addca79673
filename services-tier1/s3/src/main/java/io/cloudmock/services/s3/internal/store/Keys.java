package io.cloudmock.services.s3.internal.store;

import java.util.Comparator;

/** S3 orders keys by their UTF-8 bytes, which is code point order (not Java's UTF-16 order). */
public final class Keys {

    public static final Comparator<String> ORDER = Keys::compare;

    private Keys() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
