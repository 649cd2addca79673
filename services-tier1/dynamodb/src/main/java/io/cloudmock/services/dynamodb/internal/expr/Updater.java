package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.expr.Expr.Path;
import io.cloudmock.services.dynamodb.internal.expr.Expr.SetAction;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Update;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Numbers;

/** Applies an update expression to an item, returning the new item; all operands read the old item. */
public final class Updater {

    private static final String BAD_TYPE = "An operand in the update expression has an incorrect data type";

    private Updater() {
    }

    public static Map<String, AttrValue> apply(Update u, Map<String, AttrValue> old) {
        Map<String, AttrValue> item = new LinkedHashMap<>(old);
        List<AttrValue> setValues = new ArrayList<>();
        for (SetAction a : u.sets()) {
            setValues.add(Evaluator.required(a.value(), old));
        }
        for (int i = 0; i < u.sets().size(); i++) {
            Paths.set(item, u.sets().get(i).path(), setValues.get(i));
        }
        List<Path> removes = new ArrayList<>(u.removes());
        removes.sort(Comparator.comparing((Path p) -> p.elements().get(p.elements().size() - 1) instanceof Integer n
                ? -n : 0));
        for (Path p : removes) {
            Paths.remove(item, p);
        }
        for (SetAction a : u.adds()) {
            AttrValue v = Evaluator.value(a.value(), old);
            AttrValue cur = Paths.get(item, a.path());
            if (cur == null) {
                Paths.set(item, a.path(), v);
            } else if (cur.type() == AttrValue.Type.N && v.type() == AttrValue.Type.N) {
                Paths.set(item, a.path(), AttrValue.n(Numbers.add(cur.n(), v.n())));
            } else if (cur.isSet() && cur.type() == v.type()) {
                List<Object> union = new ArrayList<>(cur.elements());
                for (Object e : v.elements()) {
                    if (!cur.setContains(e)) {
                        union.add(e);
                    }
                }
                Paths.set(item, a.path(), AttrValue.set(cur.type(), union));
            } else {
                throw new ExpressionException(BAD_TYPE);
            }
        }
        for (SetAction a : u.deletes()) {
            AttrValue v = Evaluator.value(a.value(), old);
            AttrValue cur = Paths.get(item, a.path());
            if (cur == null) {
                continue;
            }
            if (cur.type() != v.type()) {
                throw new ExpressionException(BAD_TYPE);
            }
            List<Object> rest = new ArrayList<>();
            for (Object e : cur.elements()) {
                if (!v.setContains(e)) {
                    rest.add(e);
                }
            }
            if (rest.isEmpty()) {
                Paths.remove(item, a.path());
            } else {
                Paths.set(item, a.path(), AttrValue.set(cur.type(), rest));
            }
        }
        return item;
    }

    /** The top-level attribute names an update touches (for key checks and UPDATED_* return values). */
    public static List<Path> paths(Update u) {
        List<Path> all = new ArrayList<>();
        u.sets().forEach(a -> all.add(a.path()));
        all.addAll(u.removes());
        u.adds().forEach(a -> all.add(a.path()));
        u.deletes().forEach(a -> all.add(a.path()));
        return all;
    }
}
