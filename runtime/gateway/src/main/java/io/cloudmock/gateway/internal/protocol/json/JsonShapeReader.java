package io.cloudmock.gateway.internal.protocol.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Reads JSON bodies into the value tree with the Jackson streaming parser, shape by shape: timestamps as epoch
 * seconds (or any text format), blobs base64, NaN and infinities as strings; unknown members are skipped.
 */
public final class JsonShapeReader {

    /** The awsJson protocols: members by their model names. */
    public static final JsonShapeReader JSON = new JsonShapeReader(false);
    /** restJson1: members by their wire names ({@code jsonName}). */
    public static final JsonShapeReader REST = new JsonShapeReader(true);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final boolean wireNames;

    private JsonShapeReader(boolean wireNames) {
        this.wireNames = wireNames;
    }

    /** Reads a whole body as a structure; {@code bodyOnly} skips members bound to the URI, query or headers. */
    public Struct readBody(byte[] body, Shape shape, ServiceModel model, boolean bodyOnly) {
        Object v = readDocument(body, shape, model, null, bodyOnly);
        if (!(v instanceof Struct s)) {
            throw CommonErrors.serialization("Request body must be a JSON object");
        }
        return s;
    }

    /** Reads a whole body as a value of {@code shape} (a payload member); null for the JSON literal null. */
    public Object readValue(byte[] body, Shape shape, ServiceModel model, String tsFormat) {
        return readDocument(body, shape, model, tsFormat, false);
    }

    private Object readDocument(byte[] body, Shape shape, ServiceModel model, String tsFormat, boolean bodyOnly) {
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return shape.isStructure() && !shape.document() ? new Struct() : null;
            }
            Object v = shape.isStructure() && !shape.document() && t == JsonToken.START_OBJECT
                    ? readStruct(p, shape, model, bodyOnly, "") : read(p, shape, model, tsFormat, "");
            if (p.nextToken() != null) {
                throw CommonErrors.serialization("Unexpected content after the JSON value");
            }
            return v;
        } catch (JsonParseException e) {
            throw CommonErrors.serialization("Malformed JSON in request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Struct readStruct(JsonParser p, Shape shape, ServiceModel model, boolean bodyOnly, String path)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw typeError(path, "structure", p);
        }
        Struct out = new Struct();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            String name = memberName(shape, field);
            Member m = name == null ? null : shape.member(name);
            if (m == null || (bodyOnly && m.location() != Location.BODY)) {
                p.skipChildren();
                continue;
            }
            if (t != JsonToken.VALUE_NULL) {
                out.put(name, read(p, model.target(m), model, m.timestampFormat(), path + "." + name));
            }
        }
        return out;
    }

    /** The member a JSON field names, or null. */
    private String memberName(Shape shape, String field) {
        Member direct = shape.member(field);
        if (!wireNames) {
            return direct == null ? null : field;
        }
        if (direct != null && field.equals(direct.wireName())) {
            return field;
        }
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            if (field.equals(e.getValue().locationName())) {
                return e.getKey();
            }
        }
        return null;
    }

    private Object read(JsonParser p, Shape shape, ServiceModel model, String tsFormat, String path)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (shape.document()) {
            return untyped(p);
        }
        switch (shape.type()) {
            case STRUCTURE:
                return readStruct(p, shape, model, false, path);
            case LIST: {
                if (t != JsonToken.START_ARRAY) {
                    throw typeError(path, "list", p);
                }
                List<Object> list = new ArrayList<>();
                Member item = shape.member();
                Shape itemShape = model.target(item);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, itemShape, model, item.timestampFormat(), path + "[" + i++ + "]"));
                }
                return list;
            }
            case MAP: {
                if (t != JsonToken.START_OBJECT) {
                    throw typeError(path, "map", p);
                }
                Map<String, Object> map = new LinkedHashMap<>();
                Member value = shape.value();
                Shape valueShape = model.target(value);
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    map.put(key, read(p, valueShape, model, value.timestampFormat(), path + "." + key));
                }
                return map;
            }
            case STRING:
                if (t != JsonToken.VALUE_STRING) {
                    throw typeError(path, "string", p);
                }
                return p.getText();
            case BOOLEAN:
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw typeError(path, "boolean", p);
                }
                return t == JsonToken.VALUE_TRUE;
            case INTEGER:
                return (int) integral(p, path, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG:
                return integral(p, path, "long", Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT:
                return (float) floating(p, path);
            case DOUBLE:
                return floating(p, path);
            case TIMESTAMP:
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return Timestamps.fromEpochSeconds(p.getDecimalValue());
                }
                if (t == JsonToken.VALUE_STRING) {
                    return Timestamps.parse(p.getText());
                }
                throw typeError(path, "timestamp", p);
            case BLOB:
                if (t != JsonToken.VALUE_STRING) {
                    throw typeError(path, "blob", p);
                }
                try {
                    return Base64.getDecoder().decode(p.getText());
                } catch (IllegalArgumentException e) {
                    throw CommonErrors.serialization("Value at '" + strip(path) + "' is not valid base64");
                }
            default:
                return untyped(p);
        }
    }

    private static long integral(JsonParser p, String path, String type, long min, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw typeError(path, type, p);
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw typeError(path, type, p);
        }
        long v = p.getLongValue();
        if (v < min || v > max) {
            throw typeError(path, type, p);
        }
        return v;
    }

    private static double floating(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            switch (p.getText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw typeError(path, "double", p);
    }

    /** The current JSON value as untyped Java values (documents). */
    static Object untyped(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Struct s = new Struct();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    s.put(key, untyped(p));
                }
                return s;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(untyped(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                        : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            default:
                return null;
        }
    }

    private static AwsException typeError(String path, String expected, JsonParser p) {
        JsonToken t = p.currentToken();
        String found = t == JsonToken.START_OBJECT ? "Start of structure or map"
                : t == JsonToken.START_ARRAY ? "Start of list" : t == JsonToken.VALUE_STRING ? "String value"
                : t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? "Boolean value" : "Number value";
        return CommonErrors.serialization(found + " found where not expected: expected " + expected + " at '"
                + strip(path) + "'");
    }

    private static String strip(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
