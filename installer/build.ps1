# Builds the Windows installer of ZGC Parks Explorer: a jlink runtime (the JDK 17 modules the app needs plus
# JavaFX for Windows) and a jpackage .msi (or .exe).
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Type msi|exe|app-image]   ->  target\installer\
#
# Needs: a JDK 17 with its jmods folder (e.g. Eclipse Temurin 17) in JAVA_HOME, and the WiX Toolset 3.x
# (candle.exe, light.exe) on the PATH for .msi/.exe. Run on Windows: jpackage builds for the OS it runs on.
# The version is pom.xml's, without -SNAPSHOT. SKIP_BUILD=1 reuses target\ from an earlier `mvnw package`.
# The zgcparks:// link scheme is not in the .msi (jpackage's --file-associations cannot declare URL schemes): the
# installed app registers it for the user under HKCU\Software\Classes\zgcparks when it starts (LinkScheme).
param([ValidateSet('msi', 'exe', 'app-image')][string]$Type = 'msi')
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 17 that has a jmods folder' }
$jmods = Join-Path $env:JAVA_HOME 'jmods'
if (-not (Test-Path $jmods)) { throw "$env:JAVA_HOME has no jmods folder" }
[xml]$pom = Get-Content pom.xml
$version = $pom.project.version -replace '-SNAPSHOT', ''

if ($env:SKIP_BUILD -ne '1' -or -not (Test-Path 'target\zgc-parks-explorer.jar')) {
    & .\mvnw.cmd -B package -DskipTests
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\libs" | Out-Null
Copy-Item 'target\zgc-parks-explorer.jar' "$out\input\"
# JavaFX goes into the runtime as modules; everything else stays on the class path
Get-ChildItem 'target\libs\*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$out\input\libs\"
$fx = (Get-ChildItem 'target\libs\javafx-*-win.jar' | ForEach-Object { $_.FullName }) -join ';'
if (-not $fx) { throw 'No JavaFX jars for Windows in target\libs: build on Windows' }

& "$env:JAVA_HOME\bin\jlink.exe" `
    --module-path "$jmods;$fx" `
    --add-modules 'java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls' `
    --include-locales=en,zh,ru `
    --strip-debug --no-header-files --no-man-pages --compress=2 `
    --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$jpackage = @(
    '--type', $Type,
    '--name', 'ZGC Parks Explorer',
    '--app-version', $version,
    '--vendor', 'ZGC Parks Explorer project',
    '--copyright', 'Copyright (C) 2026 ZGC Parks Explorer contributors. GPL-3.0-or-later',
    '--description', 'Map explorer of Zhongguancun Science Park and Beijing E-Town',
    '--input', "$out\input",
    '--main-jar', 'zgc-parks-explorer.jar',
    '--main-class', 'org.zgcparks.explorer.app.Main',
    '--runtime-image', "$out\runtime",
    '--icon', 'resources\icons\zgc-parks-explorer.ico',
    '--dest', $out
)
if ($Type -ne 'app-image') {
    $jpackage += @(
        '--license-file', 'LICENSE',
        '--win-menu', '--win-menu-group', 'Education',
        '--win-shortcut', '--win-dir-chooser',
        # fixed for ever: a newer .msi with the same upgrade code replaces the installed version
        '--win-upgrade-uuid', '6f1c3c2e-5d0a-4c39-9a47-2b7e0d1a9c55'
    )
}
& "$env:JAVA_HOME\bin\jpackage.exe" @jpackage
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem $out -Filter '*.msi'
Get-ChildItem $out -Filter '*.exe'
