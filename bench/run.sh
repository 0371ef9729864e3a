#!/usr/bin/env bash
# The benchmarks: starts the built system on free ports in a fresh directory (bench/target/stack; .nuanxin/data is
# not touched), measures it, writes the figures with the machine and the date into docs/benchmarks.md, and stops
# every process it started. About an hour (half of it the registry of a million families; --registry 100000 for
# less). Run nothing else on the machine meanwhile.
#   ./bench/run.sh                     build what changed, then measure
#   ./bench/run.sh --no-build          measure what was built last time
#   ./bench/run.sh --quick             a short trial (two steps per ladder, 5 s each)
#   ./bench/run.sh --seconds 20        seconds per load step (10, after 5 s of warm-up)
#   ./bench/run.sh --skip footprint,claims,scaling,kafka,screen,rebuild,browser,registry,jfr
#   ./bench/run.sh --note "Nothing else ran."   a sentence added to every section's context
#   ./bench/run.sh --replay 200000       events made up for the projection replay (1,000,000)
#   ./bench/run.sh --registry 100000     families generated for the registry, 20 calls and visits each (1,000,000)
# BENCH_MAVEN_FLAGS (e.g. -o) is passed to every Maven call.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done
flags=(${BENCH_MAVEN_FLAGS:-})

if $build; then
  echo "[bench] building the system (./mvnw install -DskipTests)…"
  ./mvnw -q "${flags[@]+"${flags[@]}"}" install -DskipTests
fi
echo "[bench] building the harness (bench/pom.xml)…"
./mvnw -q "${flags[@]+"${flags[@]}"}" -f bench/pom.xml test-compile

exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.nuanxin.bench.Bench \
  "${args[@]+"${args[@]}"}"
