package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;

/**
 * Derives a {@link ServiceCatalog} from a service model: resource nouns from operation names
 * ({@code Create<Noun>}, {@code Describe|Get<Noun>}, {@code List<Nouns>}, {@code Update|Put|Modify<Noun>},
 * {@code Delete<Noun>}), identifier members from the Describe/Delete inputs, tagging operations, ARN templates;
 * then applies the service's override file.
 */
public final class CatalogBuilder {

    static final List<String> CREATE_VERBS = List.of("Create", "Register");
    static final List<String> READ_VERBS = List.of("Describe", "Get");
    static final List<String> LIST_VERBS = List.of("List", "Describe", "Get");
    static final List<String> UPDATE_VERBS = List.of("Update", "Modify", "Put");
    static final List<String> DELETE_VERBS = List.of("Delete", "Deregister");
    static final List<String> READ_ONLY_PREFIXES = List.of("Describe", "Get", "List", "Search", "Lookup",
            "BatchGet", "BatchDescribe", "Check", "Validate", "Preview", "Estimate", "Query", "Head");
    private static final Pattern ID_PREFIX = Pattern.compile("^\\^?([a-z][a-z0-9]{0,11}-)");

    private final ArnTemplates arnTemplates;

    public CatalogBuilder(ArnTemplates arnTemplates) {
        this.arnTemplates = arnTemplates;
    }

    public ServiceCatalog build(ServiceModel model, CatalogOverride override) {
        Map<String, Operation> ops = model.operations();
        Map<String, ResourceType> resources = new TreeMap<>();
        Map<String, OpBinding> bindings = new TreeMap<>();
        for (String noun : nouns(ops.keySet())) {
            List<String> create = present(ops.keySet(), CREATE_VERBS, noun);
            if (create.isEmpty()) {
                create = present(ops.keySet(), List.of("Put"), noun);
            }
            List<String> read = present(ops.keySet(), READ_VERBS, noun);
            List<String> delete = present(ops.keySet(), DELETE_VERBS, noun);
            List<String> list = new ArrayList<>();
            for (String plural : Names.plurals(noun)) {
                list.addAll(present(ops.keySet(), LIST_VERBS, plural));
            }
            for (String suffix : List.of("Names", "Ids", "Arns", "Summaries")) {
                list.addAll(present(ops.keySet(), List.of("List"), noun + suffix));
            }
            if (create.isEmpty() || (read.isEmpty() && delete.isEmpty() && list.isEmpty())) {
                continue;
            }
            ResourceType type = resourceType(model, noun, create, read, delete);
            resources.put(noun, type);
            create.forEach(op -> bindings.put(op, new OpBinding(op, OpKind.CREATE, noun)));
            read.forEach(op -> bindings.put(op, new OpBinding(op, OpKind.READ, noun)));
            list.forEach(op -> bindings.putIfAbsent(op, new OpBinding(op, OpKind.LIST, noun)));
            delete.forEach(op -> bindings.put(op, new OpBinding(op, OpKind.DELETE, noun)));
            for (String op : present(ops.keySet(), UPDATE_VERBS, noun)) {
                bindings.putIfAbsent(op, new OpBinding(op, OpKind.UPDATE, noun));
            }
        }
        for (String op : ops.keySet()) {
            bindings.computeIfAbsent(op, o -> classify(o, resources));
        }
        if (override != null) {
            override.apply(model, resources, bindings, this);
        }
        return new ServiceCatalog(model.name(), model, Map.copyOf(resources), Map.copyOf(bindings));
    }

    /** Nouns named by {@code Create<Noun>}, {@code Register<Noun>} and {@code Put<Noun>} operations. */
    private static Set<String> nouns(Set<String> ops) {
        Set<String> nouns = new LinkedHashSet<>();
        for (String op : ops) {
            for (String verb : List.of("Create", "Register", "Put")) {
                if (op.startsWith(verb) && op.length() > verb.length()
                        && Character.isUpperCase(op.charAt(verb.length())) && !op.endsWith("Tags")) {
                    nouns.add(op.substring(verb.length()));
                }
            }
        }
        return nouns;
    }

    private static List<String> present(Set<String> ops, List<String> verbs, String noun) {
        List<String> out = new ArrayList<>();
        for (String verb : verbs) {
            if (ops.contains(verb + noun)) {
                out.add(verb + noun);
            }
        }
        return out;
    }

