package io.cloudmock.api.admin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One admin REST endpoint on the admin port (4599), contributed by any bundle as an OSGi service with the
 * properties of {@link AdminRouteProperties}: {@code @AdminRouteProperties(admin_path = "/api/plugins")}.
 * The path may end in {@code /*} to take everything below it ({@link AdminRequest#subPath()}).
 *
 * <p>Return an {@link AdminResponse}; throw {@link AdminException} for client errors. The admin server renders
 * both as JSON.
 */
@ConsumerType
public interface AdminRoute {

    AdminResponse handle(AdminRequest request) throws Exception;
}
