package io.cloudmock.gateway.internal.protocol.rest;

import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ErrorCodes;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;
import io.cloudmock.gateway.internal.protocol.xml.XmlNode;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeReader;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter;

/**
 * The {@code rest-xml} protocol (S3, Route 53, CloudFront, ...): operation from the URI template, members from
 * labels, query string, headers and an XML body (or a blob/string/structure payload); errors as
 * {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}.
 *
 * <p>Service quirks codecs (S3) reuse the public pieces: {@link #readInput}, {@link #writeOutput},
 * {@link #writeErrorMembers} and {@link #rootElement}.
 */
public class RestXmlCodec implements ProtocolCodec {

    public static final String CONTENT_TYPE = "application/xml";

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        RestRouter.Match m = RestRouter.of(model).resolve(request);
        return m == null ? null : m.operation().name();
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        return readInput(request, model, operation);
    }

    /** XML bodies (parsed with StAX, DTDs off). */
    private static final RestInputs.BodyFormat XML_BODY = new RestInputs.BodyFormat() {
        @Override
        public Object readPayload(byte[] body, Shape target, Member pm, ServiceModel model) {
            return XmlShapeReader.read(XmlNode.parse(body), target, pm, model);
        }

        @Override
        public Map<String, Object> readMembers(byte[] body, Shape input, ServiceModel model) {
            return XmlShapeReader.readStruct(XmlNode.parse(body), input, model);
        }
    };

    /** Reads an operation's input: bound members, then the payload member or the XML body members. */
    public static Struct readInput(HttpRequestData request, ServiceModel model, Operation operation) {
        return RestInputs.read(request, model, operation, XML_BODY);
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        HttpResponseData r = new HttpResponseData(operation.responseCode());
        if (operation.output() != null) {
            Shape shape = model.target(operation.output());
            writeOutput(r, response.output(), shape, model, rootElement(operation.output(), shape));
        }
        if (r.header("Content-Type") == null) {
            r.header("Content-Type", CONTENT_TYPE);
        }
        r.header("x-amzn-RequestId", context.requestId());
        r.header("x-amz-request-id", context.requestId());
        response.headers().forEach(r::header);
        if (response.status() != 0) {
            r.status(response.status());
        }
        return r;
    }

    /** The root element of an XML body for a structure: the reference's, else the shape's element name. */
    public static String rootElement(Member ref, Shape shape) {
        if (ref != null && ref.locationName() != null && !ref.locationName().isEmpty()) {
            return ref.locationName();
        }
        return shape.locationName() != null ? shape.locationName() : shape.name();
    }

    /**
     * Writes an output structure: bound members (headers, status), then the payload member or the body
     * members under {@code root}.
     */
    public static void writeOutput(HttpResponseData r, Map<String, ?> value, Shape shape, ServiceModel model,
                                   String root) {
        HttpBindings.writeBound(r, value, shape, model);
        String payload = shape.payload();
        if (payload != null) {
            Member pm = shape.member(payload);
            Shape target = model.target(pm);
            Object v = value.get(payload);
            if (RestPayloads.raw(target)) {
                RestPayloads.write(r, v, target, "application/octet-stream");
            } else if (v != null) {
                XmlBuilder x = new XmlBuilder();
                XmlShapeWriter.writeValue(x, rootElement(pm, target), pm, v, model,
                        target.xmlNamespaceUri() != null ? target.xmlNamespaceUri() : RestRouter.of(model).xmlNamespace());
                r.header("Content-Type", CONTENT_TYPE);
                r.body(x.toBytes());
            }
        } else if (hasOutputBodyMembers(shape)) {
            XmlBuilder x = new XmlBuilder().start(root);
            namespace(x, shape.xmlNamespaceUri(), model);
            XmlShapeWriter.writeMembers(x, value, shape, model);
            x.end(root);
            r.header("Content-Type", CONTENT_TYPE);
            r.body(x.toBytes());
        }
    }

    static boolean hasOutputBodyMembers(Shape shape) {
        for (Member m : shape.members().values()) {
            if (XmlShapeWriter.inBody(m)) {
                return true;
            }
        }
        return false;
    }

    private static void namespace(XmlBuilder x, String uri, ServiceModel model) {
        String ns = uri != null ? uri : RestRouter.of(model).xmlNamespace();
        if (ns != null) {
            x.attribute("xmlns", ns);
        }
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        Shape shape = ErrorCodes.errorShape(model, error.code());
        HttpResponseData r = new HttpResponseData(error.status());
        XmlBuilder x = new XmlBuilder().start("ErrorResponse").start("Error")
                .element("Type", error.fault() == AwsException.Fault.SENDER ? "Sender" : "Receiver")
                .element("Code", error.code());
        writeErrorMembers(x, r, shape, error, model);
        x.end("Error").element("RequestId", requestId).end("ErrorResponse");
        r.header("Content-Type", CONTENT_TYPE);
        r.body(x.toBytes());
        r.status(error.status());
        r.header("x-amzn-RequestId", requestId);
        r.header("x-amz-request-id", requestId);
        error.headers().forEach(r::header);
        return r;
    }

    /**
     * Writes {@code <Message>} and the error shape's members inside the error element already started, and
     * the shape's header members on the response.
     */
    public static void writeErrorMembers(XmlBuilder x, HttpResponseData r, Shape shape, AwsException error,
                                         ServiceModel model) {
        if (error.getMessage() != null) {
            x.element("Message", error.getMessage());
        }
        if (shape == null) {
            error.fields().forEach((k, v) -> x.element(k, String.valueOf(v)));
            return;
        }
        String messageMember = RestJsonCodec.messageMember(shape);
        Struct fields = new Struct(error.fields());
        if (messageMember != null) {
            fields.remove(messageMember);
        }
        HttpBindings.writeBound(r, fields, shape, model);
        XmlShapeWriter.writeMembers(x, fields, shape, model);
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        return new AwsException("UnknownOperationException", name == null
                ? "No operation of " + model.summary().serviceId() + " matches the request path and method"
                : "Unknown operation " + name + " for service " + model.summary().serviceId(), 404);
    }
}
