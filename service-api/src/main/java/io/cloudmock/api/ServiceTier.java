package io.cloudmock.api;

/** Tier names and the service rankings that order them. */
public final class ServiceTier {
    public static final String TIER1 = "tier1";
    public static final String TIER2 = "tier2";
    public static final String PLUGIN = "plugin";

    /** Ranking of Tier 1 services and plugins: always above the stub engine. */
    public static final int TIER1_RANKING = 100;
    /** Ranking of Tier 2 stubs. */
    public static final int TIER2_RANKING = -100;

    private ServiceTier() {
    }
}
