package io.cloudmock.gateway.internal.protocol.ec2;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.CommonErrors;
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
import io.cloudmock.gateway.internal.protocol.query.QueryCodec;
import io.cloudmock.gateway.internal.protocol.query.QueryInputReader;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter;

/**
 * The {@code ec2} protocol: query input with EC2 naming ({@code queryName}, else the capitalized
 * {@code locationName}, else the capitalized member name; lists as {@code Name.N} without {@code .member});
 * responses {@code <OpResponse xmlns=...><requestId/>members</OpResponse>}; errors
 * {@code <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>}.
 */
public final class Ec2Codec implements ProtocolCodec {

    static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    /** EC2's key naming. */
    public static final QueryInputReader.Naming NAMING = new QueryInputReader.Naming() {
        @Override
        public String memberKey(Member member, String memberName) {
            if (member.queryName() != null) {
                return member.queryName();
            }
            return capitalize(member.locationName() != null ? member.locationName() : memberName);
        }

        @Override
        public String listItemsPrefix(String prefix, Member structMember, Shape list) {
            return prefix;
        }

        @Override
        public String mapEntriesPrefix(String prefix, Member structMember, Shape map) {
            return prefix;
        }
    };

    static String capitalize(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        return request.formParameter("Action");
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        if (operation.input() == null) {
            return new Struct();
        }
        return new QueryInputReader(request.formParameters(), NAMING, model)
                .readStruct(model.target(operation.input()), "");
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        String root = operation.name() + "Response";
        XmlBuilder x = new XmlBuilder().start(root).attribute("xmlns", QueryCodec.namespace(model))
                .element("requestId", context.requestId());
        if (operation.output() != null) {
            XmlShapeWriter.writeMembers(x, response.output(), model.target(operation.output()), model);
        }
        x.end(root);
        HttpResponseData r = HttpResponseData.of(response.status() == 0 ? 200 : response.status(), CONTENT_TYPE,
                x.toBytes());
        response.headers().forEach(r::header);
        return r;
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        XmlBuilder x = new XmlBuilder().start("Response").start("Errors").start("Error")
                .element("Code", ErrorCodes.queryCode(model, error))
                .element("Message", error.getMessage() == null ? "" : error.getMessage());

        QueryCodec.writeErrorFields(x, model, error);
        x.end("Error").end("Errors").element("RequestID", requestId).end("Response");
        HttpResponseData r = HttpResponseData.of(error.status(), CONTENT_TYPE, x.toBytes());
        error.headers().forEach(r::header);
        return r;
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        if (name == null) {
            return new AwsException("MissingAction", "The request must contain the parameter Action", 400);
        }
        return CommonErrors.invalidAction(name);
    }

    @Override
    public AwsException missingRequired(String memberPath) {
        return new AwsException("MissingParameter", "The request must contain the parameter " + memberPath, 400);
    }
}
