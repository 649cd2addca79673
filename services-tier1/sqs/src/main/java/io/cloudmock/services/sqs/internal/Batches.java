package io.cloudmock.services.sqs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.Struct;

/** The batch rules shared by the *Batch operations: 1 to 10 distinct, well-formed ids; per-entry results. */
final class Batches {

    private Batches() {
    }

    static List<Struct> check(List<Struct> entries) {
        if (entries.isEmpty()) {
            throw SqsErrors.emptyBatchRequest();
        }
        if (entries.size() > 10) {
            throw SqsErrors.tooManyEntries(entries.size());
        }
        Set<String> ids = new HashSet<>();
        for (Struct e : entries) {
            String id = e.string("Id");
            if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
                throw SqsErrors.invalidBatchEntryId();
            }
            if (!ids.add(id)) {
                throw SqsErrors.batchEntryIdsNotDistinct(id);
            }
        }
        return entries;
    }

    /** Runs each entry; failures become {@code Failed} entries with the error's code. */
    static Struct run(List<Struct> entries, Function<Struct, Struct> op) {
        List<Object> ok = new ArrayList<>();
        List<Object> failed = new ArrayList<>();
        for (Struct e : entries) {
            try {
                ok.add(op.apply(e));
            } catch (AwsException ex) {
                failed.add(Struct.of("Id", e.string("Id"), "SenderFault", ex.fault() == AwsException.Fault.SENDER,
                        "Code", ex.code(), "Message", ex.getMessage()));
            }
        }
        return Struct.of("Successful", ok, "Failed", failed);
    }
}
