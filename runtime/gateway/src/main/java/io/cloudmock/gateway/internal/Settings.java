package io.cloudmock.gateway.internal;

import org.osgi.framework.BundleContext;

/** Reads the launcher's settings (framework properties, which fall back to system properties). */
final class Settings {

    private Settings() {
    }

    static String get(BundleContext context, String key, String fallback) {
        String v = context.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
