package io.cloudmock.gateway.internal.protocol.smithy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The committed list of Smithy protocol test cases the codecs do not pass yet, one per line:
 * {@code protocol/direction/caseId  reason}. A listed case that starts passing fails the build, so the list
 * only shrinks.
 */
final class KnownFailures {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    static KnownFailures load(String resource) {
        KnownFailures k = new KnownFailures();
        var in = KnownFailures.class.getResourceAsStream(resource);
        if (in == null) {
            return k;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                k.reasons.put(space < 0 ? line : line.substring(0, space),
                        space < 0 ? "" : line.substring(space).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return k;
    }

    boolean contains(String key) {
        return reasons.containsKey(key);
    }

    String reason(String key) {
        return reasons.get(key);
    }
}
