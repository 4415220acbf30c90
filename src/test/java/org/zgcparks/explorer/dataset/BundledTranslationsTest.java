package org.zgcparks.explorer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset's Chinese and Russian are translations, not copies of the English: every localized text
 * (an object with "en" and "zh" or "ru") has Chinese characters in zh and Cyrillic in ru, and the only Latin
 * words of four letters or more left in them are proper names, brands and abbreviations named below.
 */
class BundledTranslationsTest {

    /** Texts that are the same in every language (a technical name written the same way everywhere). */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("5G");

    /**
     * Latin words a Chinese or Russian reader sees in the sources too: company and brand names the articles
     * give only in Latin letters, abbreviations, and the names of the map's data source.
     */
    private static final Set<String> PROPER_NAMES = Set.of(
            "OLED", "OpenStreetMap", "Fortune", "Inno",
            "Wdwkbio", "Irootech", "Herosail", "Huami",
            "wearables", "Trustworthy", "Plug", "Play", "Tech", "Center",
            "Microsoft", "Thunder", "Software",
            "Huawei", "Lenovo", "Baidu", "Tencent", "Oracle",
            "UBTech", "Xiaomi", "Jinlan", "Gene",
            "Beijing", "News");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{4,}");

    /** "2024年" where the app writes "2024 年", as its formatted figures and dates do. */
    private static final Pattern NUMBER_TOUCHING_HAN = Pattern.compile("\\d\\p{IsHan}|\\p{IsHan}\\d");

    static JsonNode root;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = BundledTranslationsTest.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            root = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void chineseAndRussianAreWrittenInTheirOwnScriptsAndAreNotCopiesOfTheEnglish() {
        List<String> found = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        walk(root, "", (at, text) -> {
            checked.add(at);
            String en = text.path("en").asText("");
            if (SAME_IN_EVERY_LANGUAGE.contains(en)) {
                return;
            }
            if (text.has("zh")) {
                String zh = text.get("zh").asText();
                if (zh.equals(en)) {
                    found.add(at + ": zh is the English text \"" + en + "\"");
                }
                if (zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    found.add(at + ": zh has no Chinese characters: \"" + zh + "\"");
                }
                foreignWords(zh).forEach(w -> found.add(at + ": zh holds the English word \"" + w + "\""));
                Matcher tight = NUMBER_TOUCHING_HAN.matcher(zh.replaceAll("《[^》]*》", ""));
                if (tight.find()) {
                    found.add(at + ": zh writes \"" + tight.group() + "\" without the space the app puts between numbers"
                            + " and characters (\"2024 年\"); official titles in 《》 keep their own form");
                }
            }
            if (text.has("ru")) {
                String ru = text.get("ru").asText();
                if (ru.equals(en)) {
                    found.add(at + ": ru is the English text \"" + en + "\"");
                }
                if (ru.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                    found.add(at + ": ru has no Cyrillic letters: \"" + ru + "\"");
                }
                foreignWords(ru).forEach(w -> found.add(at + ": ru holds the English word \"" + w + "\""));
            }
        });
        assertTrue(checked.size() > 400, "expected the bundled dataset's several hundred texts, found " + checked.size());
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsAnUntranslatedCopyAndAnEnglishWordInside() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("""
                {"parks": [{"id": "p1",
                  "description": {"en": "A park.", "zh": "A park.", "ru": "Парк для startups."}}]}""");
        List<String> found = new ArrayList<>();
        walk(bad, "", (at, text) -> {
            if (text.get("zh").asText().equals(text.get("en").asText())) {
                found.add(at + " zh");
            }
            foreignWords(text.get("ru").asText()).forEach(w -> found.add(at + " ru " + w));
        });
        assertEquals(List.of("/parks/p1/description zh", "/parks/p1/description ru startups"), found);
    }

    private static List<String> foreignWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!PROPER_NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private interface TextVisitor {
        void visit(String at, JsonNode text);
    }

    /** Visits every localized text, located by ids where the records have them ("/parks/bda/description"). */
    private static void walk(JsonNode node, String at, TextVisitor visitor) {
        if (node.isObject()) {
            if (node.path("en").isTextual() && (node.has("zh") || node.has("ru"))) {
                visitor.visit(at, node);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), at + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = item.path("id").isTextual() ? item.get("id").asText() : String.valueOf(i);
                walk(item, at + "/" + key, visitor);
            }
        }
    }
}
