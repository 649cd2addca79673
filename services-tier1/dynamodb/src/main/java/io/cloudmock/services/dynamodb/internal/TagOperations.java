package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** TagResource, UntagResource, ListTagsOfResource on table ARNs. */
final class TagOperations {

    private final DynamoDbStore store;

    TagOperations(DynamoDbStore store) {
        this.store = store;
    }

    private Table byArn(RequestContext ctx, String arn) {
        Table t = store.byArn(Requests.scope(ctx), arn);
        if (t == null) {
            throw DynamoDbErrors.resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
        }
        return t;
    }

    Struct tagResource(RequestContext ctx, Struct in) {
        Table t = byArn(ctx, in.string("ResourceArn"));
        t.lock();
        try {
            Map<String, String> tags = new LinkedHashMap<>(t.meta.tags);
            for (Struct tag : in.structs("Tags")) {
                tags.put(tag.string("Key"), tag.string("Value"));
            }
            if (tags.size() > 50) {
                throw DynamoDbErrors.limitExceeded("The number of tags exceeds the limit for this resource");
            }
            t.meta.tags = tags;
        } finally {
            t.unlock();
        }
        store.metaChanged(t);
        return new Struct();
    }

    Struct untagResource(RequestContext ctx, Struct in) {
        Table t = byArn(ctx, in.string("ResourceArn"));
        t.lock();
        try {
            Map<String, String> tags = new LinkedHashMap<>(t.meta.tags);
            in.strings("TagKeys").forEach(tags::remove);
            t.meta.tags = tags;
        } finally {
            t.unlock();
        }
        store.metaChanged(t);
        return new Struct();
    }

    Struct listTagsOfResource(RequestContext ctx, Struct in) {
        Table t = byArn(ctx, in.string("ResourceArn"));
        List<Object> tags = new ArrayList<>();
        t.meta.tags.forEach((k, v) -> tags.add(Struct.of("Key", k, "Value", v)));
        return Struct.of("Tags", tags);
    }
}
