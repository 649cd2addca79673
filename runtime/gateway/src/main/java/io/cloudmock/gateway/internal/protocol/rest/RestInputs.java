package io.cloudmock.gateway.internal.protocol.rest;

import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/**
 * Reads a REST operation's input the way rest-json and rest-xml share: members bound to the URI, query and
 * headers, then the payload member or the body members, whose bytes the {@link BodyFormat} decodes.
 */
final class RestInputs {

    /** How one REST protocol turns non-empty body bytes into values. */
    interface BodyFormat {
        /** The value of a structured (non-raw) payload member, or null when the body stands for no value. */
        Object readPayload(byte[] body, Shape target, Member payloadMember, ServiceModel model);

        /** The body members of the input structure. */
        Map<String, Object> readMembers(byte[] body, Shape input, ServiceModel model);
    }

    private RestInputs() {
    }

    static Struct read(HttpRequestData request, ServiceModel model, Operation operation, BodyFormat format) {
        Struct out = new Struct();
        if (operation.input() == null) {
            return out;
        }
        RestRouter router = RestRouter.of(model);
        Shape input = model.target(operation.input());
        HttpBindings.readBound(request, router.labels(operation, request), router.template(operation), input, model,
                out);
        String payload = input.payload();
        if (payload != null) {
            Member pm = input.member(payload);
            Shape target = model.target(pm);
            Object v;
            if (RestPayloads.raw(target)) {
                v = RestPayloads.read(request, pm, target);
            } else {
                byte[] body = request.body();
                v = body.length == 0 ? null : format.readPayload(body, target, pm, model);
            }
            if (v != null) {
                out.put(payload, v);
            }
        } else if (RestJsonCodec.hasBodyMembers(input)) {
            byte[] body = request.body();
            if (body.length > 0) {
                out.putAll(format.readMembers(body, input, model));
            }
        }
        return out;
    }
}
