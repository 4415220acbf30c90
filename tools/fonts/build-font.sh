#!/usr/bin/env bash
# Rebuilds the font the app ships, resources/fonts/wqy-microhei.ttf, from Debian's fonts-wqy-microhei package:
# takes the first face (WenQuanYi Micro Hei) out of the package's TrueType collection, checks it with coverage.py
# and writes it. Needs Debian's apt (for `apt-get download`, no install) and python3-fonttools.
#
#   tools/fonts/build-font.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-wqy-microhei >/dev/null)
dpkg-deb -x "$work"/fonts-wqy-microhei_*.deb "$work/x"
ttc="$work/x/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

python3 - "$ttc" resources/fonts/wqy-microhei.ttf <<'PY'
import sys
from fontTools.ttLib import TTCollection
face = TTCollection(sys.argv[1]).fonts[0]     # 0: WenQuanYi Micro Hei, 1: its monospaced twin
assert 'glyf' in face, 'not TrueType outlines'
face.save(sys.argv[2])
PY
python3 tools/fonts/coverage.py resources/fonts/wqy-microhei.ttf
ls -l resources/fonts/wqy-microhei.ttf
