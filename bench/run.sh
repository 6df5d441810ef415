#!/usr/bin/env bash
# Measures layerlab against its performance goals and prints each figure with its ratio to the goal
# (a ratio at most 1.00 meets it). Not part of `mvn verify`. Usage: bench/run.sh [--quick]
#   start-up      `layerlab --version` < 0.5 s, `layerlab build` of each lesson < 1 s (wall, best of 5),
#                 through ./layerlab as a user runs it, and java -jar without its start-up aids
#   heap          a 200-step Dockerfile, a 50 000-file node_modules, a 10 GB image: each with -Xmx128m
#   JMH           warm REPL rebuild < 10 ms; a step over a 10x larger base tree <= 1.3x slower;
#                 COPY of 10 000 small files well under 1 s
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
quick=${1:-}
jmh_opts=(-f 1 -wi 5 -i 5 -w 1s -r 1s)
[ "$quick" = "--quick" ] && jmh_opts=(-f 1 -wi 2 -i 3 -w 1s -r 1s)

echo "== building (mvn package, JMH classpath)"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$(cat target/bench-cp.txt)" $(find src/bench/java -name '*.java')
jar=target/layerlab.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
report() { # name figure unit goal
  printf '%-58s %10s %-3s goal %-8s ratio %s\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$4")"
}
# Best wall time of 5 runs, in seconds.
wall() {
  local best=999
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    best=$(awk -v a="$best" -v b="$(( (t1 - t0) / 1000000 ))" 'BEGIN { b /= 1000; print (b < a ? b : a) }')
  done
  echo "$best"
}

echo "== start-up (two cores, wall, best of 5) through ./layerlab: a CDS archive trained on the course check,"
echo "   one-shot commands on the quick compiler and the serial collector"
./layerlab --version >/dev/null 2>&1 # the jar was just built: this trains the archive once
report "layerlab --version" "$(wall ./layerlab --version)" s 0.5
for d in lessons/*/start; do
  report "layerlab build, lesson $(basename "$(dirname "$d")")" "$(wall ./layerlab build "$d")" s 1.0
done
echo "   for reference, java -jar with no archive and the default compilers:"
report "java -jar layerlab.jar --version" "$(wall java -jar "$jar" --version)" s 0.5
first=$(ls -d lessons/01-*/start | head -1)
report "java -jar layerlab.jar build, lesson $(basename "$(dirname "$first")")" "$(wall java -jar "$jar" build "$first")" s 1.0

echo "== heap: each builds with -Xmx128m (wall seconds, peak RSS)"
heap() { # name dir
  local t0 t1 status
  t0=$(date +%s%N)
  if java -Xmx128m -jar "$jar" build --format json "$2" >"$work/out.json" 2>"$work/err.txt"; then status=ok; else status=FAILED; fi
  t1=$(date +%s%N)
  printf '%-58s %10s     %s\n' "$1" "$(awk -v n=$(( (t1 - t0) / 1000000 )) 'BEGIN { printf "%.2f s", n / 1000 }')" "$status"
  [ "$status" = ok ] || head -5 "$work/err.txt"
}
mkdir -p "$work/steps"
{ echo "FROM busybox"; for i in $(seq 1 199); do echo "RUN echo step $i > /s$i"; done; } > "$work/steps/Dockerfile"
heap "200-step Dockerfile, -Xmx128m" "$work/steps"
mkdir -p "$work/node/node_modules"
printf 'FROM node:20\nWORKDIR /app\nCOPY node_modules/ ./node_modules/\n' > "$work/node/Dockerfile"
(cd "$work/node/node_modules" && for p in $(seq 1 500); do mkdir "pkg$p" && (cd "pkg$p" && for f in $(seq 1 100); do : > "f$f.js"; done); done)
heap "50 000-file node_modules, -Xmx128m" "$work/node"
mkdir -p "$work/big"
printf 'FROM ubuntu:22.04\nRUN dd if=/dev/zero of=/big bs=1G count=10\n' > "$work/big/Dockerfile"
heap "10 GB simulated image, -Xmx128m" "$work/big"

echo "== JMH"
java -cp "target/bench-classes:target/classes:$(cat target/bench-cp.txt)" org.openjdk.jmh.Main "${jmh_opts[@]}" \
  -rf json -rff "$work/jmh.json" 'WarmRebuildBench|StepCostBench|CopyManyFilesBench' >"$work/jmh.log" 2>&1 \
  || { tail -20 "$work/jmh.log"; exit 1; }
score() { # benchmark [param]
  python3 - "$work/jmh.json" "$1" "${2:-}" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1])):
    if b["benchmark"].endswith(sys.argv[2]) and (not sys.argv[3] or b.get("params", {}).get("baseFiles") == sys.argv[3]):
        print("%.3f" % b["primaryMetric"]["score"])
PY
}
report "warm rebuild in the REPL (ms/op)" "$(score warmRebuild)" ms 10
small=$(score runStep 5000); large=$(score runStep 50000)
printf '%-58s %10s us / %s us\n' "RUN step, base of 5 000 / 50 000 files" "$small" "$large"
report "step cost, 10x larger base (ratio of the two)" "$(ratio "$large" "$small")" x 1.3
report "COPY of 10 000 small files, whole build (ms/op)" "$(score copy10000Files)" ms 1000
