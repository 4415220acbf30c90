#!/usr/bin/env bash
# Rebuilds the font the app ships, resources/fonts/wqy-microhei.ttf, from Debian's fonts-wqy-microhei package:
# takes the first face (WenQuanYi Micro Hei) out of the package's TrueType collection, draws the few glyphs it
# leaves empty (extract.py) and checks the result with coverage.py. Needs Debian's apt (`apt-get download`, no
# install) and python3-fonttools (`python3` must be the one that has it).
#
#   tools/fonts/build-font.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-wqy-microhei >/dev/null)
dpkg-deb -x "$work"/fonts-wqy-microhei_*.deb "$work/x"
ttc="$work/x/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

python3 tools/fonts/extract.py "$ttc" resources/fonts/wqy-microhei.ttf
python3 tools/fonts/coverage.py resources/fonts/wqy-microhei.ttf
ls -l resources/fonts/wqy-microhei.ttf
