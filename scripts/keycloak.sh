#!/usr/bin/env bash
# A real Keycloak 26 serving infra/keycloak/realm-servicepack.json, in the foreground until Ctrl-C.
#
#   bash scripts/keycloak.sh                 # http://localhost:8180/realms/servicepack
#   KEYCLOAK_PORT=18180 bash scripts/keycloak.sh
#
# 1. Fetches org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (zip) with Maven into .data/keycloak/
#    (git-ignored) and unzips it there, once.
# 2. Builds the server once for these build options (dev-file database, health on), so that every start
#    is `kc.sh start --optimized` (no augmentation at start).
# 3. Starts it on KEYCLOAK_PORT (default 8180; management/health on KEYCLOAK_MANAGEMENT_PORT, default
#    KEYCLOAK_PORT+1), loopback only, local caches (no cluster), H2 file database under
#    KEYCLOAK_DATA_DIR (default .data/keycloak/data), with the realm imported by --import-realm from the
#    distribution's data/import (an existing realm is skipped: KEYCLOAK_FRESH=1 deletes the database first).
#    The master realm's bootstrap admin is KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#    (default admin / admin; it is created only with a new database).
# 4. Waits for /health/ready, prints one line, and on Ctrl-C or SIGTERM stops Keycloak and waits for its
#    Java process to end.
# Java: KEYCLOAK_JAVA_HOME, else Temurin 25 when installed, else the default `java` (17). Heap: JAVA_OPTS_KC_HEAP
# (default -Xms128m -Xmx512m); JAVA_OPTS_APPEND (default -XX:TieredStopAtLevel=1: faster starts, fine for development).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

version="${KEYCLOAK_VERSION:-26.7.3}"
port="${KEYCLOAK_PORT:-8180}"
mport="${KEYCLOAK_MANAGEMENT_PORT:-$((port + 1))}"
cache="$repo/.data/keycloak"
home="$cache/keycloak-$version"
data="${KEYCLOAK_DATA_DIR:-$cache/data}"
realm_file="${KEYCLOAK_REALM_FILE:-$repo/infra/keycloak/realm-servicepack.json}"
timeout_s="${KEYCLOAK_TIMEOUT:-300}"
say() { printf 'keycloak: %s\n' "$*"; }

for v in port mport; do
  if ! [[ "${!v}" =~ ^[0-9]+$ ]] || [ "${!v}" -gt 65535 ]; then say "KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT must be port numbers" >&2; exit 2; fi
done

# Java: 17, 21 and 25 are supported by Keycloak 26.
if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then export JAVA_HOME="$KEYCLOAK_JAVA_HOME"
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_bin" >/dev/null 2>&1; then
  say "no Java found: install OpenJDK 17+ (or use the dev SSO: plain \`pnpm dev\`)" >&2; exit 3
fi

# 1. Fetch and unzip, once.
if [ ! -x "$home/bin/kc.sh" ]; then
  mkdir -p "$cache"
  zip="$cache/keycloak-quarkus-dist-$version.zip"
  if [ ! -s "$zip" ]; then
    command -v mvn >/dev/null 2>&1 || { say "Maven (mvn) is needed once to fetch Keycloak $version" >&2; exit 3; }
    say "fetching org.keycloak:keycloak-quarkus-dist:$version with Maven (once) ..."
    mvn -q -B dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$cache" >&2
  fi
  rm -rf "$home.part" && mkdir -p "$home.part"
  unzip -q "$zip" -d "$home.part"
  mv "$home.part/keycloak-$version" "$home" && rmdir "$home.part"
fi

export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms128m -Xmx512m}"
# C1 only: on 2 busy cores the first start (schema, master realm, import) took 56 s instead of 88 s.
export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:--XX:TieredStopAtLevel=1}"
# Build once per set of build options (the augmentation takes ~30-50 s on 2 cores; starts then skip it).
build_opts=(--db=dev-file --health-enabled=true)
stamp="$home/.built-$(printf '%s ' "${build_opts[@]}" | cksum | cut -d' ' -f1)"
if [ ! -e "$stamp" ]; then
  say "building the server once (${build_opts[*]}) ..."
  rm -f "$home"/.built-*
  "$home/bin/kc.sh" build "${build_opts[@]}" >&2
  touch "$stamp"
fi

# The realm, where --import-realm looks for it (an atomic copy: concurrent starts share the folder).
mkdir -p "$home/data/import"
cp "$realm_file" "$home/data/import/.realm.$$" && mv "$home/data/import/.realm.$$" "$home/data/import/realm-servicepack.json"

if [ "${KEYCLOAK_FRESH:-}" = 1 ]; then rm -rf "$data"; fi
mkdir -p "$data"
export KC_DB_URL_PATH="$data" # the H2 file: $data/data/h2/keycloakdb
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

for p in "$port" "$mport"; do
  if [ -n "$(ss -ltnH "sport = :$p" 2>/dev/null)" ]; then
    say "port $p is already in use (another Keycloak or the dev SSO?). Stop it, or choose KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT." >&2
    exit 1
  fi
done

started=$(date +%s%N)
"$home/bin/kc.sh" start --optimized \
  --http-enabled=true --http-host=127.0.0.1 --http-port="$port" \
  --http-management-port="$mport" \
  --hostname-strict=false --cache=local --import-realm \
  --log-level=info,io.smallrye.health:warn &
kc=$!

stop() { # $1: the exit status (0 after Ctrl-C or SIGTERM)
  trap "" INT TERM # a second Ctrl-C or SIGTERM must not cut the wait for Java short
  if kill -0 "$kc" 2>/dev/null; then
    kill -TERM "$kc" 2>/dev/null || true # kc.sh forwards it to Java and waits for it
    wait "$kc" 2>/dev/null || true
  fi
  say "stopped"
  exit "${1:-0}"
}
trap stop INT TERM

ready=''
deadline=$(($(date +%s) + timeout_s))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$kc" 2>/dev/null; then wait "$kc" || true; say "Keycloak exited before it was ready" >&2; exit 1; fi
  if curl -sf -m 2 "http://127.0.0.1:$mport/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then say "not ready after ${timeout_s}s" >&2; stop 1; fi
ms=$((($(date +%s%N) - started) / 1000000))
say "Keycloak $version ready in $((ms / 1000)).$(((ms % 1000) / 100)) s: http://localhost:$port/realms/servicepack (admin console http://localhost:$port/admin as $KC_BOOTSTRAP_ADMIN_USERNAME; health http://127.0.0.1:$mport/health; Java $("$java_bin" -version 2>&1 | head -1 | cut -d'"' -f2); Ctrl+C to stop)"
wait "$kc" || true
