package io.cloudmock.services.dynamodb.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Conditions and updates evaluated against items, open-box. */
class EvaluatorTest {

    private static Map<String, AttrValue> item() {
        Map<String, AttrValue> m = new LinkedHashMap<>();
        m.put("title", AttrValue.s("widget"));
        m.put("qty", AttrValue.n("10"));
        m.put("tags", AttrValue.set(AttrValue.Type.SS, List.of("a", "b")));
        m.put("seq", AttrValue.l(List.of(AttrValue.s("x"), AttrValue.s("y"), AttrValue.s("z"))));
        m.put("doc", AttrValue.m(Map.of("nest", AttrValue.m(Map.of("v", AttrValue.n("1"))))));
        return m;
    }

    private static Placeholders values(Object... kv) {
        Map<String, AttrValue> v = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            v.put((String) kv[i], (AttrValue) kv[i + 1]);
        }
        return new Placeholders(Map.of("#c", "qty"), v);
    }

    private static boolean test(String expr, Placeholders ph) {
        return Evaluator.test(ExpressionParser.condition(expr, "ConditionExpression", ph), item());
    }

    @Test
    void comparisonsFunctionsAndLogic() {
        Placeholders ph = values(":w", AttrValue.s("wid"), ":n", AttrValue.n("10.0"), ":a", AttrValue.s("a"),
                ":y", AttrValue.s("y"), ":three", AttrValue.n("3"), ":one", AttrValue.n("1"));
        assertTrue(test("begins_with(title, :w) AND #c = :n", ph));
        assertTrue(test("contains(tags, :a) AND contains(seq, :y)", ph));
        assertTrue(test("size(seq) = :three AND doc.nest.v = :one", ph));
        assertTrue(test("seq[1] = :y AND NOT attribute_exists(seq[5])", ph));
        assertTrue(test("#c BETWEEN :one AND :n", ph));
        assertFalse(test("#c < :one OR title < :a", ph));
        assertTrue(test("absent <> :one", ph), "<> holds for an absent attribute");
        assertFalse(test("absent = :one OR absent < :one", ph));
        assertTrue(test("#c IN (:one, :n)", ph));
    }

    private static Map<String, AttrValue> update(String expr, Placeholders ph) {
        return Updater.apply(UpdateParser.update(expr, ph), item());
    }

    @Test
    void updatesNumbersSetsListsAndNestedPaths() {
        Placeholders ph = values(":inc", AttrValue.n("0.1"), ":c", AttrValue.set(AttrValue.Type.SS, List.of("c")),
                ":ab", AttrValue.set(AttrValue.Type.SS, List.of("a", "b")), ":l", AttrValue.l(List.of(AttrValue.NULL)),
                ":v", AttrValue.n("2"));
        Map<String, AttrValue> out = update("SET #c = #c + :inc, seq = list_append(seq, :l), doc.nest.w = :v "
                + "ADD tags :c REMOVE title", ph);
        assertEquals(new BigDecimal("10.1"), out.get("qty").n());
        assertEquals(3, out.get("tags").elements().size());
        assertEquals(4, out.get("seq").l().size());
        assertNull(out.get("title"));
        Map<String, AttrValue> removed = update("REMOVE seq[0], seq[2]", ph);
        assertEquals(List.of(AttrValue.s("y")), removed.get("seq").l(), "indexes refer to the list before removal");
        assertEquals(AttrValue.n("2"), out.get("doc").m().get("nest").m().get("w"));
        Map<String, AttrValue> deleted = update("DELETE tags :ab", ph);
        assertNull(deleted.get("tags"), "deleting every element removes the set");
    }

    @Test
    void arithmeticKeepsThirtyEightDigitsWithoutDrift() {
        Placeholders ph = values(":a", AttrValue.n("0.1"), ":big", AttrValue.n("99999999999999999999999999999999999999"),
                ":one", AttrValue.n("1"));
        Map<String, AttrValue> m = update("SET x = :a + :a, y = :big - :one", ph);
        assertEquals(new BigDecimal("0.2"), m.get("x").n());
        assertEquals(new BigDecimal("99999999999999999999999999999999999998"), m.get("y").n());
        assertThrows(RuntimeException.class, () -> update("SET z = :big + :one", values(":big",
                AttrValue.n("99999999999999999999999999999999999999"), ":one", AttrValue.n("0.5"))));
    }

    @Test
    void updateErrorsUseDynamoDbMessages() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> update("SET title = title + :one", values(":one", AttrValue.n("1"))));
        assertEquals("An operand in the update expression has an incorrect data type", e.getMessage());
        e = assertThrows(ExpressionException.class,
                () -> update("SET x = absent + :one", values(":one", AttrValue.n("1"))));
        assertEquals("The provided expression refers to an attribute that does not exist in the item", e.getMessage());
        e = assertThrows(ExpressionException.class,
                () -> update("SET nope.deeper = :one", values(":one", AttrValue.n("1"))));
        assertEquals("The document path provided in the update expression is invalid for update", e.getMessage());
    }

    @Test
    void projectionKeepsNestedPathsAndListIndexes() {
        Map<String, AttrValue> p = Projector.project(item(),
                ExpressionParser.projection("seq[2], doc.nest.v, title", Placeholders.none()));
        assertEquals(List.of(AttrValue.s("z")), p.get("seq").l());
        assertEquals(AttrValue.n("1"), p.get("doc").m().get("nest").m().get("v"));
        assertEquals(3, p.size());
    }
}
