#!/usr/bin/env bash
# Start-up and memory of the Vigil window against a minimal JavaFX window (issue 15, item 14).
#
#   installer/measure-startup.sh [ROUNDS] [DISPLAY_NUMBER] [APP_DIR]
#     ROUNDS          alternating starts of each program (default 5)
#     DISPLAY_NUMBER  the Xvfb display to start and use (default 81)
#     APP_DIR         the folder with vigil.jar and lib/ (default target, after `mvn package`)
#   CACHE=1 installer/measure-startup.sh ...    with the JDK's AOT start-up cache (-Dvigil.startupCache=true)
#   MEMORY=1 installer/measure-startup.sh ...   also logs in as nurse.li, waits 60 s on the board,
#                                               and reads resident memory and the live heap
#
# Each start gets a fresh copy of a demo folder (made once by the first start, not timed) and is
# timed from launch to the first screen grab with text on it (installer/measure/paint-wait.c).
# Vigil starts as the README says (java -jar vigil.jar: JavaFX on the module path, the heap and
# collector options and the start-up cache come from WorkstationJvm); the minimal window starts
# with the same module path and memory options. CPU time to the first paint is printed beside the
# wall time: on a loaded machine it is the steadier figure. Needs Xvfb, xdotool, gcc, libx11-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
DISPLAY_NUMBER="${2:-81}"
APP="$(cd "${3:-target}" && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
WORK="$(mktemp -d /tmp/vigil-measure.XXXXXX)"
# Options of the window's JVM, as in WorkstationJvm.MEMORY_OPTIONS and installer/build.sh.
MEMORY_OPTIONS=(-XX:+UseSerialGC -Xms32m -Xmx192m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k)
FX_MODULES=$(ls "$APP"/lib/javafx-*-linux*.jar | tr '\n' ':')

gcc -O2 -o "$WORK/paint-wait" installer/measure/paint-wait.c -lX11
"$JAVA_HOME/bin/javac" -d "$WORK/minimal" --module-path "$FX_MODULES" --add-modules javafx.controls installer/measure/MinimalWindow.java
MINIMAL=(env MALLOC_ARENA_MAX=2 "$JAVA" --module-path "$FX_MODULES" --add-modules javafx.controls --enable-native-access=javafx.graphics "${MEMORY_OPTIONS[@]}" -cp "$WORK/minimal" MinimalWindow)
# grep reads the whole listing: with -q it would stop early and pipefail would count unzip's broken pipe.
if ! unzip -l "$APP/vigil.jar" | grep org/vigil/WorkstationJvm.class >/dev/null; then
    # A Vigil from before issue 15: started as its README said then, the minimal window likewise.
    MINIMAL=("$JAVA" -XX:MaxGCPauseMillis=20 -cp "$WORK/minimal:$(ls "$APP"/lib/javafx-*.jar | tr '\n' ':')" MinimalWindow)
    VIGIL_OPTIONS=(-XX:MaxGCPauseMillis=20)
else
    VIGIL_OPTIONS=()
fi
export XDG_CACHE_HOME="$WORK/cache"

Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -br -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1

# CPU milliseconds of a process and its children so far (utime + stime).
cpu_ms() {
    local total=0 tick pid
    tick=$(getconf CLK_TCK)
    for pid in $1 $(pgrep -P "$1" || true); do
        if [ -r "/proc/$pid/stat" ]; then
            total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
        fi
    done
    echo $((total * 1000 / tick))
}
# Resident memory in MB of a process and its children.
rss_mb() {
    local total=0 pid
    for pid in $1 $(pgrep -P "$1" || true); do
        total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
    done
    echo $((total / 1024))
}
# The JVM that shows the window: Vigil's restarted one when there is one.
window_pid() {
    local child
    child=$(pgrep -P "$1" java || true)
    echo "${child:-$1}"
}
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# run NAME COMMAND...: one start, timed; prints "NAME mapped painted cpu"
run() {
    local name=$1 start pid figures
    shift
    start=$(date +%s%N)
    "$@" >"$WORK/$name.out" 2>&1 &
    pid=$!
    figures=$("$WORK/paint-wait" "$start" 120000 || true)
    echo "$name $figures cpu=$(cpu_ms $pid)" | tee -a "$WORK/results"
    if [ "${MEMORY:-0}" = 1 ]; then
        measure_memory "$name" "$pid"
    fi
    stop $pid
    if grep -q "Unsupported JavaFX configuration" "$WORK/$name.out"; then
        echo "  $name printed: $(grep -m1 'Unsupported JavaFX' "$WORK/$name.out")"
    fi
}

