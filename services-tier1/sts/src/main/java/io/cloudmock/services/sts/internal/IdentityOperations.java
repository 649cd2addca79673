package io.cloudmock.services.sts.internal;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** GetCallerIdentity and GetAccessKeyInfo. */
final class IdentityOperations {

    private final SessionStore sessions;

    IdentityOperations(SessionStore sessions) {
        this.sessions = sessions;
    }

    Struct getCallerIdentity(RequestContext ctx) {
        SessionStore.Session s = sessions.get(ctx.accessKeyId());
        if (s != null) {
            return Struct.of("UserId", s.userId(), "Account", s.account(), "Arn", s.arn());
        }
        return Struct.of("UserId", ctx.accessKeyId().startsWith("AKIA") ? "AIDA" + ctx.accessKeyId().substring(4)
                : ctx.accountId(), "Account", ctx.accountId(), "Arn", "arn:" + ctx.partition() + ":iam::"
                + ctx.accountId() + ":root");
    }

    Struct getAccessKeyInfo(Struct in) {
        String key = in.string("AccessKeyId");
        if (key.length() < 16 || key.length() > 128) {
            throw StsErrors.validation(key, "accessKeyId", "Member must have length between 16 and 128");
        }
        SessionStore.Session s = sessions.get(key);
        String account = s != null ? s.account()
                : (key.startsWith("ASIA") || key.startsWith("AKIA")) && key.length() == 20 ? AccessKeys.accountOf(key)
                : RequestContext.DEFAULT_ACCOUNT;
        return Struct.of("Account", account);
    }
}
