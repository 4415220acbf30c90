#!/usr/bin/env bash
# Installer check (run by .ci/run; needs root and no network): builds the .deb, installs it, starts the installed
# launcher under a private Xvfb and waits for its start-up probe (the main window's first frame with every park
# drawn), checks that settings and caches went to the user's folders only, removes the package and checks that
# nothing is left in system folders.
#   installer/check-deb.sh [--measure N]   also prints the median start-up of N runs with and without AppCDS
set -euo pipefail
cd "$(dirname "$0")/.."
measure=0
[ "${1:-}" = --measure ] && measure=${2:-5}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
command -v fakeroot >/dev/null || need+=(fakeroot)
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -d "$JAVA_HOME/jmods" ] || need+=(openjdk-17-jmods)
if [ ${#need[@]} -gt 0 ]; then
  echo "check-deb: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
# pdftotext reads the text of the installed app's PDF (the tool alone, no recommends: this check installs no font)
command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null; }

SKIP_BUILD=${SKIP_BUILD:-1} installer/build.sh deb
deb=$(ls target/installer/zgc-parks-explorer_*.deb)
echo "check-deb: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
[ -x /opt/zgc-parks-explorer/bin/zgc-parks-explorer ] || { echo "check-deb: launcher not installed" >&2; exit 1; }
[ -f /usr/share/applications/zgc-parks-explorer.desktop ] || ls /usr/share/applications | grep -q zgc-parks-explorer \
  || { echo "check-deb: no menu entry" >&2; exit 1; }
grep -qs '^MimeType=x-scheme-handler/zgcparks;' /usr/share/applications/*zgc-parks-explorer*.desktop \
  || { echo "check-deb: the menu entry does not register zgcparks:// links" >&2; exit 1; }

home=$(mktemp -d)
marker=$(mktemp)
d=$(( (RANDOM % 400) + 500 ))
Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
cleanup() { kill $xvfb 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
start() {
  # a fresh user's XDG folders in a temp dir, so that we can see where the app writes
  env XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" DISPLAY=:$d \
    timeout 120 /opt/zgc-parks-explorer/bin/zgc-parks-explorer --offline --measure-startup 2>/dev/null \
    | awk '$1 == "first-frame" { f = $2 } $1 == "ready" { r = $2 } END { print f, r }'
}
ms=$(start)
[[ "$ms" =~ ^[0-9]+\ [0-9]+$ ]] || { echo "check-deb: the installed app did not show its window (probe said: '$ms')" >&2; exit 1; }
echo "check-deb: the installed app showed the map with every park drawn after ${ms% *} ms, the whole window after ${ms#* } ms"
[ -d "$home/.cache/zgc-parks-explorer" ] || { echo "check-deb: no cache folder in the user's folders" >&2; exit 1; }
written=$(find /opt/zgc-parks-explorer -newer "$marker" 2>/dev/null)
[ -z "$written" ] || { echo "check-deb: the app wrote into the installation: $written" >&2; exit 1; }
echo "check-deb: the app wrote only to the user's folders: $(cd "$home" && find . -type f | sort | tr '\n' ' ')"

# a fact sheet from the installed app, with no display: its text holds the Chinese name (the app's own font, so
# whatever fonts this machine has), and the file has the permissions of any new file (the umask's)
out=$(mktemp -d)
env XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" DISPLAY= timeout 120 \
  /opt/zgc-parks-explorer/bin/zgc-parks-explorer --export-pdf "$out/sheet.pdf" --park zgc-street --lang zh >/dev/null
pdftotext "$out/sheet.pdf" - | grep -q '中关村大街' \
  || { echo "check-deb: the installed app's PDF lacks the Chinese name as text" >&2; exit 1; }
touch "$out/plain"
[ "$(stat -c %a "$out/sheet.pdf")" = "$(stat -c %a "$out/plain")" ] \
  || { echo "check-deb: the PDF's permissions are $(stat -c %a "$out/sheet.pdf"), not the umask's" >&2; exit 1; }
echo "check-deb: the installed app's PDF holds the Chinese name as text, mode $(stat -c %a "$out/sheet.pdf")"
rm -rf "$out"

if [ "$measure" -gt 0 ]; then
  median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
  runs() { for _ in $(seq "$measure"); do start; done; }
  with=$(runs)
  jsa=/opt/zgc-parks-explorer/lib/app/zgc-parks-explorer.jsa
  mv "$jsa" "$jsa.off"
  without=$(runs)
  mv "$jsa.off" "$jsa"
  m() { echo "$1" | awk -v c="$2" '{print $c}' | median; }
  echo "check-deb: installed app, medians of $measure, first frame / whole window:" \
    "$(m "$with" 1) / $(m "$with" 2) ms with AppCDS, $(m "$without" 1) / $(m "$without" 2) ms without"
fi

apt-get remove -y -qq zgc-parks-explorer >/dev/null
apt-get purge -y -qq zgc-parks-explorer >/dev/null 2>&1 || true
left=$( (find /opt/zgc-parks-explorer 2>/dev/null; ls /usr/share/applications 2>/dev/null | grep zgc-parks-explorer) || true)
[ -z "$left" ] || { echo "check-deb: left after removal: $left" >&2; exit 1; }
echo "check-deb: removed cleanly"