measure_memory() {
    local name=$1 pid=$2 jvm
    jvm=$(window_pid "$pid")
    if [ "$name" = vigil ]; then
        sleep 3
        xdotool type --delay 40 nurse.li; xdotool key Tab; xdotool type --delay 20 "demo clinic password"; xdotool key Return
    fi
    sleep 60
    local before_gc
    # Committed and used over the heap's generations (serial: "DefNew total ..K, used ..K", "Tenured total ..K, used ..K").
    before_gc=$("$JAVA_HOME/bin/jcmd" "$jvm" GC.heap_info | awk '/total [0-9]+K, used [0-9]+K/ {for (i = 1; i <= NF; i++) {if ($i == "total") {sub(/K,?/, "", $(i+1)); c += $(i+1)} if ($i == "used") {sub(/K,?/, "", $(i+1)); u += $(i+1)}}} END {printf "committed=%dK used=%dK", c, u}')
    echo "  $name after 60 s: rss=$(rss_mb $pid)MB heap $before_gc"
    "$JAVA_HOME/bin/jcmd" "$jvm" GC.run >/dev/null
    echo "  $name after a full GC: rss=$(rss_mb $pid)MB live=$("$JAVA_HOME/bin/jcmd" "$jvm" GC.class_histogram | awk '/^Total/ {printf "%.1fMB", $3/1048576}') $("$JAVA_HOME/bin/jcmd" "$jvm" VM.native_memory summary 2>/dev/null | head -0)"
}

# A demo folder to copy: the first start builds the demo clinic (not timed).
BASE="$WORK/demo-base"
"$JAVA" "${VIGIL_OPTIONS[@]}" ${CACHE:+-Dvigil.startupCache=true} -Dvigil.startupCache.makeAfter=PT1S -jar "$APP/vigil.jar" --data-dir "$BASE" --demo >"$WORK/base.out" 2>&1 &
BASE_PID=$!
"$WORK/paint-wait" "$(date +%s%N)" 300000 >/dev/null || true
sleep 20
stop $BASE_PID
if [ -z "${VIGIL_OPTIONS[*]}" ] && [ -n "${CACHE:-}" ]; then
    # The first start recorded the classes; this one makes the start-up cache from the record and waits for it.
    cp -r "$BASE" "$WORK/warm"
    "$JAVA" -Dvigil.startupCache=true -Dvigil.startupCache.makeAfter=PT1S -jar "$APP/vigil.jar" --data-dir "$WORK/warm" --demo >"$WORK/warm.out" 2>&1 &
    WARM=$!
    for _ in $(seq 1 180); do
        ls "$XDG_CACHE_HOME"/vigil/*.aot >/dev/null 2>&1 && break
        sleep 1
    done
    stop $WARM
    echo "start-up cache: $(ls "$XDG_CACHE_HOME"/vigil/*.aot 2>/dev/null || echo none)"
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    run minimal "${MINIMAL[@]}"
    rm -rf "$WORK/data" && cp -r "$BASE" "$WORK/data"
    run vigil "$JAVA" "${VIGIL_OPTIONS[@]}" ${CACHE:+-Dvigil.startupCache=true} -jar "$APP/vigil.jar" --data-dir "$WORK/data" --demo
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Medians of each figure, and Vigil's against the minimal window's.
median() {
    grep "^$1 " "$WORK/results" | sed -E "s/.*$2=(-?[0-9]+).*/\1/" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'
}
for figure in mapped painted cpu; do
    m=$(median minimal $figure); v=$(median vigil $figure)
    echo "median $figure: minimal ${m} ms, vigil ${v} ms, ratio $(awk -v a="$v" -v b="$m" 'BEGIN {printf "%.2f", a / b}')"
done
