package org.zgcparks.explorer.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pinyin place names in Russian by the Palladius system, and the basemap's Russian labels that use it. */
class PalladiusTest {

    static final Locale RU = new Locale("ru");

    static String ru(String pinyin) {
        return Palladius.convert(pinyin).orElseThrow(() -> new AssertionError("not converted: " + pinyin));
    }

    @Test
    void thePlacesRussianMapsShowedInLatin() {
        assertEquals("Тунчжоу", ru("Tongzhou"));
        assertEquals("Фаншань", ru("Fangshan"));
        assertEquals("Ланфан", ru("Langfang"));
        assertEquals("Цинхэ", ru("Qinghe"));
        assertEquals("Лугу", ru("Lugu"));
        assertEquals("Цзюгун", ru("Jiugong"));
        assertEquals("Дунба", ru("Dongba"));
    }

    @Test
    void trickySyllables() {
        // zh, ch, sh, r and the dental sibilants' -i
        assertEquals("Чжунгуаньцунь", ru("Zhongguancun"));
        assertEquals("Чанпин", ru("Changping"));
        assertEquals("Шуньи", ru("Shunyi"));
        assertEquals("Жэньхэ", ru("Renhe"));
        assertEquals("Жичжао", ru("Rizhao"));
        assertEquals("Цзычжу", ru("Zizhu"));
        assertEquals("Сыцзи", ru("Siji"));
        assertEquals("Цыцюй", ru("Ciqu"));
        // j, q, x with i and with ü written u
        assertEquals("Цзиньцяо", ru("Jinqiao"));
        assertEquals("Сюйчжоу", ru("Xuzhou"));
        assertEquals("Цюаньчжоу", ru("Quanzhou"));
        assertEquals("Сюэцин", ru("Xueqing"));
        assertEquals("Цзюньлян", ru("Junliang"));
        // -ian, -ui, -un, -ong, e and ye
        assertEquals("Хайдянь", ru("Haidian"));
        assertEquals("Хуэйлунгуань", ru("Huilongguan"));
        assertEquals("Шуйтунь", ru("Shuitun"));
        assertEquals("Гуйлунь", ru("Guilun"));
        assertEquals("Дунчэн", ru("Dongcheng"));
        assertEquals("Мэньтоугоу", ru("Mentougou"));
        assertEquals("Ехэ", ru("Yehe"));
        assertEquals("Яньцин", ru("Yanqing"));
        assertEquals("Люйцунь", ru("Lücun"));
        // the hard sign after -ng before я, е, ю; the soft -n before them needs none
        assertEquals("Чанъян", ru("Changyang"));
        assertEquals("Шэньян", ru("Shenyang"));
        // an apostrophe marks a syllable that starts with a vowel; without it such a split loses
        assertEquals("Сиань", ru("Xi'an"));
        assertEquals("Синань", ru("Xinan"));
        assertEquals("Сянь", ru("Xian"));
        // words of a name, each capitalised, and the conventional name of the capital
        assertEquals("Сяотаншань Чжэнь", ru("Xiaotangshan Zhen"));
        assertEquals("Пекин", ru("Beijing"));
    }

    @Test
    void aNameThatIsNotPinyinIsNotConverted() {
        assertEquals(Optional.empty(), Palladius.convert("Capital Airport"));
        assertEquals(Optional.empty(), Palladius.convert("Line 13"));
        assertEquals(Optional.empty(), Palladius.convert(""));
    }

    @Test
    void russianLabelsUseTheRussianNameElseThePalladiusSpelling() {
        assertEquals("Тунчжоу", new PlaceName("通州", "Tongzhou", "").in(RU));
        assertEquals("Хайдянь", new PlaceName("海淀区", "Haidian", "Хайдянь").in(RU), "a Russian name is kept");
        assertEquals("Capital Airport", new PlaceName("", "Capital Airport", "").in(RU));
        assertEquals("Tongzhou", new PlaceName("通州", "Tongzhou", "").in(Locale.ENGLISH));
    }

    @Test
    void everyPlaceOfTheBundledBasemapHasACyrillicLabelInRussian() {
        Basemap b = new BasemapLoader().loadBundled();
        List<String> latin = b.places().stream().map(p -> p.name().in(RU)).filter(n -> n.matches(".*[A-Za-z].*"))
                .toList();
        assertTrue(b.places().size() > 50, "places: " + b.places().size());
        assertEquals(List.of(), latin, "Russian labels still in Latin letters");
    }
}
