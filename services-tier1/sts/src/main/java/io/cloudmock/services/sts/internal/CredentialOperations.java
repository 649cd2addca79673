package io.cloudmock.services.sts.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** AssumeRole and GetSessionToken: temporary credentials whose identity later calls see. */
final class CredentialOperations {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:.*/)?([\\w+=,.@-]+)");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    private final SessionStore sessions;

    CredentialOperations(SessionStore sessions) {
        this.sessions = sessions;
    }

    Struct assumeRole(RequestContext ctx, Struct in) {
        String roleArn = in.string("RoleArn");
        String sessionName = in.string("RoleSessionName");
        if (roleArn.length() < 20 || roleArn.length() > 2048) {
            throw StsErrors.validation(roleArn, "roleArn", "Member must have length greater than or equal to 20");
        }
        var m = ROLE_ARN.matcher(roleArn);
        if (!m.matches()) {
            throw StsErrors.validation(roleArn, "roleArn", "Member must be a valid IAM role ARN");
        }
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw StsErrors.validation(sessionName, "roleSessionName",
                    "Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64");
        }
        int duration = duration(in, 900, 43_200, 3_600);
        String account = m.group(1);
        String roleId = AccessKeys.uniqueId("AROA");
        String arn = "arn:" + ctx.partition() + ":sts::" + account + ":assumed-role/" + m.group(2) + "/" + sessionName;
        SessionStore.Session s = issue(account, arn, roleId + ":" + sessionName, duration);
        return credentials(s).set("AssumedRoleUser", Struct.of("AssumedRoleId", s.userId(), "Arn", arn))
                .set("PackedPolicySize", in.get("Policy") == null ? null : 6)
                .set("SourceIdentity", in.string("SourceIdentity"));
    }

    Struct getSessionToken(RequestContext ctx, Struct in) {
        int duration = duration(in, 900, 129_600, 43_200);
        SessionStore.Session caller = sessions.get(ctx.accessKeyId());
        String arn = caller != null ? caller.arn() : "arn:" + ctx.partition() + ":iam::" + ctx.accountId() + ":root";
        String userId = caller != null ? caller.userId() : ctx.accountId();
        return credentials(issue(ctx.accountId(), arn, userId, duration));
    }

    private SessionStore.Session issue(String account, String arn, String userId, int durationSeconds) {
        SessionStore.Session s = new SessionStore.Session(AccessKeys.newKeyId("ASIA", account), AccessKeys.secret(),
                AccessKeys.sessionToken(), account, arn, userId,
                Instant.now().plusSeconds(durationSeconds).truncatedTo(ChronoUnit.SECONDS));
        sessions.put(s);
        return s;
    }

    private static Struct credentials(SessionStore.Session s) {
        return Struct.of("Credentials", Struct.of("AccessKeyId", s.accessKeyId(), "SecretAccessKey",
                s.secretAccessKey(), "SessionToken", s.sessionToken(), "Expiration", s.expiration()));
    }

    private static int duration(Struct in, int min, int max, int fallback) {
        Integer d = in.integer("DurationSeconds");
        if (d == null) {
            return fallback;
        }
        if (d < min || d > max) {
            throw StsErrors.validation(String.valueOf(d), "durationSeconds", "Member must have value "
                    + (d < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
        return d;
    }
}
