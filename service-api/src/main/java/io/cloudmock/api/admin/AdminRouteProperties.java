package io.cloudmock.api.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component properties of an {@link AdminRoute}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AdminRouteProperties {
    String PREFIX_ = "cloudmock.";

    /** Property {@code cloudmock.admin.path}: {@code /api/health}, or a prefix {@code /api/plugins/*}. */
    String admin_path();

    /** Property {@code cloudmock.admin.methods}: the HTTP methods served; others get 405. */
    String[] admin_methods() default {"GET"};
}
