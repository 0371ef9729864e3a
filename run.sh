#!/usr/bin/env bash
# Starts the whole Nuanxin system on this machine: PostgreSQL, Kafka, Keycloak, the four services and the
# gateway with the web app, plus demo data. Ctrl-C stops everything; data stays in .nuanxin/data.
#   ./run.sh            build what changed, then start
#   ./run.sh --fresh    start from empty databases
#   ./run.sh --no-build start what was built last time
#   ./run.sh --no-demo  leave the registry empty
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "[nuanxin] building (./mvnw install -DskipTests)…"
  ./mvnw -q install -DskipTests
fi

exec java -cp "local-infra/target/local-infra-0.1.0-SNAPSHOT.jar:local-infra/target/lib/*" \
  org.nuanxin.infra.Launcher "${args[@]+"${args[@]}"}"
