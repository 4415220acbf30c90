package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a tree, remembering the line and column at which
 * each value starts, so that problems found later can say where they are. Reading is bounded by
 * {@link DatasetLimits}: Jackson's stream-read constraints (nesting depth, string and number lengths) and our own
 * counts of values and array elements, so a hostile file cannot exhaust memory. A limit that is reached is one
 * problem with its line and column.
 * <p>
 * Locations are kept compactly: a map entry per object member, and per array one {@code long[]} of its elements'
 * starts; numbers get none of their own (a problem in a number points at the array or member that holds it), so a
 * ring of a million positions costs eight bytes a position here rather than a string key each.
 */
final class LocatedJson {

    private final String file;
    private final JsonNode root;
    private final DatasetLimits limits;
    private final Map<String, int[]> locations;
    /** Per array pointer: the packed line and column of each element (0 for numbers, which have none). */
    private final Map<String, long[]> elementLocations;

    private LocatedJson(String file, JsonNode root, DatasetLimits limits, Map<String, int[]> locations,
                        Map<String, long[]> elementLocations) {
        this.file = file;
        this.root = root;
        this.limits = limits;
        this.locations = locations;
        this.elementLocations = elementLocations;
    }

    JsonNode root() {
        return root;
    }

    DatasetLimits limits() {
        return limits;
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
            int slash = p.lastIndexOf('/');
            long packed = elementLocation(p.substring(0, slash), p.substring(slash + 1));
            if (packed != 0) {
                return new Problem(file, pointer, (int) (packed >>> 32), (int) packed, message);
            }
            p = p.substring(0, slash);
        }
    }

    private long elementLocation(String array, String index) {
        long[] table = elementLocations.get(array);
        if (table == null || index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int i = Integer.parseInt(index);
        return i < table.length ? table[i] : 0;
    }

    /** Parses with the default limits. */
    static LocatedJson parse(String file, byte[] bytes, List<Problem> problems) {
        return parse(file, bytes, DatasetLimits.DEFAULT, problems);
    }

    /** Parses the bytes; syntax errors, limits reached and duplicate keys are added to {@code problems}, returning null if unreadable. */
    static LocatedJson parse(String file, byte[] bytes, DatasetLimits limits, List<Problem> problems) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(64)
                        .maxNameLength(1_000)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        Reader reader = new Reader(file, limits);
        try (JsonParser p = factory.createParser(bytes)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    problems.add(new Problem(file, "", 1, 1, "the file is empty"));
                    return null;
                }
                JsonLocation start = p.currentTokenLocation();
                reader.locations.put("", new int[] {start.getLineNr(), start.getColumnNr()});
                JsonNode root = reader.readValue(p, "");
                if (p.nextToken() != null) {
                    JsonLocation loc = p.currentTokenLocation();
                    problems.add(new Problem(file, "", loc.getLineNr(), loc.getColumnNr(),
                            "unexpected content after the end of the JSON document"));
                    return null;
                }
                problems.addAll(reader.duplicates);
                return new LocatedJson(file, root, limits, reader.locations, reader.elementLocations);
            } catch (StreamConstraintsException e) {
                // Jackson's constraint errors carry no location: take the parser's, while it is open
                JsonLocation loc = p.currentLocation();
                problems.add(new Problem(file, "", loc.getLineNr(), loc.getColumnNr(), constraintMessage(e, limits)));
                return null;
            }
        } catch (LimitReached e) {
            problems.add(new Problem(file, e.pointer, e.line, e.column, e.getMessage()));
            return null;
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

    private static String constraintMessage(StreamConstraintsException e, DatasetLimits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "arrays and objects are nested more than " + limits.maxNestingDepth() + " deep";
        }
        if (m.contains("String value length")) {
            return "a string is longer than the " + limits.maxStringLength() + " characters a dataset string may have";
        }
        if (m.contains("Number value length")) {
            return "a number has more digits than the 64 a dataset number may have";
        }
        if (m.contains("Name length")) {
            return "a member name is longer than the 1000 characters allowed";
        }
        if (m.contains("Document length")) {
            return "the file is larger than the " + limits.maxBytes() + " bytes a dataset may have";
        }
        return "not valid JSON: " + m;
    }

    /** One pass over the tokens, counting values against the limits. */
    private static final class Reader {
        final String file;
        final DatasetLimits limits;
        final Map<String, int[]> locations = new HashMap<>();
        final Map<String, long[]> elementLocations = new HashMap<>();
        final List<Problem> duplicates = new ArrayList<>();
        long values;

        Reader(String file, DatasetLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        JsonNode readValue(JsonParser p, String pointer) throws IOException {
            if (++values > limits.maxValues()) {
                throw tooManyValues(p, pointer);
            }
            JsonNodeFactory nf = JsonNodeFactory.instance;
            switch (p.currentToken()) {
                case START_OBJECT: {
                    ObjectNode obj = nf.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonLocation keyLoc = p.currentTokenLocation();
                        p.nextToken();
                        String child = pointer + "/" + escape(name);
                        JsonLocation valueLoc = p.currentTokenLocation();
                        locations.put(child, new int[] {valueLoc.getLineNr(), valueLoc.getColumnNr()});
                        JsonNode value = readValue(p, child);
                        if (obj.has(name)) {
                            duplicates.add(new Problem(file, child, keyLoc.getLineNr(), keyLoc.getColumnNr(),
                                    "duplicate key \"" + name + "\""));
                        }
                        obj.set(name, value);
                    }
                    return obj;
                }
                case START_ARRAY: {
                    List<JsonNode> elements = new ArrayList<>();
                    long[] starts = null;
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (i >= limits.maxArrayLength()) {
                            throw new LimitReached(p, pointer, "an array has more than " + limits.maxArrayLength()
                                    + " elements, the most a dataset array may have");
                        }
                        if (p.currentToken().isNumeric()) {
                            if (++values > limits.maxValues()) {
                                throw tooManyValues(p, pointer + "/" + i);
                            }
                            elements.add(element(p));
                        } else {
                            if (starts == null) {
                                starts = new long[Math.max(8, i + 1)];
                            } else if (i >= starts.length) {
                                starts = Arrays.copyOf(starts, Math.min(limits.maxArrayLength(),
                                        Math.max(i + 1, starts.length * 2)));
                            }
                            JsonLocation loc = p.currentTokenLocation();
                            starts[i] = ((long) loc.getLineNr() << 32) | (loc.getColumnNr() & 0xffffffffL);
                            elements.add(readValue(p, pointer + "/" + i));
                        }
                        i++;
                    }
                    if (starts != null) {
                        elementLocations.put(pointer, starts.length == i ? starts : Arrays.copyOf(starts, i));
                    }
                    // an exactly sized list: a ring's million [lon, lat] pairs would otherwise each carry room for ten
                    return new ArrayNode(nf, new ArrayList<>(elements));
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

        private LimitReached tooManyValues(JsonParser p, String pointer) {
            return new LimitReached(p, pointer, "the file has more than " + limits.maxValues()
                    + " values (numbers, strings, arrays and objects), the most a dataset may have");
        }

        /**
         * A number in an array (a coordinate, as a rule): a double when that holds it exactly (no exponent, at most
         * 15 significant digits), which takes a third of the memory of a decimal; otherwise a decimal. Numbers in
         * object members (metric values) stay decimals, as written.
         */
        private static JsonNode element(JsonParser p) throws IOException {
            char[] text = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            int digits = 0;
            for (int k = offset; k < offset + length; k++) {
                char c = text[k];
                if (c == 'e' || c == 'E') {
                    digits = Integer.MAX_VALUE;
                    break;
                }
                if (c >= '0' && c <= '9') {
                    digits++;
                }
            }
            return digits <= 15 ? DoubleNode.valueOf(p.getDoubleValue()) : DecimalNode.valueOf(p.getDecimalValue());
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A limit of {@link DatasetLimits} reached while reading, at the parser's current place. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
        final String pointer;
        final int line;
        final int column;

        LimitReached(JsonParser p, String pointer, String message) {
            super(message);
            JsonLocation loc = p.currentTokenLocation();
            this.pointer = pointer;
            this.line = loc.getLineNr();
            this.column = loc.getColumnNr();
        }
    }

    private static final class JsonParseFailure extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseFailure(JsonParser p, String message) {
            super(message, p.currentTokenLocation());
        }
    }
}
