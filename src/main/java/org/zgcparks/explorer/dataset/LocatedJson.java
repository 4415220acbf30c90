package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a tree, remembering the line and column at which
 * each value starts, so that problems found later can say where they are. Reading is bounded by Jackson's
 * stream-read constraints (nesting depth, string and number lengths), so a hostile file cannot exhaust memory.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(64)
                    .maxNameLength(1_000)
                    .build())
            .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedJson(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    JsonNode root() {
        return root;
    }

    /** A problem at the value with the given JSON pointer (or at its nearest located ancestor). */
    Problem problem(String pointer, String message) {
        String p = pointer;
        while (true) {
            int[] loc = locations.get(p);
            if (loc != null) {
                return new Problem(file, pointer, loc[0], loc[1], message);
            }
            if (p.isEmpty()) {
                return new Problem(file, pointer, 0, 0, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Parses the bytes; syntax errors and duplicate keys are added to {@code problems}, returning null if unreadable. */
    static LocatedJson parse(String file, byte[] bytes, List<Problem> problems) {
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(file, "", 1, 1, "the file is empty"));
                return null;
            }
            List<Problem> duplicates = new ArrayList<>();
            JsonNode root = readValue(parser, "", locations, file, duplicates);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                problems.add(new Problem(file, "", loc.getLineNr(), loc.getColumnNr(),
                        "unexpected content after the end of the JSON document"));
                return null;
            }
            problems.addAll(duplicates);
            return new LocatedJson(file, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new Problem(file, "", loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, 0, "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private static JsonNode readValue(JsonParser p, String pointer, Map<String, int[]> locations, String file,
                                      List<Problem> duplicates) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        locations.put(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
        JsonNodeFactory nf = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode obj = nf.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    p.nextToken();
                    String child = pointer + "/" + escape(name);
                    JsonNode value = readValue(p, child, locations, file, duplicates);
                    if (obj.has(name)) {
                        duplicates.add(new Problem(file, child, keyLoc.getLineNr(), keyLoc.getColumnNr(),
                                "duplicate key \"" + name + "\""));
                    }
                    obj.set(name, value);
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = nf.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(readValue(p, pointer + "/" + i, locations, file, duplicates));
                    i++;
                }
                return arr;
            }
            case VALUE_STRING:
                return nf.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return nf.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nf.booleanNode(true);
            case VALUE_FALSE:
                return nf.booleanNode(false);
            case VALUE_NULL:
                return nf.nullNode();
            default:
                throw new JsonParseFailure(p, "unexpected token " + p.currentToken());
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static final class JsonParseFailure extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseFailure(JsonParser p, String message) {
            super(message, p.currentTokenLocation());
        }
    }
}
