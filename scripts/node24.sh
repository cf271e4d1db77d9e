#!/usr/bin/env bash
# Prints the path of a Node 24 binary for the production processes (API, worker, migrate), installing
# it once from the npm registry (the package `node`, which fetches the platform's official binary)
# into .data/runtime/ (git-ignored). The build may stay on the machine's Node 20; production runs on 24
# (Node 20 is past its end of life). Progress goes to stderr; stdout is only the path.
set -euo pipefail
version="${NODE24_VERSION:-24.21.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.data/runtime/node-$version"
bin="$dir/node_modules/node/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  echo "node24: installing node@$version from the npm registry into ${dir#"$root"/} (once)" >&2
  rm -rf "$dir" && mkdir -p "$dir"
  chmod 755 "$root/.data" "$root/.data/runtime" 2>/dev/null || true
  npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock --loglevel=error "node@$version" >&2
  if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
    echo "node24: node@$version did not install a working binary at $bin" >&2
    exit 1
  fi
  chmod -R o+rX "$dir"
fi
echo "$bin"
