package io.cloudmock.stubcatalog.internal;

import java.util.List;

/**
 * One resource noun of a service as the catalog derived it (or an override declared it).
 *
 * @param noun        the resource noun ({@code Repository}, {@code DBInstance})
 * @param keyMembers  input members that identify a resource in Describe/Get/Delete calls
 *                    ({@code repositoryName}; several when a parent scopes the resource)
 * @param nameMember  the create input member holding the resource's name, or null
 * @param idMember    the member AWS returns the generated id in, or null
 * @param arnTemplate the ARN template ({@code arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}})
 * @param idPrefix    a literal prefix of generated ids ({@code vpc-}), or empty
 * @param idFormat    {@code uuid}, {@code hex}, {@code alnum} or {@code arn} (the id is the ARN)
 * @param create      the create operations ({@code CreateRepository})
 * @param notFound    the error code for a missing resource when the model declares none, or null
 */
public record ResourceType(String noun, List<String> keyMembers, String nameMember, String idMember,
                           String arnTemplate, String idPrefix, String idFormat, List<String> create,
                           String notFound) {
}
