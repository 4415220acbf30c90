package org.zgcparks.explorer.basemap;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese place names written in pinyin ("Tongzhou", "Jiugong") rewritten in Cyrillic by the Palladius system, as
 * Russian maps and texts write them ("Тунчжоу", "Цзюгун"). Hand-written because no maintained Java library does
 * it (ICU's transliterators go from Han to pinyin, not from pinyin to Palladius); the system is a fixed table of
 * some 400 syllables, built here from its initials and finals with the system's few exceptions (hui → хуэй, the
 * dental sibilants' -i → ы, j/q/x/y + u → юй).
 *
 * <p>A word is split into pinyin syllables the way pinyin itself is read: a syllable starting with a, o or e inside
 * a word would have been marked with an apostrophe (Xi'an), so a split without such syllables wins ("Xinan" is
 * xi·nan), then the split with fewer syllables ("Xian" is one). A word that is not pinyin is not converted.
 */
final class Palladius {

    private static final String SYLLABLES = """
            a ai an ang ao e ei en eng er o ou yi ya yao ye you yan yin yang ying yong yu yue yuan yun yo
            wu wa wo wai wei wan wen wang weng
            ba bo bai bei bao ban ben bang beng bi biao bie bian bin bing bu
            pa po pai pei pao pou pan pen pang peng pi piao pie pian pin ping pu
            ma mo me mai mei mao mou man men mang meng mi miao mie miu mian min ming mu
            fa fo fei fou fan fen fang feng fu
            da de dai dei dao dou dan den dang deng dong di dia diao die diu dian ding du duo dui duan dun
            ta te tai tao tou tan tang teng tong ti tiao tie tian ting tu tuo tui tuan tun
            na ne nai nei nao nou nan nen nang neng nong ni niao nie niu nian nin niang ning nu nuo nuan nv nve
            la lo le lai lei lao lou lan lang leng long li lia liao lie liu lian lin liang ling lu luo luan lun lv lve
            ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
            ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
            ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
            ji jia jiao jie jiu jian jin jiang jing jiong ju jue juan jun
            qi qia qiao qie qiu qian qin qiang qing qiong qu que quan qun
            xi xia xiao xie xiu xian xin xiang xing xiong xu xue xuan xun
            zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
            cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
            sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
            re ri rao rou ran ren rang reng rong ru ruo rui ruan run
            za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
            ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
            sa se si sai sao sou san sen sang seng song su suo sui suan sun
            """;

    /** Syllables without an initial, as Palladius writes them. */
    private static final Map<String, String> ZERO_INITIAL = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("ai", "ай"), Map.entry("an", "ань"), Map.entry("ang", "ан"),
            Map.entry("ao", "ао"), Map.entry("e", "э"), Map.entry("ei", "эй"), Map.entry("en", "энь"),
            Map.entry("eng", "эн"), Map.entry("er", "эр"), Map.entry("o", "о"), Map.entry("ou", "оу"),
            Map.entry("yi", "и"), Map.entry("ya", "я"), Map.entry("yao", "яо"), Map.entry("ye", "е"),
            Map.entry("you", "ю"), Map.entry("yan", "янь"), Map.entry("yin", "инь"), Map.entry("yang", "ян"),
            Map.entry("ying", "ин"), Map.entry("yong", "юн"), Map.entry("yu", "юй"), Map.entry("yue", "юэ"),
            Map.entry("yuan", "юань"), Map.entry("yun", "юнь"), Map.entry("yo", "ё"), Map.entry("wu", "у"),
            Map.entry("wa", "ва"), Map.entry("wo", "во"), Map.entry("wai", "вай"), Map.entry("wei", "вэй"),
            Map.entry("wan", "вань"), Map.entry("wen", "вэнь"), Map.entry("wang", "ван"), Map.entry("weng", "вэн"));

    private static final Map<String, String> INITIALS = Map.ofEntries(
            Map.entry("b", "б"), Map.entry("p", "п"), Map.entry("m", "м"), Map.entry("f", "ф"), Map.entry("d", "д"),
            Map.entry("t", "т"), Map.entry("n", "н"), Map.entry("l", "л"), Map.entry("g", "г"), Map.entry("k", "к"),
            Map.entry("h", "х"), Map.entry("j", "цз"), Map.entry("q", "ц"), Map.entry("x", "с"), Map.entry("zh", "чж"),
            Map.entry("ch", "ч"), Map.entry("sh", "ш"), Map.entry("r", "ж"), Map.entry("z", "цз"), Map.entry("c", "ц"),
            Map.entry("s", "с"));

    /** Finals after an initial; "v" is ü. */
    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("o", "о"), Map.entry("e", "э"), Map.entry("ai", "ай"), Map.entry("ei", "эй"),
            Map.entry("ao", "ао"), Map.entry("ou", "оу"), Map.entry("an", "ань"), Map.entry("en", "энь"),
            Map.entry("ang", "ан"), Map.entry("eng", "эн"), Map.entry("ong", "ун"), Map.entry("i", "и"),
            Map.entry("ia", "я"), Map.entry("iao", "яо"), Map.entry("ie", "е"), Map.entry("iu", "ю"),
            Map.entry("ian", "янь"), Map.entry("in", "инь"), Map.entry("iang", "ян"), Map.entry("ing", "ин"),
            Map.entry("iong", "юн"), Map.entry("u", "у"), Map.entry("ua", "уа"), Map.entry("uo", "о"),
            Map.entry("uai", "уай"), Map.entry("ui", "уй"), Map.entry("uan", "уань"), Map.entry("un", "унь"),
            Map.entry("uang", "уан"), Map.entry("v", "юй"), Map.entry("ve", "юэ"));

    /**
     * Names Russian writes by an older tradition, not by the system: only Beijing among the basemap's places
     * (Tianjin and the rest are written by the system).
     */
    private static final Map<String, String> CONVENTIONAL = Map.of("beijing", "Пекин");

    /** Every syllable in Cyrillic (a constant, built once), and the length of the longest in letters. */
    private static final Map<String, String> TABLE = table();
    private static final int LONGEST = 6;

    private Palladius() {
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        for (String s : SYLLABLES.strip().split("\\s+")) {
            t.put(s, syllable(s));
        }
        t.put("lue", "люэ"); // lüe and nüe are often written without the dots
        t.put("nue", "нюэ");
        return Map.copyOf(t);
    }

    private static String syllable(String s) {
        String zero = ZERO_INITIAL.get(s);
        if (zero != null) {
            return zero;
        }
        String initial = s.length() > 2 && s.charAt(1) == 'h' && "zcs".indexOf(s.charAt(0)) >= 0
                ? s.substring(0, 2) : s.substring(0, 1);
        String fin = s.substring(initial.length());
        if (fin.equals("i") && initial.matches("zh|ch|sh|r")) {
            return INITIALS.get(initial) + "и";
        }
        if (fin.equals("i") && initial.matches("[zcs]")) {
            return INITIALS.get(initial) + "ы";
        }
        if (initial.matches("[jqx]") && fin.startsWith("u")) {
            fin = "v" + fin.substring(1); // ju, que, xuan, qun: the u is ü
        }
        if (s.equals("hui")) {
            return "хуэй";
        }
        String f = fin.equals("van") ? "юань" : fin.equals("vn") ? "юнь" : FINALS.get(fin);
        if (f == null) {
            throw new IllegalStateException("no final for " + s);
        }
        return INITIALS.get(initial) + f;
    }

    /**
     * The name in Palladius Cyrillic ("Tongzhou" → "Тунчжоу", "Xiaotangshan Zhen" → "Сяотаншань Чжэнь"), or empty
     * when a word of it is not pinyin (a name in English, or with digits).
     */
    static Optional<String> convert(String pinyin) {
        String plain = Normalizer.normalize(pinyin.replace("ü", "v").replace("Ü", "V").replace("u:", "v"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = plain.strip().split("((?<=[\\s\\-'’])|(?=[\\s\\-'’]))");
        StringBuilder out = new StringBuilder();
        boolean newWord = true;
        for (String w : words) {
            if (w.isBlank() || w.matches("[\\-'’]")) {
                if (!w.matches("['’]")) {
                    out.append(w);
                    newWord = true;
                }
                continue;
            }
            Optional<String> word = word(w.toLowerCase(Locale.ROOT));
            if (word.isEmpty()) {
                return Optional.empty();
            }
            String c = word.get();
            out.append(newWord ? c.substring(0, 1).toUpperCase(Locale.forLanguageTag("ru")) + c.substring(1) : c);
            newWord = false;
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** One word: the best split into syllables (see the class comment), joined with Palladius' hard sign. */
    private static Optional<String> word(String w) {
        if (!w.matches("[a-z]+")) {
            return Optional.empty();
        }
        if (CONVENTIONAL.containsKey(w)) {
            return Optional.of(CONVENTIONAL.get(w).toLowerCase(Locale.ROOT));
        }
        int n = w.length();
        // best[i]: the best split of w[i..]; cost = (vowel-initial syllables inside the word) * 100 + syllables
        int[] cost = new int[n + 1];
        int[] next = new int[n + 1];
        cost[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            cost[i] = Integer.MAX_VALUE;
            for (int j = Math.min(n, i + LONGEST); j > i; j--) {
                if (cost[j] == Integer.MAX_VALUE || !TABLE.containsKey(w.substring(i, j))) {
                    continue;
                }
                int c = cost[j] + 1 + (i > 0 && "aoe".indexOf(w.charAt(i)) >= 0 ? 100 : 0);
                if (c < cost[i]) {
                    cost[i] = c;
                    next[i] = j;
                }
            }
        }
        if (cost[0] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i = next[i]) {
            String c = TABLE.get(w.substring(i, next[i]));
            int last = out.length() - 1;
            // -ng (written н) before я, е, ё, ю takes the hard sign so the н stays hard: Chang'yang → Чанъян
            if (last > 0 && out.charAt(last) == 'н' && "яеёю".indexOf(c.charAt(0)) >= 0) {
                out.append('ъ');
            }
            out.append(c);
        }
        return Optional.of(out.toString());
    }
}
