package io.cloudmock.api;

/** One operation of a service: its name, HTTP method and IAM action ({@code sqs:SendMessage}). */
public record ActionDef(String name, String method, String iamAction) {
}
