package io.cloudmock.services.dynamodb.internal;

import java.util.List;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/**
 * A parsed PartiQL statement, its clauses already translated into DynamoDB expressions over generated
 * placeholders ({@code #p0}, {@code :p0}).
 *
 * @param verb       SELECT, INSERT, UPDATE or DELETE
 * @param table      the table name
 * @param index      the index of a SELECT, or null
 * @param projection a ProjectionExpression (SELECT), or null for all attributes
 * @param where      a condition expression, or null
 * @param update     an update expression (UPDATE)
 * @param item       the item of an INSERT
 */
record PartiQlStatement(String verb, String table, String index, String projection, String where, String update,
                        Map<String, AttrValue> item, Map<String, String> names, Map<String, AttrValue> values) {

    static final List<String> VERBS = List.of("SELECT", "INSERT", "UPDATE", "DELETE");
}
