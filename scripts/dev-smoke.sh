#!/usr/bin/env bash
# Proves that `pnpm dev` starts on this checkout (CI runs it on a clean clone, as root) and stops cleanly:
#   1. starts `pnpm dev` in the background in a session of its own (setsid), output to a log file;
#   2. waits (DEV_SMOKE_TIMEOUT, default 180 s) for the API's health, the dev SSO's discovery document and
#      both apps (their page and their entry module), printing progress;
#   3. checks that neither Vite dev server hands out the SSO's signing key, and that a variable set
#      for `pnpm dev` reaches the API through turbo (it starts with RATE_LIMIT_ANONYMOUS_PER_MINUTE=5:
#      the sixth anonymous POST /api/measures/evaluate in a row answers 429), in role all;
#   4. stops the whole session like Ctrl-C does (SIGINT; SIGTERM, then SIGKILL after DEV_SMOKE_GRACE s);
#   5. fails if anything is still listening on 3000, 5173, 5174, 8180, 54329, 1025 or 1080, or a process is left.
# On failure it prints the last lines of the dev log (kept at DEV_SMOKE_LOG when set). The ports are the real ones of `pnpm dev`: it refuses
# to start when one of them is taken (another `pnpm dev`), instead of testing somebody else's stack.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

timeout_s="${DEV_SMOKE_TIMEOUT:-180}"
grace_s="${DEV_SMOKE_GRACE:-20}"
ports=(3000 5173 5174 8180 54329 1025 1080)
sso='http://localhost:8180/realms/servicepack'
declare -A checks=(
  [api]='http://127.0.0.1:3000/api/health'
  [sso]="$sso/.well-known/openid-configuration"
  [web]='http://localhost:5173/'
  [web-module]='http://localhost:5173/src/main.ts'
  [admin]='http://localhost:5174/'
  [admin-module]='http://localhost:5174/src/main.ts'
  [mail]='http://127.0.0.1:1080/api/email'
)
order=(api sso web web-module admin admin-module mail)

log="${DEV_SMOKE_LOG:-$(mktemp -t dev-smoke.XXXXXX)}"
: >"$log"
sid=''
sid_left=''
started=$(date +%s)
say() { printf 'dev-smoke: %s\n' "$*"; }
elapsed() { echo $(($(date +%s) - started)); }

listening() { # prints the ports of $ports that something listens on
  local p out=()
  for p in "${ports[@]}"; do
    if [ -n "$(ss -ltnH "sport = :$p" 2>/dev/null)" ]; then out+=("$p"); fi
  done
  echo "${out[*]:-}"
}

session_pids() { # the processes of the dev session (whatever process group turbo put them in)
  [ -n "$sid" ] && ps -o pid= -s "$sid" 2>/dev/null | tr -s ' \n' ' ' | sed 's/^ //; s/ $//'
}

show_log() {
  say "last lines of the dev log ($log):"
  tail -n "${1:-60}" "$log" | sed 's/^/  | /'
}

stop_dev() { # Ctrl-C for the whole session, then SIGTERM, then SIGKILL
  [ -n "$sid" ] || return 0
  local pids signal waited limit
  for signal in INT TERM KILL; do
    pids="$(session_pids)"
    [ -n "$pids" ] || break
    [ "$signal" = INT ] || say "still running ${grace_s}s after the previous signal: $pids; sending SIG$signal"
    # shellcheck disable=SC2086
    kill -s "$signal" $pids 2>/dev/null
    limit="$grace_s"
    [ "$signal" != KILL ] || limit=5
    waited=0
    while [ -n "$(session_pids)" ] && [ "$waited" -lt "$limit" ]; do
      sleep 1
      waited=$((waited + 1))
    done
  done
  sid_left="$(session_pids)"
  sid=''
}

fail() {
  say "FAILED: $*"
  show_log 80
  stop_dev
  exit 1
}
trap 'stop_dev' EXIT
trap 'say "interrupted"; exit 130' INT TERM

busy="$(listening)"
if [ -n "$busy" ]; then
  say "port(s) $busy already in use: stop what uses them (another pnpm dev?) and run again."
  exit 1
