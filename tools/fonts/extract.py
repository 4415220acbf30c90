#!/usr/bin/env python3
"""Takes WenQuanYi Micro Hei out of its TrueType collection and draws the glyphs it has in its character map but
leaves empty: the pinyin vowels with a third tone or with a tone on the u-umlaut (ǎ ǐ ǒ ǔ ǘ ǚ ǜ), ℃ and the Roman
numerals Ⅴ Ⅹ. Each becomes a composite of the font's own glyphs (a + caron, ü + acute, degree + C...), so the
outlines stay the font's and its licence (Apache-2.0) covers them.

    python3 tools/fonts/extract.py wqy-microhei.ttc resources/fonts/wqy-microhei.ttf
"""
import sys

from fontTools.ttLib import TTCollection
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

USE_MY_METRICS = 0x0200


def center(glyph):
    return (glyph.xMin + glyph.xMax) / 2


def composite(font, char, parts, advance=None):
    """Replaces the glyph of char by parts, each (glyph name, dx, dy); the first part gives the metrics."""
    glyf, hmtx = font['glyf'], font['hmtx']
    name = font.getBestCmap()[ord(char)]
    assert glyf[name].numberOfContours == 0, f'{char} already has an outline'
    glyph = Glyph()
    glyph.numberOfContours = -1
    glyph.components = []
    for i, (part, dx, dy) in enumerate(parts):
        c = GlyphComponent()
        c.glyphName, c.x, c.y = part, int(round(dx)), int(round(dy))
        c.flags = USE_MY_METRICS if i == 0 and advance is None else 0
        glyph.components.append(c)
    glyf[name] = glyph
    glyph.recalcBounds(glyf)
    hmtx[name] = (advance if advance is not None else hmtx[parts[0][0]][0], glyph.xMin)


def main(ttc, out):
    font = TTCollection(ttc).fonts[0]  # 0: WenQuanYi Micro Hei, 1: its monospaced twin
    assert 'glyf' in font, 'not TrueType outlines'
    glyf, hmtx = font['glyf'], font['hmtx']

    def over(base, mark, dy=0):
        return [(base, 0, 0), (mark, center(glyf[base]) - center(glyf[mark]), dy)]

    for char, base in (('ǎ', 'a'), ('ǐ', 'dotlessi'), ('ǒ', 'o'), ('ǔ', 'u')):
        composite(font, char, over(base, 'caron'))
    # on ü the tone mark goes above the dieresis (which reaches 379 units higher than the x-height letters)
    for char, mark in (('ǘ', 'acute'), ('ǚ', 'caron'), ('ǜ', 'grave')):
        composite(font, char, over('udieresis', mark, 330))
    composite(font, '℃', [('degree', 0, 0), ('C', hmtx['degree'][0], 0)],
              advance=hmtx['degree'][0] + hmtx['C'][0])
    composite(font, 'Ⅴ', [('V', 0, 0)])
    composite(font, 'Ⅹ', [('X', 0, 0)])
    font.save(out)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
