#!/usr/bin/env bash
# Writes deploy/nginx/*.conf with their placeholders filled into OUT_DIR (default
# $NGINX_PREFIX/conf), for `nginx -p $NGINX_PREFIX -c $OUT_DIR/nginx.conf -e $NGINX_PREFIX/logs/error.log`.
# Variables (defaults: the one-machine topology of scripts/prod-up.sh):
#   NGINX_PREFIX   pid, logs/ and temp/ (required)        WWW_ROOT     holds web/ and admin/ (required)
#   API_SERVERS    "127.0.0.1:3001 127.0.0.1:3002"         PORTAL_PORT  8080    ADMIN_PORT 8081
#   SSO_ORIGIN     http://localhost:8180                  LISTEN_HOST  "127.0.0.1:" ("" = all addresses)
#   MAX_FAILS 1, FAIL_TIMEOUT 10s, WORKER_PROCESSES auto, MIME_TYPES /etc/nginx/mime.types
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${NGINX_PREFIX:?NGINX_PREFIX (pid, logs, temp) is required}" "${WWW_ROOT:?WWW_ROOT (web/ and admin/) is required}"
out="${OUT_DIR:-$NGINX_PREFIX/conf}"
API_SERVERS="${API_SERVERS:-127.0.0.1:3001 127.0.0.1:3002}"
MAX_FAILS="${MAX_FAILS:-1}"
FAIL_TIMEOUT="${FAIL_TIMEOUT:-10s}"
servers=""
for s in $API_SERVERS; do
  servers+="  server $s max_fails=$MAX_FAILS fail_timeout=$FAIL_TIMEOUT;"$'\n'
done
mkdir -p "$out" "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp"
for f in nginx.conf upstream.conf servers.conf security-headers.conf app-locations.conf; do
  content="$(cat "$here/$f")"
  content="${content//@PREFIX@/$NGINX_PREFIX}"
  content="${content//@CONF_DIR@/$out}"
  content="${content//@WWW_ROOT@/$WWW_ROOT}"
  content="${content//@API_SERVERS@/${servers%$'\n'}}"
  content="${content//@MAX_FAILS@/$MAX_FAILS}"
  content="${content//@FAIL_TIMEOUT@/$FAIL_TIMEOUT}"
  content="${content//@PORTAL_PORT@/${PORTAL_PORT:-8080}}"
  content="${content//@ADMIN_PORT@/${ADMIN_PORT:-8081}}"
  content="${content//@LISTEN_HOST@/${LISTEN_HOST-127.0.0.1:}}"
  content="${content//@SSO_ORIGIN@/${SSO_ORIGIN:-http://localhost:8180}}"
  content="${content//@WORKER_PROCESSES@/${WORKER_PROCESSES:-auto}}"
  content="${content//@MIME_TYPES@/${MIME_TYPES:-/etc/nginx/mime.types}}"
  if grep -q '@[A-Z_]*@' <<<"$content"; then
    echo "render.sh: $f has an unfilled placeholder: $(grep -o '@[A-Z_]*@' <<<"$content" | head -1)" >&2
    exit 1
  fi
  printf '%s\n' "$content" > "$out/$f"
done
echo "$out/nginx.conf"
