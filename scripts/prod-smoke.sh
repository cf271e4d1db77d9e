#!/usr/bin/env bash
# The production topology under faults (issue 17, part 4), on one machine; run by .ci/run after
# `pnpm install`. Brings up scripts/prod-up.sh with its data in .data/prod-smoke (a fresh database
# each run; .data/prod of your own rehearsal is left alone), then, logging each step and figure:
#   a. burst: appeal submissions (Idempotency-Key) and dispatches through nginx; SIGKILL of one API
#      instance and later of the worker mid-burst (prod-up starts them again); clients retry with
#      the same key. SQL: each acknowledged appeal exists once, statuses follow the timelines; the 三率
#      recount equals the stored counts; the deadline sweep ran (pg-boss's job table).
#   b. an attachment uploaded through 127.0.0.1:3001 downloads through 127.0.0.1:3002.
#   c. 429 from alternating instances (shared limits); security headers on both apps; no CSP violation
#      in Chromium while signing in and opening each main page; screenshots in e2e/screenshots/prod-*.png.
#   d. requests/second through nginx with two API instances and with one.
#   e. stops everything (SIGTERM, as Ctrl-C) and checks nothing listens on the topology's ports and no
#      process of it is left.
# Needs nginx and Chromium (as root, installs Debian's packages when missing). ≈3–4 minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PROD_DIR="$root/.data/prod-smoke"
PORTS=(8080 8081 3001 3002 3009 55432 9000 8180)
say() { printf '%s prod-smoke %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { printf 'prod-smoke FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS

for pkg in nginx chromium-headless-shell; do
  if ! command -v "$pkg" >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "$pkg is missing: apt-get install -y $pkg"
    say "installing Debian's $pkg"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
  fi
done

# A fresh database and bucket each run (the built apps, the runtime and the password stay).
rm -rf "$PROD_DIR/postgres" "$PROD_DIR/s3" "$PROD_DIR/dev-sso" "$PROD_DIR/run"
mkdir -p "$PROD_DIR"

# The smoke's limits: a small anonymous budget to see 429s, room for the burst's writes.
export RATE_LIMIT_ANONYMOUS_PER_MINUTE=30 RATE_LIMIT_USER_PER_MINUTE=1000000 RATE_LIMIT_WRITES_PER_MINUTE=1000000

say "start: bash scripts/prod-up.sh (log: .data/prod-smoke/prod-up.log)"
setsid bash scripts/prod-up.sh >"$PROD_DIR/prod-up.log" 2>&1 &
up=$!
up_stopped=0
stop_up() {
  [ "$up_stopped" = 1 ] && return 0
  up_stopped=1
  kill -TERM "$up" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$up" 2>/dev/null || break; sleep 0.1; done
  wait "$up" 2>/dev/null || true
}
on_exit() {
  rc=$?
  stop_up
  if [ "$rc" != 0 ]; then
    echo "---- the last lines of prod-up's log (.data/prod-smoke/prod-up.log; each part's log in .data/prod-smoke/logs/)" >&2
    tail -n 30 "$PROD_DIR/prod-up.log" >&2 || true
  fi
  # Leftovers of a failed run would block the next one: end what is left of prod-up's session.
  leftover="$(ps -eo pid=,sid= | awk -v s="$up" '$2 == s {print $1}')"
  [ -n "$leftover" ] && kill -KILL $leftover 2>/dev/null || true
}
trap on_exit EXIT

until [ -e "$PROD_DIR/run/ready" ]; do
  kill -0 "$up" 2>/dev/null || die "prod-up.sh stopped before the topology was ready"
  [ $((SECONDS - started)) -lt 600 ] || die "the topology was not ready within 600 s"
  sleep 0.5
done
say "up in $((SECONDS - started)) s: $(grep -o 'runtime: .*' "$PROD_DIR/prod-up.log" | head -1 | cut -c1-60)"

tsx() { (cd e2e && node_modules/.bin/tsx "$@"); }
node24="$(bash scripts/node24.sh)"
db_url="postgres://servicepack:$(cat "$PROD_DIR/secrets/db-password")@127.0.0.1:55432/servicepack"

say "== a. burst through nginx with an API instance and the worker killed mid-way"
tsx prod/burst.ts
say "== b. attachments across instances"
tsx prod/instances.ts attachments
say "== c. shared rate limits, security headers, CSP in Chromium"
tsx prod/instances.ts limits
tsx prod/instances.ts headers
tsx prod/csp.ts

say "== d. requests/second through nginx"
touch "$PROD_DIR/run/hold-api-2"
kill -TERM "$(cat "$PROD_DIR/run/api-2.pid")"
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/3002) 2>/dev/null || break; sleep 0.2; done
tsx prod/throughput.ts "1 API instance"
rm -f "$PROD_DIR/run/hold-api-2"
for _ in $(seq 1 300); do curl -sf -o /dev/null http://127.0.0.1:3002/api/health/ready && break; sleep 0.3; done
curl -sf -o /dev/null http://127.0.0.1:3002/api/health/ready || die "api-2 did not come back after the one-instance measurement"
say "api-2 is back"
tsx prod/throughput.ts "2 API instances"

say "== a (end). the ledger: 三率 recount and the deadline sweep"
DATABASE_URL="$db_url" "$node24" apps/api/dist/stats-check-main.js | sed 's/^/  stats-check: /' || die "the 三率 recount differs from the stored counts (stats-check above)"
say "ok: the 三率 recount equals the stored counts"
tsx prod/sweep.ts

say "== e. stop everything (SIGTERM, as Ctrl-C) and check nothing is left"
stop_up
left="$(ps -eo pid=,sid=,args= | awk -v s="$up" '$2 == s')"
[ -z "$left" ] || die "processes of the topology are still running: $left"
busy=()
for p in "${PORTS[@]}"; do if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then busy+=("$p"); fi; done
[ ${#busy[@]} -eq 0 ] || die "still listening after the stop: ${busy[*]}"
say "ok: nothing listens on ${PORTS[*]} and no process of the topology is left"
say "passed in $((SECONDS - started)) s"
