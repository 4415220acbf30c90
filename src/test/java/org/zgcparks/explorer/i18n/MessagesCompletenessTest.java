package org.zgcparks.explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in English, Chinese and Russian, with the same placeholders in each. */
class MessagesCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties load(String bundle, String suffix) throws Exception {
        String path = "/org/zgcparks/explorer/i18n/" + bundle + suffix + ".properties";
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "figures"})
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders(String bundle) throws Exception {
        Properties en = load(bundle, "");
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "ru")) {
            Properties other = load(bundle, "_" + lang);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (bundle.equals("figures") && key.startsWith("scale.")) {
                    continue; // shared by all languages through the base bundle
                }
                String text = other.getProperty(key);
                if (text == null) {
                    problems.add(lang + ": missing " + key);
                } else if (key.startsWith("unit.")) {
                    // a count's number {0}; {1} (for plural rules) and {2} (the case) as the language's grammar needs
                    if (!placeholders(text).contains("0")) {
                        problems.add(lang + ": " + key + " does not show the number {0}");
                    }
                } else if (!placeholders(text).equals(placeholders(en.getProperty(key)))) {
                    problems.add(lang + ": " + key + " has placeholders " + placeholders(text) + ", English has "
                            + placeholders(en.getProperty(key)));
                }
            }
            for (String key : other.stringPropertyNames()) {
                if (!en.containsKey(key) && !key.startsWith("case.")) {
                    problems.add(lang + ": " + key + " is not in the English file");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
