package io.cloudmock.gateway.internal.protocol.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmock.gateway.internal.http.FormEncoding;

/** Table-driven matching of single URI templates: labels, greedy labels, literal query requirements. */
class UriTemplateTest {

    @ParameterizedTest(name = "{0} {1} ~ {2} {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "GET|/{Bucket}|GET|/mybucket|Bucket=mybucket",
        "GET|/{Bucket}|GET|/mybucket/|Bucket=mybucket",
        "GET|/{Bucket}|PUT|/mybucket|null",
        "GET|/{Bucket}|GET|/|null",
        "GET|/{Bucket}/{Key+}|GET|/b/a/b/c.txt|Bucket=b;Key=a/b/c.txt",
        "GET|/{Bucket}/{Key+}|GET|/b/|null",
        "GET|/{Bucket}/{Key+}|GET|/b|null",
        "GET|/{Bucket}?list-type=2|GET|/b?list-type=2|Bucket=b",
        "GET|/{Bucket}?list-type=2|GET|/b?list-type=1|null",
        "GET|/{Bucket}?list-type=2|GET|/b|null",
        "POST|/{Bucket}/{Key+}?uploads|POST|/b/k?uploads|Bucket=b;Key=k",
        "POST|/{Bucket}/{Key+}?uploads|POST|/b/k?uploads=|Bucket=b;Key=k",
        "GET|/{Bucket}/{Key+}?x-id=GetObject|GET|/b/k|Bucket=b;Key=k",
        "GET|/{Bucket}/{Key+}?x-id=GetObject|GET|/b/k?x-id=GetObject|Bucket=b;Key=k",
        "GET|/{Bucket}/{Key+}?x-id=GetObject|GET|/b/k?x-id=PutObject|null",
        "POST|/2015-03-31/functions/{FunctionName}/invocations|POST|/2015-03-31/functions/f1/invocations|FunctionName=f1",
        "POST|/2015-03-31/functions/{FunctionName}/invocations|POST|/2015-03-31/functions/f1/versions|null",
        "GET|/v1/{Id}/tags/{Key+}/meta|GET|/v1/7/tags/a/b/meta|Id=7;Key=a/b",
        "GET|/things/{Name}:describe|GET|/things/x:describe|Name=x",
        "GET|/things/{Name}:describe|GET|/things/x|null",
        "GET|/2013-04-01/hostedzone/{Id}|GET|/2013-04-01/hostedzone/Z1%2F2|Id=Z1%2F2",
    })
    void matches(String method, String template, String requestMethod, String uri, String expected) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        Map<String, List<String>> query = FormEncoding.decode(q < 0 ? "" : uri.substring(q + 1));
        Map<String, String> labels = UriTemplate.parse(method, template)
                .match(requestMethod, UriTemplate.split(path), query);
        if (expected == null) {
            assertNull(labels);
            return;
        }
        Map<String, String> want = new LinkedHashMap<>();
        for (String pair : expected.split(";")) {
            String[] kv = pair.split("=", 2);
            want.put(kv[0], kv[1]);
        }
        assertEquals(want, labels);
    }
}
