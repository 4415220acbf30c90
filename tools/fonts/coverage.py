#!/usr/bin/env python3
"""Checks that a font covers what the app prints: every character of the bundled dataset and the messages, GB 2312,
Cyrillic and Latin-1 + Latin Extended-A, each with a glyph that draws something (not an empty one); and that its
outlines are TrueType (glyf), which PDFBox embeds and JavaFX loads. Exits 1 and names the missing characters
otherwise.

    python3 tools/fonts/coverage.py resources/fonts/wqy-microhei.ttf
"""
import glob
import os
import sys

from fontTools.ttLib import TTFont

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def used():
    files = [os.path.join(ROOT, 'resources', 'dataset', 'zgc-parks.json')]
    files += glob.glob(os.path.join(ROOT, 'src', 'main', 'resources', '**', 'messages*.properties'), recursive=True)
    chars = set()
    for f in files:
        with open(f, encoding='utf-8') as fh:
            chars |= set(fh.read())
    return {c for c in chars if ord(c) >= 0x20}


def main(path):
    font = TTFont(path)
    cmap = font.getBestCmap()
    ok = 'glyf' in font
    print(f"{path}: {font['name'].getDebugName(4)}, {'TrueType' if ok else 'NOT TrueType'} outlines, "
          f"{font['maxp'].numGlyphs} glyphs, {len(cmap)} characters")
    sets = [('dataset and messages', used()),
            ('GB 2312', gb2312()),
            ('Cyrillic', {chr(c) for c in range(0x400, 0x460)}),
            ('Latin-1 and Latin Extended-A', {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)})]
    glyf = font['glyf'] if ok else None

    def drawn(c):
        if ord(c) not in cmap:
            return False
        return c.isspace() or c in '\u00a0\u00ad' or glyf is None or glyf[cmap[ord(c)]].numberOfContours != 0

    for name, chars in sets:
        missing = sorted(c for c in chars if not drawn(c))
        print(f"  {name}: {len(chars) - len(missing)} of {len(chars)}" + (f", missing {''.join(missing)}" if missing else ''))
        ok = ok and not missing
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
