package io.cloudmock.gateway.internal.protocol.query;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ErrorCodes;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter;

/**
 * The {@code query} protocol (STS, IAM, SNS, SQS's legacy form, ...): {@code Action=Op&Version=...} as form
 * body or query string; XML responses wrapped in {@code <OpResponse><OpResult>} with {@code ResponseMetadata};
 * errors as {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}.
 */
public final class QueryCodec implements ProtocolCodec {

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        return request.formParameter("Action");
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        if (operation.input() == null) {
            return new Struct();
        }
        return new QueryInputReader(request.formParameters(), QueryInputReader.QUERY, model)
                .readStruct(model.target(operation.input()), "");
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        String root = operation.name() + "Response";
        XmlBuilder x = new XmlBuilder().start(root);
        if (operation.output() != null) {
            x.attribute("xmlns", namespace(model));
            Shape shape = model.target(operation.output());
            String wrapper = operation.resultWrapper() != null ? operation.resultWrapper() : operation.name() + "Result";
            x.start(wrapper);
            XmlShapeWriter.writeMembers(x, response.output(), shape, model);
            x.end(wrapper);
        }
        x.start("ResponseMetadata").element("RequestId", context.requestId()).end("ResponseMetadata");
        x.end(root);
        HttpResponseData r = HttpResponseData.of(response.status() == 0 ? 200 : response.status(), "text/xml",
                x.toBytes());
        r.header("x-amzn-RequestId", context.requestId());
        response.headers().forEach(r::header);
        return r;
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        XmlBuilder x = new XmlBuilder().start("ErrorResponse").start("Error")
                .element("Type", error.fault() == AwsException.Fault.SENDER ? "Sender" : "Receiver")
                .element("Code", ErrorCodes.queryCode(model, error));
        if (error.getMessage() != null) {
            x.element("Message", error.getMessage());
        }
        writeErrorFields(x, model, error);
        x.end("Error").element("RequestId", requestId).end("ErrorResponse");
        HttpResponseData r = HttpResponseData.of(error.status(), "text/xml", x.toBytes());
        r.header("x-amzn-RequestId", requestId);
        error.headers().forEach(r::header);
        return r;
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        if (name == null) {
            return new AwsException("MissingAction", "Missing Action", 400);
        }
        return CommonErrors.invalidAction(name);
    }

    @Override
    public AwsException missingRequired(String memberPath) {
        return CommonErrors.missingParameter(memberPath);
    }

    /** Writes the error shape's members (typed by the model when the shape is known). */
    public static void writeErrorFields(XmlBuilder x, ServiceModel model, AwsException error) {
        Shape shape = ErrorCodes.errorShape(model, error.code());
        if (shape == null) {
            error.fields().forEach((k, v) -> x.element(k, String.valueOf(v)));
        } else {
            XmlShapeWriter.writeMembers(x, error.fields(), shape, model);
        }
    }

    /** The response namespace: the model's, or the AWS convention for the service. */
    public static String namespace(ServiceModel model) {
        if (model.xmlNamespace() != null) {
            return model.xmlNamespace();
        }
        return "http://" + model.summary().endpointPrefix() + ".amazonaws.com/doc/" + model.summary().apiVersion() + "/";
    }
}
