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

ARGS=(--type "$TYPE" --name Vigil --app-version "$VERSION" --vendor "Vigil"
      --description "Supervised esketamine session manager"
      --input "$INPUT" --main-jar vigil.jar --main-class org.vigil.Main
      --java-options "--enable-native-access=ALL-UNNAMED" --java-options "-XX:MaxGCPauseMillis=20"
      --dest target/installer)
case "$TYPE" in
    deb)     ARGS+=(--icon installer/vigil.png --linux-package-name vigil --linux-menu-group "Office;MedicalSoftware"
                    --linux-shortcut --linux-app-category misc) ;;
    app-image) ARGS+=(--icon installer/vigil.png) ;;
    msi)     ARGS+=(--win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f1d2f62-3c1e-4f0e-9a51-5a8f8e6c2b17) ;;
    dmg)     ARGS+=(--mac-package-identifier org.vigil) ;;
esac
"$JAVA_HOME/bin/jpackage" "${ARGS[@]}"
ls -la target/installer
