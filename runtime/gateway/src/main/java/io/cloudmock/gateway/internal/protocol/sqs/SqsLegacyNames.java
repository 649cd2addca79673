package io.cloudmock.gateway.internal.protocol.sqs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the parameters of SQS's legacy query API (flattened lists and maps: {@code AttributeName.1},
 * {@code Attribute.1.Name}, {@code MessageAttribute.1.Value.StringValue}, {@code SendMessageBatchRequestEntry.1.Id})
 * to the keys the generic query reader expects for the JSON model's flattened shapes ({@code AttributeNames.1},
 * {@code Attributes.1.key}, {@code Entries.1.Id}, ...).
 */
final class SqsLegacyNames {

    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\.(\\d+)(?:\\.(.*))?$");

    /** Flattened list name -> model member. */
    private static final Map<String, String> LISTS = Map.of("AttributeName", "AttributeNames",
            "MessageSystemAttributeName", "MessageSystemAttributeNames", "MessageAttributeName", "MessageAttributeNames",
            "TagKey", "TagKeys");

    /** Flattened map name -> {model member, legacy key name, legacy value name}. */
    private static final Map<String, String[]> MAPS = Map.of("Attribute", new String[] {"Attributes", "Name", "Value"},
            "MessageAttribute", new String[] {"MessageAttributes", "Name", "Value"},
            "MessageSystemAttribute", new String[] {"MessageSystemAttributes", "Name", "Value"},
            "Tag", new String[] {"Tags", "Key", "Value"});

    private static final List<String> ENTRIES = List.of("SendMessageBatchRequestEntry",
            "DeleteMessageBatchRequestEntry", "ChangeMessageVisibilityBatchRequestEntry");

    private SqsLegacyNames() {
    }

    static Map<String, List<String>> translate(Map<String, List<String>> params, String operation) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.merge(rename(k, operation), v, (a, b) -> a));
        return out;
    }

    private static String rename(String key, String operation) {
        Matcher m = INDEXED.matcher(key);
        if (!m.matches()) {
            return key;
        }
        String name = m.group(1);
        String index = m.group(2);
        String rest = m.group(3);
        if (ENTRIES.contains(name) && rest != null) {
            return "Entries." + index + "." + rename(rest, operation);
        }
        if (LISTS.containsKey(name) && rest == null) {
            return LISTS.get(name) + "." + index;
        }
        String[] map = MAPS.get(name);
        if (map != null && rest != null) {
            String member = name.equals("Tag") && "CreateQueue".equals(operation) ? "tags" : map[0];
            String prefix = member + "." + index + ".";
            if (rest.equals(map[1])) {
                return prefix + "key";
            }
            if (rest.equals(map[2]) || rest.startsWith(map[2] + ".")) {
                return prefix + "value" + rest.substring(map[2].length());
            }
        }
        return key;
    }
}
