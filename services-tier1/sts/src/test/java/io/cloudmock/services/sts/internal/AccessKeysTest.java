package io.cloudmock.services.sts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessKeysTest {

    @Test
    void temporaryKeysEncodeTheirAccountLikeAws() {
        for (String account : new String[] {"000000000000", "123456789012", "999999999999"}) {
            String key = AccessKeys.newKeyId("ASIA", account);
            assertEquals(20, key.length(), key);
            assertTrue(key.startsWith("ASIA"));
            assertEquals(account, AccessKeys.accountOf(key));
        }
    }

    @Test
    void decodesTheAccountOfAKnownAwsKeyId() {
        // a documented example pairing: ASIAY34FZKBOKMUTVV7A belongs to account 609629065308
        assertEquals("609629065308", AccessKeys.accountOf("ASIAY34FZKBOKMUTVV7A"));
    }
}
