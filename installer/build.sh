#!/usr/bin/env bash
# Builds the Linux installer of ZGC Parks Explorer: a jlink runtime (the JDK 17 modules the app needs plus JavaFX
# for this platform) and a jpackage package.
#
#   installer/build.sh [deb|rpm|app-image]        (default: deb)  ->  target/installer/
#
# Needs: JDK 17 with its jmods (Debian/Ubuntu: openjdk-17-jdk-headless openjdk-17-jmods), and for .deb
# fakeroot + dpkg-deb (Debian: fakeroot), for .rpm rpm-build. The version is pom.xml's, without -SNAPSHOT.
# SKIP_BUILD=1 reuses target/zgc-parks-explorer.jar and target/libs from an earlier `./mvnw package`.
set -euo pipefail
cd "$(dirname "$0")/.."

type=${1:-deb}
case "$type" in deb|rpm|app-image) ;; *) echo "usage: installer/build.sh [deb|rpm|app-image]" >&2; exit 2;; esac
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -d "$JAVA_HOME/jmods" ] || { echo "build.sh: $JAVA_HOME has no jmods (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
version=${version%-SNAPSHOT}

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/zgc-parks-explorer.jar ]; then
  ./mvnw -B package -DskipTests
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input/libs" "$out/resources"
cp target/zgc-parks-explorer.jar "$out/input/"
# JavaFX goes into the runtime as modules; everything else stays on the class path
for jar in target/libs/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/libs/" ;; esac
done
fx=$(ls target/libs/javafx-*-linux*.jar | tr '\n' ':')

"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$fx" \
  --add-modules java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls \
  --include-locales=en,zh,ru \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$out/runtime"

cp installer/linux/postinst installer/linux/prerm installer/linux/zgc-parks-explorer.desktop "$out/resources/"

common=(
  --name zgc-parks-explorer
  --app-version "$version"
  --vendor "ZGC Parks Explorer project"
  --copyright "Copyright (C) 2026 ZGC Parks Explorer contributors. GPL-3.0-or-later"
  --description "Map explorer of Zhongguancun Science Park and Beijing E-Town: parks, industries, policies, figures"
  --input "$out/input"
  --main-jar zgc-parks-explorer.jar
  --main-class org.zgcparks.explorer.app.Main
  --runtime-image "$out/runtime"
  --icon resources/icons/zgc-parks-explorer-256.png
  --resource-dir "$out/resources"
  # the class-data-sharing archive made by the package's postinst; ignored (with no message) if absent
  --java-options "-XX:SharedArchiveFile=\$APPDIR/zgc-parks-explorer.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
  --dest "$out"
)
# GTK and OpenGL for the window, fontconfig for text (the rpm gets no AppCDS archive: its scripts are jpackage's)
if [ "$type" = rpm ]; then deps="gtk3, mesa-libGL, libXtst, fontconfig"; else deps="libgtk-3-0, libgl1, libxtst6, fontconfig"; fi
if [ "$type" = app-image ]; then
  jpackage --type app-image "${common[@]}"
else
  jpackage --type "$type" "${common[@]}" \
    --license-file LICENSE \
    --linux-shortcut \
    --linux-menu-group "Education;Geography;Science" \
    --linux-app-category Education \
    --linux-deb-maintainer "maintainers@zgc-parks-explorer.invalid" \
    --linux-rpm-license-type "GPLv3+" \
    --linux-package-deps "$deps"
fi
ls -la "$out" | grep -E '\.(deb|rpm)$|zgc-parks-explorer$' || true
