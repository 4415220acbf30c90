package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Names;

/**
 * Reads the written fields of an entry: names and texts in English, Chinese and Russian, and dates, from plain
 * dates (YYYY, YYYY-MM, YYYY-MM-DD) to the date specs of policies and timeline events (ranges, "by", approximate).
 */
final class TextFields {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final JsonFields fields;

    TextFields(JsonFields fields) {
        this.fields = fields;
    }

    Names names(JsonNode n, String p, boolean requireAllLanguages) {
        JsonNode names = n.get("names");
        String np = p + "/names";
        if (names == null || !names.isObject()) {
            fields.problem(np, "missing \"names\": an object with \"en\", \"zh\", \"ru\" and optionally \"pinyin\"");
            return new Names(n.path("id").asText("?"), "", "", "");
        }
        String en = fields.text(names, np, "en", true);
        String zh = fields.text(names, np, "zh", requireAllLanguages);
        String ru = fields.text(names, np, "ru", requireAllLanguages);
        String pinyin = fields.text(names, np, "pinyin", false);
        if (pinyin != null && pinyin.isBlank()) {
            fields.problem(np + "/pinyin", "\"pinyin\" must not be empty: leave it out where there is none");
        }
        return new Names(en == null ? "" : en, zh == null ? "" : zh, ru == null ? "" : ru,
                pinyin == null ? "" : pinyin);
    }

    /** A text that may also be written as a plain string, read as English only (for fields that were strings). */
    LocalizedText textOrLocalized(JsonNode n, String p, String field, boolean required) {
        JsonNode t = n.get(field);
        if (t != null && t.isTextual()) {
            return LocalizedText.english(t.asText());
        }
        return localized(n, p, field, required);
    }

    LocalizedText localized(JsonNode n, String p, String field, boolean required) {
        JsonNode t = n.get(field);
        String tp = p + "/" + field;
        if (t == null || t.isNull()) {
            if (required) {
                fields.problem(tp, "missing \"" + field + "\": an object with at least \"en\"");
            }
            return new LocalizedText("", "", "");
        }
        if (!t.isObject()) {
            fields.problem(tp, "\"" + field + "\" must be an object {\"en\": ..., \"zh\": ..., \"ru\": ...}");
            return new LocalizedText("", "", "");
        }
        String en = fields.text(t, tp, "en", true);
        String zh = fields.text(t, tp, "zh", false);
        String ru = fields.text(t, tp, "ru", false);
        return new LocalizedText(en == null ? "" : en, zh == null ? "" : zh, ru == null ? "" : ru);
    }

    /** The "date" of a policy or timeline event: exact, a range, "by" a date, or approximate. */
    DateSpec when(JsonNode n, String p) {
        String d = fields.text(n, p, "date", true);
        if (d == null) {
            return DateSpec.exact("");
        }
        FieldRules.dateProblem(d).ifPresent(msg -> fields.problem(p + "/date", msg));
        return DateSpec.parse(d).orElse(DateSpec.exact(d));
    }

    /** A plain date (YYYY, YYYY-MM or YYYY-MM-DD), or "" when it is missing. */
    String date(JsonNode n, String p, String field, boolean required) {
        String d = fields.text(n, p, field, required);
        if (d != null && !DATE.matcher(d).matches()) {
            fields.problem(p + "/" + field, "\"" + d + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return d == null ? "" : d;
    }
}
