package io.cloudmock.services.dynamodb.internal.store;

import java.time.Instant;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** One change record of a DynamoDB stream (images already cut to the stream's view type). */
public record StreamRecord(String sequenceNumber, String eventId, String eventName, Instant time,
                           Map<String, AttrValue> keys, Map<String, AttrValue> oldImage,
                           Map<String, AttrValue> newImage, long sizeBytes, boolean byTtl) {
}
