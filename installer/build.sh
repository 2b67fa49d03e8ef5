#!/usr/bin/env bash
# Builds a native Vigil package with its own Java runtime (jpackage from JDK 25).
#   installer/build.sh            -> target/installer/Vigil/ (app image, any OS)
#   installer/build.sh deb        -> target/installer/vigil_<version>_amd64.deb (needs fakeroot)
#   installer/build.sh msi|dmg    -> on Windows (WiX 3) / macOS
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-app-image}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
VERSION=$(grep -m1 '<version>' pom.xml | sed -E 's/.*<version>([^<]+)<.*/\1/')

mvn -B -q package -DskipTests
INPUT=target/installer-input
rm -rf "$INPUT" target/installer
mkdir -p "$INPUT"
cp target/vigil.jar "$INPUT"/
cp -r target/lib "$INPUT"/lib

# JavaFX as named modules from the package's own lib/ (JavaFX supports nothing else and warns at
# every start otherwise): the modular jars, not the empty ones Maven puts beside them.
SEP=":"
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) SEP=";" ;; esac
FX_PATH=""
for jar in "$INPUT"/lib/javafx-*.jar; do
    if unzip -l "$jar" | grep -q module-info.class; then
        FX_PATH="${FX_PATH:+$FX_PATH$SEP}\$APPDIR/lib/$(basename "$jar")"
    fi
done
# The heap and collector for a window running all day: the same options as WorkstationJvm.MEMORY_OPTIONS
# (the README's java -jar start), checked by WorkstationJvmTest.
MEMORY_OPTIONS=(-XX:+UseSerialGC -Xms32m -Xmx192m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k)

ARGS=(--type "$TYPE" --name Vigil --app-version "$VERSION" --vendor "Vigil"
      --description "Supervised esketamine session manager"
      --input "$INPUT" --main-jar vigil.jar --main-class org.vigil.Main
      --java-options "--module-path $FX_PATH" --java-options "--add-modules javafx.controls"
      --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
      --dest target/installer)
for option in "${MEMORY_OPTIONS[@]}"; do
    ARGS+=(--java-options "$option")
done
case "$TYPE" in
    deb)     ARGS+=(--icon installer/vigil.png --linux-package-name vigil --linux-menu-group "Office;MedicalSoftware"
                    --linux-shortcut --linux-app-category misc
                    # The window's GTK 3 and X libraries (README, "Start and test"); t64 names on Debian 13 / Ubuntu 24.04.
                    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libgl1, libxxf86vm1") ;;
    app-image) ARGS+=(--icon installer/vigil.png) ;;
    msi)     ARGS+=(--win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f1d2f62-3c1e-4f0e-9a51-5a8f8e6c2b17) ;;
    dmg)     ARGS+=(--mac-package-identifier org.vigil) ;;
esac
"$JAVA_HOME/bin/jpackage" "${ARGS[@]}"
ls -la target/installer
