package io.cloudmock.services.sns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmock.api.AwsException;

/** Filter policy evaluation, table-driven: policy, attributes (name=Type:value;...), expected match. */
class FilterPolicyTest {

    private static Map<String, String[]> attrs(String spec) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String a : spec.split(";")) {
                String[] kv = a.split("=", 2);
                String[] tv = kv[1].split(":", 2);
                out.put(kv[0], new String[] {tv[0], tv[1]});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"c\":[\"red\"]}                                   | c=String:red                 | true",
        "{\"c\":[\"red\"]}                                   | c=String:blue                | false",
        "{\"c\":[\"red\"]}                                   |                              | false",
        "{\"c\":[\"red\",\"blue\"]}                          | c=String:blue                | true",
        "{\"c\":[{\"prefix\":\"re\"}]}                       | c=String:red                 | true",
        "{\"c\":[{\"suffix\":\"ed\"}]}                       | c=String:red                 | true",
        "{\"c\":[{\"equals-ignore-case\":\"RED\"}]}          | c=String:red                 | true",
        "{\"c\":[{\"anything-but\":\"red\"}]}                | c=String:blue                | true",
        "{\"c\":[{\"anything-but\":[\"red\",\"blue\"]}]}     | c=String:blue                | false",
        "{\"c\":[{\"anything-but\":\"red\"}]}                |                              | false",
        "{\"c\":[{\"anything-but\":{\"prefix\":\"r\"}}]}     | c=String:rose                | false",
        "{\"n\":[{\"numeric\":[\">\",0,\"<=\",5]}]}          | n=Number:5                   | true",
        "{\"n\":[{\"numeric\":[\">\",0,\"<=\",5]}]}          | n=Number:5.5                 | false",
        "{\"n\":[{\"numeric\":[\"=\",3]}]}                   | n=Number:3.0                 | true",
        "{\"n\":[3]}                                         | n=Number:3                   | true",
        "{\"n\":[3]}                                         | n=String:3                   | false",
        "{\"x\":[{\"exists\":true}]}                         | x=String:a                   | true",
        "{\"x\":[{\"exists\":false}]}                        | x=String:a                   | false",
        "{\"x\":[{\"exists\":false}]}                        |                              | true",
        "{\"t\":[\"b\"]}                                     | t=String.Array:[\"a\",\"b\"] | true",
        "{\"t\":[\"c\"]}                                     | t=String.Array:[\"a\",\"b\"] | false",
        "{\"c\":[\"red\"],\"n\":[{\"numeric\":[\">\",1]}]}   | c=String:red;n=Number:0      | false",
        "{\"$or\":[{\"c\":[\"red\"]},{\"n\":[1]}]}           | n=Number:1                   | true",
        "{\"c\":[{\"wildcard\":\"r*d\"}]}                    | c=String:reed                | true",
    })
    void attributePolicies(String policy, String attributes, boolean expected) {
        assertEquals(expected, FilterPolicy.parse(policy, false).matches(attrs(attributes), "ignored"));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":{\"b\":[\"x\"]}}               | {\"a\":{\"b\":\"x\"}}       | true",
        "{\"a\":{\"b\":[\"x\"]}}               | {\"a\":{\"b\":\"y\"}}       | false",
        "{\"a\":{\"b\":[\"x\"]}}               | {\"a\":\"x\"}               | false",
        "{\"a\":[1,2]}                         | {\"a\":[5,2]}               | true",
        "{\"a\":[null]}                        | {\"a\":null}                | true",
        "{\"a\":[true]}                        | {\"a\":true}                | true",
        "{\"a\":[{\"exists\":false}]}          | {\"b\":1}                   | true",
        "{\"a\":[\"x\"]}                       | not json                    | false",
    })
    void bodyPolicies(String policy, String body, boolean expected) {
        assertEquals(expected, FilterPolicy.parse(policy, true).matches(Map.of(), body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[]", "{\"a\":\"x\"}", "{\"a\":[{\"nope\":1}]}", "not json"})
    void invalidPoliciesAreInvalidParameter(String policy) {
        AwsException e = assertThrows(AwsException.class, () -> FilterPolicy.parse(policy, false));
        assertEquals("InvalidParameterException", e.code());
    }
}
