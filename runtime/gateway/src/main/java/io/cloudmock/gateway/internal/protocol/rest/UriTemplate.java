package io.cloudmock.gateway.internal.protocol.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.gateway.internal.http.FormEncoding;

/**
 * A parsed REST request URI template ({@code /{Bucket}/{Key+}?uploads}, {@code /v1/{Id}/tags?list-type=2}):
 * path segments made of literals and labels (a greedy label {@code {Key+}} spans slashes) and literal query
 * requirements. Matching splits the raw path once and compares segment by segment, no regular expressions.
 */
public final class UriTemplate {

    /** One path segment: {@code prefix{label}suffix}, or a literal when {@code label} is null. */
    private record Segment(String prefix, String label, String suffix, boolean greedy) {
        boolean literal() {
            return label == null;
        }
    }

    /** A literal query requirement: the key must be present, with {@code value} when not null. */
    private record QueryLiteral(String key, String value) {
    }

    private final String template;
    private final String method;
    private final List<Segment> segments;
    private final List<QueryLiteral> query;
    private final boolean trailingSlash;
    private final int literalSegments;
    private final boolean greedy;

    private UriTemplate(String method, String template) {
        this.template = template;
        this.method = method;
        int q = template.indexOf('?');
        String path = q < 0 ? template : template.substring(0, q);
        this.trailingSlash = path.length() > 1 && path.endsWith("/");
        this.segments = new ArrayList<>();
        int literals = 0;
        boolean g = false;
        for (String part : split(path)) {
            Segment s = segment(part);
            segments.add(s);
            literals += s.literal() ? 1 : 0;
            g |= s.greedy();
        }
        this.literalSegments = literals;
        this.greedy = g;
        this.query = new ArrayList<>();
        if (q >= 0) {
            for (String pair : template.substring(q + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    query.add(eq < 0 ? new QueryLiteral(FormEncoding.decodeComponent(pair), null)
                            : new QueryLiteral(FormEncoding.decodeComponent(pair.substring(0, eq)),
                            FormEncoding.decodeComponent(pair.substring(eq + 1))));
                }
            }
        }
    }

    public static UriTemplate parse(String method, String template) {
        return new UriTemplate(method, template == null || template.isEmpty() ? "/" : template);
    }

    private static Segment segment(String part) {
        int open = part.indexOf('{');
        int close = part.indexOf('}', open + 1);
        if (open < 0 || close < 0) {
            return new Segment(FormEncoding.decodePath(part), null, "", false);
        }
        String label = part.substring(open + 1, close);
        boolean greedy = label.endsWith("+");
        return new Segment(part.substring(0, open), greedy ? label.substring(0, label.length() - 1) : label,
                part.substring(close + 1), greedy);
    }

    /** Splits a path on '/' without the leading slash; an empty path gives no segments. */
    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int start = path.startsWith("/") ? 1 : 0;
        if (start >= path.length()) {
            return out;
        }
        int i = start;
        while (true) {
            int slash = path.indexOf('/', i);
            if (slash < 0) {
                out.add(path.substring(i));
                return out;
            }
            out.add(path.substring(i, slash));
            i = slash + 1;
        }
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    /**
     * Orders templates from most to least specific: more literal segments, then more query requirements,
     * then non-greedy before greedy, then more segments.
     */
    public static int bySpecificity(UriTemplate a, UriTemplate b) {
        if (a.literalSegments != b.literalSegments) {
            return b.literalSegments - a.literalSegments;
        }
        int qa = a.requiredQueryCount();
        int qb = b.requiredQueryCount();
        if (qa != qb) {
            return qb - qa;
        }
        if (a.greedy != b.greedy) {
            return a.greedy ? 1 : -1;
        }
        return b.segments.size() - a.segments.size();
    }

    private int requiredQueryCount() {
        int n = 0;
        for (QueryLiteral q : query) {
            n += "x-id".equals(q.key()) ? 0 : 1;
        }
        return n;
    }

    /**
     * Matches a request; returns the raw (still percent-encoded) label values, or null when it does not match.
     *
     * @param pathSegments the request path split by {@link #split}
     * @param queryParams  the decoded query parameters
     */
    public Map<String, String> match(String requestMethod, List<String> pathSegments,
                                     Map<String, List<String>> queryParams) {
        if (!method.equalsIgnoreCase(requestMethod) || !queryMatches(queryParams)) {
            return null;
        }
        int n = pathSegments.size();
        // "/bucket/" is "/bucket" for a template without a trailing slash
        if (n > 0 && pathSegments.get(n - 1).isEmpty() && !trailingSlash && n > segments.size()) {
            n--;
        }
        String[] values = null;
        int si = 0;
        int pi = 0;
        while (si < segments.size()) {
            Segment s = segments.get(si);
            if (pi >= n) {
                return null;
            }
            if (s.greedy()) {
                int after = segments.size() - si - 1;
                int end = n - after;
                if (end <= pi) {
                    return null;
                }
                String joined = String.join("/", pathSegments.subList(pi, end));
                if (!joined.startsWith(s.prefix()) || !joined.endsWith(s.suffix())
                        || joined.length() <= s.prefix().length() + s.suffix().length()) {
                    return null;
                }
                values = put(values, si, joined.substring(s.prefix().length(), joined.length() - s.suffix().length()));
                pi = end;
                si++;
                continue;
            }
            String raw = pathSegments.get(pi);
            if (s.literal()) {
                if (!s.prefix().equals(raw) && !s.prefix().equals(FormEncoding.decodePath(raw))) {
                    return null;
                }
            } else {
                if (!raw.startsWith(s.prefix()) || !raw.endsWith(s.suffix())
                        || raw.length() <= s.prefix().length() + s.suffix().length()) {
                    return null;
                }
                values = put(values, si, raw.substring(s.prefix().length(), raw.length() - s.suffix().length()));
            }
            si++;
            pi++;
        }
        if (pi != n) {
            return null;
        }
        if (values == null) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>(4);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                labels.put(segments.get(i).label(), values[i]);
            }
        }
        return labels;
    }

    private String[] put(String[] values, int index, String value) {
        String[] v = values == null ? new String[segments.size()] : values;
        v[index] = value;
        return v;
    }

    private boolean queryMatches(Map<String, List<String>> params) {
        for (QueryLiteral q : query) {
            List<String> values = params.get(q.key());
            if ("x-id".equals(q.key())) {
                // SDKs add ?x-id=Op to disambiguate; clients that omit it still match
                if (values != null && q.value() != null && !values.contains(q.value())) {
                    return false;
                }
                continue;
            }
            if (values == null || (q.value() != null && !values.contains(q.value()))) {
                return false;
            }
        }
        return true;
    }

    /** The query keys the template requires literally (not members of the input). */
    public boolean isLiteralQueryKey(String key) {
        for (QueryLiteral q : query) {
            if (q.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
