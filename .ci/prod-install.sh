#!/usr/bin/env bash
# The production install, as App Service gets it: `npm run bundle` (scripts/bundle-app.ts: `npm ci --omit=dev` in a clean folder
# holding only package.json, package-lock.json, the compiled dist/ and the card templates). Then:
#   1. the install must succeed without fetching anything at install time (npx may not download rimraf),
#   2. node_modules must hold no Cosmos emulator (@vercel/cosmosdb-server and its chain),
#   3. without COSMOS_ENDPOINT the bot must refuse to start and say why,
#   4. with COSMOS_ENDPOINT (the emulator from the dev tree, run as a separate server) /readyz must answer ready,
#      and start-up must print no deprecation warning.
# Run from .ci/run after `npm ci` and `npm run build`, with the node to test first on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
test -f dist/src/index.js || { echo "prod-install: run npm run build first" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bti-prod-XXXXXX")/app"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$(dirname "$WORK")"
}
trap cleanup EXIT
fail() { echo "prod-install FAILED: $*" >&2; exit 1; }

echo "prod-install: node $(node -v), npm $(npm -v), in $WORK"
npm run bundle -- "$WORK" || fail "npm ci --omit=dev (npm run bundle)"

# 2. No emulator in the production tree.
for pkg in @vercel/cosmosdb-server @babel/traverse; do
  test ! -e "$WORK/node_modules/$pkg" || fail "$pkg is installed in the production node_modules"
done
if grep -rqs --include=package.json '"name": "@vercel/cosmosdb-server"' "$WORK/node_modules"; then fail "an emulator copy is nested in node_modules"; fi

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# 3. No endpoint and no emulator: a clear refusal, exit code 1.
set +e
NO_ENDPOINT_ERR="$(cd "$WORK" && env -u COSMOS_ENDPOINT -u COSMOS_KEY PORT="$(free_port)" HOST=127.0.0.1 EMBEDDED_DATA_DIR="$WORK/data" LOG_LEVEL=error \
  timeout 60 node dist/src/index.js 2>&1 >/dev/null)"
NO_ENDPOINT_RC=$?
set -e
test "$NO_ENDPOINT_RC" -eq 1 || fail "without COSMOS_ENDPOINT the production install exited with $NO_ENDPOINT_RC, expected 1: $NO_ENDPOINT_ERR"
grep -q "COSMOS_ENDPOINT is not set" <<<"$NO_ENDPOINT_ERR" || fail "no clear message without COSMOS_ENDPOINT: $NO_ENDPOINT_ERR"
echo "prod-install: without COSMOS_ENDPOINT it refuses to start: $(grep 'could not start' <<<"$NO_ENDPOINT_ERR" | head -c 160)…"

# 4. The emulator from the dev tree as a separate Cosmos endpoint, the production install against it.
COSMOS_PORT="$(free_port)"
node -e "require('@vercel/cosmosdb-server').createHttpServer({ keepAlive: true }).listen(Number(process.argv[1]), '127.0.0.1')" "$COSMOS_PORT" &
PIDS+=($!)
BOT_PORT="$(free_port)"
(cd "$WORK" && exec env COSMOS_ENDPOINT="http://127.0.0.1:$COSMOS_PORT" COSMOS_KEY="$(printf "bti-bot ci key, the emulator checks none" | base64 -w0)" \
  PORT="$BOT_PORT" HOST=127.0.0.1 LOG_LEVEL=warn node dist/src/index.js 2>"$WORK/bot.err" >/dev/null) &
PIDS+=($!)
READY=""
for _ in $(seq 1 120); do
  READY="$(curl -fsS "http://127.0.0.1:$BOT_PORT/readyz" 2>/dev/null || true)"
  [ -n "$READY" ] && break
  sleep 0.5
done
[ "$READY" = '{"status":"ready"}' ] || fail "/readyz answered '${READY}'; bot stderr: $(cat "$WORK/bot.err")"
if grep -q "DeprecationWarning" "$WORK/bot.err"; then fail "deprecation warnings on start: $(cat "$WORK/bot.err")"; fi
echo "prod-install: OK (no emulator installed, /readyz $READY against a separate Cosmos endpoint)"