fi

say "starting pnpm dev in $repo (log: $log; timeout ${timeout_s}s)"
# A non-default value that must reach the API through turbo (checked below).
anon_limit=5
setsid env RATE_LIMIT_ANONYMOUS_PER_MINUTE="$anon_limit" pnpm dev >"$log" 2>&1 </dev/null &
leader=$!
sleep 0.2
sid="$(ps -o sid= -p "$leader" 2>/dev/null | tr -d ' ')"
[ "$sid" = "$leader" ] || fail "pnpm dev did not get a session of its own (sid '$sid', pid $leader)"

declare -A up=()
last_report=0
while :; do
  for name in "${order[@]}"; do
    [ -n "${up[$name]:-}" ] && continue
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "${checks[$name]}" 2>/dev/null)"
    if [ "$code" = 200 ]; then
      up[$name]=1
      say "$name answers 200 after $(elapsed)s (${checks[$name]})"
    fi
  done
  [ "${#up[@]}" -eq "${#order[@]}" ] && break
  if ! kill -0 "$leader" 2>/dev/null; then
    wait "$leader"
    fail "pnpm dev exited (code $?) before everything answered"
  fi
  if [ "$(elapsed)" -ge "$timeout_s" ]; then
    missing=()
    for name in "${order[@]}"; do [ -n "${up[$name]:-}" ] || missing+=("$name ${checks[$name]}"); done
    fail "not up after ${timeout_s}s: ${missing[*]}"
  fi
  if [ $(($(elapsed) - last_report)) -ge 10 ]; then
    last_report=$(elapsed)
    waiting=()
    for name in "${order[@]}"; do [ -n "${up[$name]:-}" ] || waiting+=("$name"); done
    say "waiting for ${waiting[*]} ($(elapsed)s)"
  fi
  sleep 1
done
ready=$(elapsed)
say "everything answers after ${ready}s"

# The dev servers must not serve the SSO's signing key (it exists now: the SSO created it on start).
key="$repo/.data/dev-sso/signing-key.json"
if [ -f "$key" ]; then
  for port in 5173 5174; do
    body="$(curl -s --max-time 5 -w '\n%{http_code}' "http://localhost:$port/@fs$key")"
    code="${body##*$'\n'}"
    if [ "$code" = 200 ] || grep -q '"d"' <<<"$body"; then fail "the dev server on $port serves $key (HTTP $code)"; fi
  done
  say "neither dev server serves $key"
else
  fail "the dev SSO did not create $key"
fi

# The variable given to `pnpm dev` took effect: the anonymous limit is 5 a minute, not the default 120.
codes=()
for _ in $(seq $((anon_limit + 1))); do
  codes+=("$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST -H 'content-type: application/json' -d '{"facts":{}}' http://127.0.0.1:3000/api/measures/evaluate)")
done
expected="$(printf '200 %.0s' $(seq "$anon_limit"))429"
[ "${codes[*]}" = "$expected" ] || fail "RATE_LIMIT_ANONYMOUS_PER_MINUTE=$anon_limit did not reach the API: anonymous POST /api/measures/evaluate answered ${codes[*]} (expected $expected)"
say "RATE_LIMIT_ANONYMOUS_PER_MINUTE=$anon_limit reached the API: ${codes[*]}"
grep -q 'role all' "$log" || fail "the API did not start in role all (PROCESS_ROLE)"
say "the API runs in role all (HTTP, jobs and schedules)"

say "stopping pnpm dev (SIGINT to its session, as Ctrl-C does)"
stop_started=$(date +%s)
stop_dev
stopped=$(($(date +%s) - stop_started))
[ -z "$sid_left" ] || fail "processes left after SIGKILL: $sid_left"
left="$(listening)"
[ -z "$left" ] || fail "still listening after the stop: port(s) $left"
say "stopped in ${stopped}s; nothing listens on ${ports[*]}"
say "OK: pnpm dev up in ${ready}s, whole run $(elapsed)s"
[ -n "${DEV_SMOKE_LOG:-}" ] || rm -f "$log"
