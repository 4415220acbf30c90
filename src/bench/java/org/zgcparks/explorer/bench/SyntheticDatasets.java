package org.zgcparks.explorer.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Ring;
import org.zgcparks.explorer.model.Role;

/**
 * Generates synthetic datasets of any size for benchmarks, deterministic for a seed. Each park gets a
 * Chinese-style name built from real place-name syllables (pinyin with tones, hanzi and a Russian transliteration),
 * a kind, one of the 16 districts, a position inside Beijing, a hexagonal outline of 0.3–3 km, and 2–6 industry
 * links (roles mixed) drawn from the bundled taxonomy with the skew real zones show (a few industries are common).
 * Sources, districts and industries are the bundled dataset's. Sizes used: 31, 2,543 (China's national
 * development-zone catalogue) and 25,000.
 */
public final class SyntheticDatasets {

    private static final String[][] SYLLABLES = {
            {"Zhōng", "中", "Чжун"}, {"guān", "关", "гуань"}, {"cūn", "村", "цунь"}, {"Hǎi", "海", "Хай"},
            {"diàn", "淀", "дянь"}, {"Chāng", "昌", "Чан"}, {"píng", "平", "пин"}, {"Yì", "亦", "И"},
            {"zhuāng", "庄", "чжуан"}, {"Dà", "大", "Да"}, {"xīng", "兴", "син"}, {"Fáng", "房", "Фан"},
            {"shān", "山", "шань"}, {"Shùn", "顺", "Шунь"}, {"yì", "义", "и"}, {"Tōng", "通", "Тун"},
            {"zhōu", "州", "чжоу"}, {"Huái", "怀", "Хуай"}, {"róu", "柔", "жоу"}, {"Mì", "密", "Ми"},
            {"yún", "云", "юнь"}, {"Yán", "延", "Янь"}, {"qìng", "庆", "цин"}, {"Fēng", "丰", "Фэн"},
            {"tái", "台", "тай"}, {"Jīn", "金", "Цзинь"}, {"qiáo", "桥", "цяо"}, {"Xī", "西", "Си"},
            {"běi", "北", "бэй"}, {"nán", "南", "нань"}, {"dōng", "东", "дун"}, {"Huá", "华", "Хуа"},
            {"kē", "科", "кэ"}, {"chuàng", "创", "чуан"}, {"xīn", "新", "синь"}, {"Wàng", "望", "Ван"}};
    private static final String[][] SUFFIX = {{"Science Park", "科技园", "научный парк"},
            {"Industrial Park", "产业园", "промышленный парк"}, {"Innovation Base", "创新基地", "инновационная база"},
            {"Development Zone", "开发区", "зона развития"}, {"Valley", "谷", "долина"}};

    private SyntheticDatasets() {
    }

    /** A dataset with {@code parks} synthetic parks (and the bundled dataset's taxonomy and sources). */
    public static Dataset generate(int parks, long seed) throws Exception {
        Dataset base = new DatasetLoader().loadBundled();
        Random rnd = new Random(seed);
        List<Industry> industries = base.industries();
        String source = base.sources().get(0).id();
        List<Park> out = new ArrayList<>(parks);
        ParkKind[] kinds = ParkKind.values();
        for (int n = 0; n < parks; n++) {
            int syllables = 2 + rnd.nextInt(2);
            StringBuilder py = new StringBuilder(), zh = new StringBuilder(), ru = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                String[] syl = SYLLABLES[rnd.nextInt(SYLLABLES.length)];
                py.append(s == 0 ? syl[0] : syl[0].toLowerCase());
                zh.append(syl[1]);
                ru.append(s == 0 ? syl[2] : syl[2].toLowerCase());
            }
            String[] suffix = SUFFIX[rnd.nextInt(SUFFIX.length)];
            String plain = Normalizer.normalize(py, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            Names names = new Names(plain + " " + suffix[0] + " " + n, zh + suffix[1] + n, ru + " " + suffix[2] + " " + n,
                    py.toString());
            double lat = 39.55 + rnd.nextDouble() * 1.3;
            double lon = 115.6 + rnd.nextDouble() * 1.8;
            double r = 0.003 + rnd.nextDouble() * 0.012;
            List<GeoPoint> ring = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                double a = Math.PI / 3 * k;
                ring.add(new GeoPoint(lat + r * Math.sin(a), lon + r * 1.3 * Math.cos(a)));
            }
            ring.add(ring.get(0));
            Set<String> chosen = new LinkedHashSet<>();
            int links = 2 + rnd.nextInt(5);
            while (chosen.size() < links) {
                // skewed: low indexes (AI, integrated circuits, biomedicine...) are far more common
                int idx = (int) Math.min(industries.size() - 1, Math.abs(rnd.nextGaussian()) * industries.size() / 3);
                chosen.add(industries.get(idx).id());
            }
            List<IndustryLink> linkList = new ArrayList<>();
            for (String id : chosen) {
                linkList.add(new IndustryLink(id, Role.values()[rnd.nextInt(3)], List.of(source), ""));
            }
            String district = base.districts().get(rnd.nextInt(base.districts().size())).id();
            out.add(new Park("park-" + n, names, List.of(), kinds[rnd.nextInt(kinds.length)], null, district,
                    new GeoPoint(lat, lon), "", Optional.of(new Outline(List.of(new Ring(ring)), "synthetic")),
                    LocalizedText.english("Synthetic park " + n), linkList, List.of()));
        }
        return new Dataset(base.info(), base.sources(), base.regions(), base.districts(), base.industryGroups(),
                industries, out, List.of(), List.of());
    }
}
