#!/usr/bin/env bash
# Builds the macOS installer of ZGC Parks Explorer: a jlink runtime (the JDK 17 modules the app needs plus JavaFX
# for this Mac's architecture) and a jpackage .dmg (or .pkg).
#
#   installer/build-macos.sh [dmg|pkg|app-image]        (default: dmg)  ->  target/installer/
#
# Needs: macOS with Xcode command line tools, a JDK 17 with its jmods (e.g. Eclipse Temurin 17; JAVA_HOME, or
# found with /usr/libexec/java_home -v 17). The bundle is not signed (see --mac-sign in jpackage's help).
# macOS requires a bundle version whose first number is at least 1: a 0.m.p version is packaged as 1.m.p.
# The bundle registers the zgcparks:// link scheme (installer/macos/Info.plist); check it after a build with
#   plutil -p "target/installer/ZGC Parks Explorer.app/Contents/Info.plist" | grep -A3 CFBundleURLTypes
set -euo pipefail
cd "$(dirname "$0")/.."

type=${1:-dmg}
case "$type" in dmg|pkg|app-image) ;; *) echo "usage: installer/build-macos.sh [dmg|pkg|app-image]" >&2; exit 2;; esac
JAVA_HOME=${JAVA_HOME:-$(/usr/libexec/java_home -v 17)}
[ -d "$JAVA_HOME/jmods" ] || { echo "build-macos.sh: $JAVA_HOME has no jmods" >&2; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
version=${version%-SNAPSHOT}
case "$version" in 0.*) version="1.${version#0.}" ;; esac

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/zgc-parks-explorer.jar ]; then
  ./mvnw -B package -DskipTests
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input/libs"
cp target/zgc-parks-explorer.jar "$out/input/"
for jar in target/libs/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/libs/" ;; esac
done
# javafx-*-mac.jar on Intel, javafx-*-mac-aarch64.jar on Apple silicon
fx=$(ls target/libs/javafx-*-mac*.jar | tr '\n' ':')
[ -n "$fx" ] || { echo "build-macos.sh: no JavaFX jars for macOS in target/libs: build on a Mac" >&2; exit 1; }

"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$fx" \
  --add-modules java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls \
  --include-locales=en,zh,ru \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

args=(
  --type "$type"
  --name "ZGC Parks Explorer"
  --app-version "$version"
  --vendor "ZGC Parks Explorer project"
  --copyright "Copyright (C) 2026 ZGC Parks Explorer contributors. GPL-3.0-or-later"
  --description "Map explorer of Zhongguancun Science Park and Beijing E-Town"
  --input "$out/input"
  --main-jar zgc-parks-explorer.jar
  --main-class org.zgcparks.explorer.app.Main
  --runtime-image "$out/runtime"
  --icon resources/icons/zgc-parks-explorer.icns
  --mac-package-identifier org.zgcparks.explorer
  --mac-package-name "ZGC Parks Explorer"
  # Info.plist with the zgcparks:// link scheme (CFBundleURLTypes); jpackage has no option for URL schemes
  --resource-dir installer/macos
  --dest "$out"
)
[ "$type" = app-image ] || args+=(--license-file LICENSE)
"$JAVA_HOME/bin/jpackage" "${args[@]}"
ls -la "$out"
