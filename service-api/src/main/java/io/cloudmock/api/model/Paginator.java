package io.cloudmock.api.model;

import java.util.List;

/**
 * How an operation pages, from the model's paginators.
 *
 * @param inputTokens  input members carrying the page token
 * @param outputTokens output members (paths) carrying the next token
 * @param limitKey     the input member limiting a page, or null
 * @param resultKeys   output members (paths) holding the page's items
 * @param moreResults  the output member that says more pages follow, or null
 */
public record Paginator(List<String> inputTokens, List<String> outputTokens, String limitKey,
                        List<String> resultKeys, String moreResults) {
}
