package io.cloudmock.gateway.internal.protocol.rest;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated header lists: quoted items ({@code "a,b"}), and HTTP dates that contain a comma themselves. */
final class HeaderLists {

    private HeaderLists() {
    }

    /** Splits a header value into items; {@code httpDates} joins every two comma parts into one date. */
    static List<String> split(String value, boolean httpDates) {
        List<String> out = new ArrayList<>();
        if (httpDates) {
            String[] parts = value.split(",");
            for (int i = 0; i + 1 < parts.length; i += 2) {
                out.add((parts[i].trim() + ", " + parts[i + 1].trim()));
            }
            return out;
        }
        int i = 0;
        int n = value.length();
        while (i <= n) {
            while (i < n && value.charAt(i) == ' ') {
                i++;
            }
            if (i < n && value.charAt(i) == '"') {
                StringBuilder item = new StringBuilder();
                i++;
                while (i < n && value.charAt(i) != '"') {
                    char c = value.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = value.charAt(++i);
                    }
                    item.append(c);
                    i++;
                }
                out.add(item.toString());
                int comma = value.indexOf(',', i);
                if (comma < 0) {
                    break;
                }
                i = comma + 1;
            } else {
                int comma = value.indexOf(',', i);
                String item = (comma < 0 ? value.substring(i) : value.substring(i, comma)).trim();
                out.add(item);
                if (comma < 0) {
                    break;
                }
                i = comma + 1;
            }
        }
        return out;
    }

    /** Quotes an item that contains a comma or a double quote. */
    static String quoteIfNeeded(String item) {
        if (item.indexOf(',') < 0 && item.indexOf('"') < 0) {
            return item;
        }
        return '"' + item.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
