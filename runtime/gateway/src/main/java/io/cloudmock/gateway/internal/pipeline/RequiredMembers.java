package io.cloudmock.gateway.internal.pipeline;

import java.util.List;
import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;

/** Checks that every required member of the input (and of nested structures) is present. */
final class RequiredMembers {

    private RequiredMembers() {
    }

    static void check(Map<String, ?> value, Shape shape, ServiceModel model, ProtocolCodec codec, String path) {
        if (shape.document() || shape.type() != ShapeType.STRUCTURE) {
            return;
        }
        for (String name : shape.required()) {
            Object v = value.get(name);
            Member m = shape.member(name);
            if (v == null && m != null && !m.idempotencyToken()) {
                throw codec.missingRequired(path.isEmpty() ? name : path + "." + name);
            }
        }
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Object v = value.get(e.getKey());
            if (v == null) {
                continue;
            }
            Shape target = model.target(e.getValue());
            String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (target.type() == ShapeType.STRUCTURE && v instanceof Map<?, ?> m) {
                check(cast(m), target, model, codec, child);
            } else if (target.type() == ShapeType.LIST && v instanceof List<?> list) {
                Shape item = model.target(target.member());
                if (item.type() == ShapeType.STRUCTURE) {
                    int i = 1;
                    for (Object o : list) {
                        if (o instanceof Map<?, ?> m) {
                            check(cast(m), item, model, codec, child + "." + i);
                        }
                        i++;
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }
}
