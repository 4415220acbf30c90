package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads plain fields of a located JSON tree for the mappers and records what is wrong with them: required fields
 * and their types, ids (their form and uniqueness across the file) and references to ids, which are checked once
 * every id is known. Problems are collected, never thrown, so a user sees all of them at once.
 */
final class JsonFields {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LocatedJson json;
    private final List<Problem> problems;
    /** Every id defined anywhere, with the pointer of its first definition. */
    private final Map<String, String> allIds = new HashMap<>();
    private final List<Runnable> referenceChecks = new ArrayList<>();

    JsonFields(LocatedJson json, List<Problem> problems) {
        this.json = json;
        this.problems = problems;
    }

    JsonNode root() {
        return json.root();
    }

    DatasetLimits limits() {
        return json.limits();
    }

    void problem(String pointer, String message) {
        problems.add(json.problem(pointer, message));
    }

    String id(JsonNode n, String p) {
        String id = text(n, p, "id", true);
        if (id == null) {
            return "";
        }
        if (!ID.matcher(id).matches()) {
            problem(p + "/id", "id \"" + id + "\" must be lower-case letters and digits separated by single hyphens");
        }
        String first = allIds.putIfAbsent(id, p);
        if (first != null) {
            problem(p + "/id", "duplicate id \"" + id + "\": already defined at " + first);
        }
        return id;
    }

    String text(JsonNode n, String p, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p.isEmpty() ? "" : p, "missing required field \"" + field + "\"");
            }
            return null;
        }
        if (!v.isTextual()) {
            problem(p + "/" + field, "\"" + field + "\" must be a string");
            return null;
        }
        if (required && v.asText().isBlank()) {
            problem(p + "/" + field, "\"" + field + "\" must not be empty");
        }
        return v.asText();
    }

    BigDecimal number(JsonNode n, String p, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p, "missing required number \"" + field + "\"");
            }
            return null;
        }
        if (!v.isNumber()) {
            problem(p + "/" + field, "\"" + field + "\" must be a number");
            return null;
        }
        return v.decimalValue();
    }

    List<String> strings(JsonNode n, String p, String field) {
        JsonNode arr = n.get(field);
        List<String> out = new ArrayList<>();
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            problem(p + "/" + field, "\"" + field + "\" must be an array of strings");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isTextual()) {
                problem(p + "/" + field + "/" + i, "must be a string");
            } else {
                out.add(arr.get(i).asText());
            }
        }
        return out;
    }

    /** The top-level array {@code field}, each object entry mapped; entries the mapper refuses (null) are left out. */
    <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> mapper) {
        JsonNode arr = root.get(field);
        List<T> out = new ArrayList<>();
        if (arr == null || !arr.isArray()) {
            problem(arr == null ? "" : "/" + field, "missing array \"" + field + "\"");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            String p = "/" + field + "/" + i;
            if (!arr.get(i).isObject()) {
                problem(p, "each entry of \"" + field + "\" must be an object");
                continue;
            }
            T item = mapper.apply(arr.get(i), p);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** The ids the entries of the top-level array {@code field} declare, whether or not the entries are valid. */
    static Set<String> declaredIds(JsonNode root, String field) {
        Set<String> ids = new HashSet<>();
        JsonNode arr = root.get(field);
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> {
                if (n.isObject() && n.path("id").isTextual()) {
                    ids.add(n.get("id").asText());
                }
            });
        }
        return ids;
    }

    /** Checks a reference once every id is known (parks may name parents defined later). */
    void reference(String pointer, String id, Set<String> known, String what) {
        if (id == null) {
            return;
        }
        referenceChecks.add(() -> {
            if (!known.contains(id)) {
                problem(pointer, "unknown " + what + " \"" + id + "\"");
            }
        });
    }

    /** Runs the reference checks collected so far, once every entry has been read. */
    void checkReferences() {
        referenceChecks.forEach(Runnable::run);
    }

    /** The pointer at which {@code id} was first defined, or {@code prefix} if it never was. */
    String pointerOfId(String prefix, String id) {
        String p = allIds.get(id);
        return p == null ? prefix : p;
    }
}
