package io.cloudmock.services.s3.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;

/** Object and bucket tags: the {@code x-amz-tagging} header form, TagSet lists and S3's limits. */
final class Tags {

    private Tags() {
    }

    /** Parses {@code k1=v1&k2=v2}. */
    static Map<String, String> fromHeader(String header) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (header == null || header.isEmpty()) {
            return tags;
        }
        for (String pair : header.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            tags.put(k, v);
        }
        return tags;
    }

    static Map<String, String> fromTagSet(List<Object> tagSet) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Object o : tagSet) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) o;
            String key = String.valueOf(t.get("Key"));
            if (tags.containsKey(key)) {
                throw S3Errors.invalidTag("Cannot provide multiple Tags with the same key");
            }
            tags.put(key, t.get("Value") == null ? "" : String.valueOf(t.get("Value")));
        }
        return tags;
    }

    static List<Object> toTagSet(Map<String, String> tags) {
        List<Object> out = new ArrayList<>();
        tags.forEach((k, v) -> out.add(Struct.of("Key", k, "Value", v)));
        return out;
    }

    static void validate(Map<String, String> tags) {
        if (tags.size() > 50) {
            throw S3Errors.invalidTag("Object tags cannot be greater than 10");
        }
        for (Map.Entry<String, String> t : tags.entrySet()) {
            if (t.getKey().isEmpty() || t.getKey().length() > 128) {
                throw S3Errors.invalidTag("The TagKey you have provided is invalid");
            }
            if (t.getValue().length() > 256) {
                throw S3Errors.invalidTag("The TagValue you have provided is invalid");
            }
        }
    }

    static void validateObjectTags(Map<String, String> tags) {
        if (tags.size() > 10) {
            throw S3Errors.invalidTag("Object tags cannot be greater than 10");
        }
        validate(tags);
    }
}
