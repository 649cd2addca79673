package io.cloudmock.services.dynamodb.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Valid and invalid expressions from {@code expressions.txt}, with DynamoDB's exact error messages. */
class ExpressionParserTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExpressionParserTest.class.getResourceAsStream("expressions.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(" \\| ", 3);
                out.add(Arguments.of(p[0].trim(), p[1].trim(), p[2].trim()));
            }
        }
        return out.stream();
    }

    static Placeholders placeholders() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#n", "name");
        names.put("#s", "status");
        names.put("#m", "map");
        Map<String, AttrValue> values = new LinkedHashMap<>();
        values.put(":s", AttrValue.s("x"));
        values.put(":n", AttrValue.n(BigDecimal.ONE));
        values.put(":n2", AttrValue.n(BigDecimal.valueOf(2)));
        values.put(":l", AttrValue.l(List.of(AttrValue.s("e"))));
        values.put(":ss", AttrValue.set(AttrValue.Type.SS, List.of("a", "b")));
        values.put(":b", AttrValue.TRUE);
        values.put(":t", AttrValue.s("S"));
        return new Placeholders(names, values);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void parsesOrRejectsWithTheAwsMessage(String kind, String expression, String expected) {
        Runnable parse = () -> {
            Placeholders ph = placeholders();
            switch (kind) {
                case "condition" -> ExpressionParser.condition(expression, "ConditionExpression", ph);
                case "update" -> UpdateParser.update(expression, ph);
                case "projection" -> ExpressionParser.projection(expression, ph);
                default -> throw new IllegalArgumentException(kind);
            }
        };
        if (expected.equals("OK")) {
            parse.run();
        } else {
            ExpressionException e = assertThrows(ExpressionException.class, parse::run);
            assertEquals(expected, e.getMessage());
        }
    }
}