    /** Tagging, actions on a known resource, read-only or unsupported. */
    private static OpBinding classify(String op, Map<String, ResourceType> resources) {
        if (op.equals("TagResource") || op.startsWith("AddTags") || op.equals("TagResources")
                || op.equals("CreateTags") || op.equals("CreateOrUpdateTags")
                || (op.startsWith("Tag") && resources.containsKey(op.substring(3)))) {
            return new OpBinding(op, OpKind.TAG, null);
        }
        if (op.equals("UntagResource") || op.startsWith("RemoveTags") || op.equals("UntagResources")
                || op.equals("DeleteTags")
                || (op.startsWith("Untag") && resources.containsKey(op.substring(5)))) {
            return new OpBinding(op, OpKind.UNTAG, null);
        }
        if (op.startsWith("ListTags") || op.equals("ListTagsForResource") || op.equals("ListResourceTags")
                || op.equals("GetResourceTags") || op.equals("GetTags") || op.equals("DescribeTagsForResource")
                || op.equals("DescribeTags") || (op.startsWith("List") && op.endsWith("Tags"))) {
            return new OpBinding(op, OpKind.LIST_TAGS, null);
        }
        for (String noun : resources.keySet()) {
            if (op.endsWith(noun) && op.length() > noun.length()
                    && READ_ONLY_PREFIXES.stream().noneMatch(op::startsWith)
                    && Character.isUpperCase(op.charAt(0)) && op.substring(0, op.length() - noun.length())
                    .chars().allMatch(Character::isLetter) && isVerb(op.substring(0, op.length() - noun.length()))) {
                return new OpBinding(op, OpKind.ACTION, noun);
            }
        }
        return new OpBinding(op, readOnly(op) ? OpKind.EMPTY_READ : OpKind.UNSUPPORTED, null);
    }

    private static boolean isVerb(String prefix) {
        return prefix.matches("Start|Stop|Reboot|Restart|Enable|Disable|Reset|Cancel|Restore|Failover|Promote"
                + "|Pause|Resume|Publish|Activate|Deactivate|Suspend|Run|Invoke|Execute|Update|Modify|Put");
    }

    static boolean readOnly(String op) {
        for (String p : READ_ONLY_PREFIXES) {
            if (op.startsWith(p) && (op.length() == p.length() || Character.isUpperCase(op.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }

    ResourceType resourceType(ServiceModel model, String noun, List<String> create, List<String> read,
                              List<String> delete) {
        Shape createInput = input(model, create.get(0));
        List<String> keys = new ArrayList<>();
        for (String op : read.isEmpty() ? delete : read) {
            Shape in = input(model, op);
            if (in != null) {
                for (String r : in.required()) {
                    Shape t = model.target(in.member(r));
                    if (t.type() == ShapeType.STRING && !r.contains("Token")) {
                        keys.add(r);
                    }
                }
            }
            if (!keys.isEmpty()) {
                break;
            }
        }
        String name = null;
        String id = null;
        if (createInput != null) {
            name = firstMember(createInput, noun + "Name", "Name", noun + "Identifier", noun);
            if (name == null) {
                name = createInput.required().stream().filter(r -> r.endsWith("Name")
                        && model.target(createInput.member(r)).type() == ShapeType.STRING).findFirst().orElse(null);
            }
            id = firstMember(createInput, noun + "Id");
        }
        if (keys.isEmpty()) {
            String guess = name != null ? name : noun + "Id";
            keys.add(guess);
        }
        String idMember = id != null ? id : outputIdMember(model, create.get(0), noun);
        if (idMember == null && createInput != null) {
            idMember = keys.stream().filter(k -> (k.endsWith("Id") || k.endsWith("Identifier"))
                    && firstMember(createInput, k) == null).findFirst().orElse(null);
        }
        return new ResourceType(noun, List.copyOf(keys), name, idMember,
                arnTemplates.template(model.summary(), noun), idPrefix(model, idMember), "alnum", create, null);
    }

    /** The member the create output returns a generated id in ({@code VpcId}, {@code Id}), or null. */
    private static String outputIdMember(ServiceModel model, String op, String noun) {
        Operation o = model.operation(op);
        if (o.output() == null) {
            return null;
        }
        Shape out = model.target(o.output());
        String direct = firstMember(out, noun + "Id", "Id");
        if (direct != null) {
            return direct;
        }
        for (Member m : out.members().values()) {
            Shape t = model.target(m);
            if (t.isStructure()) {
                String nested = firstMember(t, noun + "Id", "Id");
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String idPrefix(ServiceModel model, String idMember) {
        if (idMember == null) {
            return "";
        }
        for (Shape s : model.shapes().values()) {
            Member m = s.isStructure() ? s.member(idMember) : null;
            if (m != null) {
                String pattern = model.target(m).pattern();
                if (pattern != null) {
                    Matcher matcher = ID_PREFIX.matcher(pattern);
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
                return "";
            }
        }
        return "";
    }

    static String firstMember(Shape shape, String... names) {
        for (String n : names) {
            for (String m : shape.members().keySet()) {
                if (m.equalsIgnoreCase(n)) {
                    return m;
                }
            }
        }
        return null;
    }

    static Shape input(ServiceModel model, String op) {
        Operation o = model.operation(op);
        return o == null || o.input() == null ? null : model.target(o.input());
    }
}
