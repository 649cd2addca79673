package io.cloudmock.stubcatalog.internal;

import java.util.List;
import java.util.Locale;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;

/**
 * The service's own errors for missing and duplicate resources, picked from the errors the operation declares
 * in the model ({@code ResourceNotFoundException}, {@code NoSuchEntity}, {@code RepositoryNotFoundException},
 * {@code DBInstanceAlreadyExists}...), with the HTTP status of the error shape.
 */
final class StubErrors {

    private static final List<String> NOT_FOUND = List.of("notfound", "nosuch", "notexist", "doesnotexist",
            "unknownresource", "invalididentifier", "nonexistent");
    private static final List<String> EXISTS = List.of("alreadyexist", "exists", "conflict", "duplicate", "inuse",
            "alreadyowned");

    private StubErrors() {
    }

    static AwsException notFound(ServiceModel model, String operation, ResourceType type, String id) {
        if (type.notFound() != null) {
            return new AwsException(type.notFound(), type.noun() + " with id " + id + " does not exist", 400);
        }
        return notFound(model, operation, type.noun(), id);
    }

    static AwsException notFound(ServiceModel model, String operation, String noun, String id) {
        return pick(model, operation, noun, NOT_FOUND, "ResourceNotFoundException", 404,
                noun + " " + id + " not found");
    }

    static AwsException alreadyExists(ServiceModel model, String operation, String noun, String id) {
        return pick(model, operation, noun, EXISTS, "ResourceAlreadyExistsException", 409,
                noun + " " + id + " already exists");
    }

    private static AwsException pick(ServiceModel model, String operation, String noun, List<String> words,
                                     String fallback, int restStatus, String message) {
        Operation op = model == null ? null : model.operation(operation);
        String best = null;
        int bestScore = 0;
        if (op != null) {
            for (String error : op.errors()) {
                int score = score(error, noun, words);
                if (score > bestScore) {
                    best = error;
                    bestScore = score;
                }
            }
        }
        if (best == null && model != null && "ec2".equals(model.protocol()) && noun != null) {
            // EC2 declares no errors in its model; its codes follow Invalid<Noun>ID.NotFound / .Duplicate
            return new AwsException("Invalid" + noun + (words == NOT_FOUND ? "ID.NotFound" : ".Duplicate"),
                    message, 400);
        }
        if (best == null) {
            boolean rest = model != null && model.protocol().startsWith("rest");
            return new AwsException(fallback, message, rest ? restStatus : 400);
        }
        Shape shape = model.shapes().get(best);
        int status = shape != null && shape.error() != null && shape.error().httpStatusCode() > 0
                ? shape.error().httpStatusCode() : model.protocol().startsWith("rest") ? restStatus : 400;
        return new AwsException(best, message, status);
    }

    private static int score(String error, String noun, List<String> words) {
        String lower = error.toLowerCase(Locale.ROOT);
        int score = 0;
        for (String w : words) {
            if (lower.contains(w)) {
                score = 10;
                break;
            }
        }
        if (score == 0) {
            return 0;
        }
        if (noun != null && lower.startsWith(noun.toLowerCase(Locale.ROOT))) {
            score += 5;
        }
        if (lower.startsWith("resource") || lower.startsWith("nosuchentity") || lower.startsWith("entity")) {
            score += 3;
        }
        return score;
    }
}
