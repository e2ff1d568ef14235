#!/usr/bin/env bash
# Serves the default explainer at http://127.0.0.1:8080 and the Explainer Studio
# at http://127.0.0.1:8080/studio/, both with live rebuilds.
# Runs scripts/setup.sh first; extra arguments go to the widget's `trunk serve`
# (e.g. scripts/serve.sh --release).
#
# Two trunk servers: the Studio's (studio/Trunk.toml) on 127.0.0.1:$STUDIO_PORT
# (default 8081), and the widget's on 8080, which proxies /studio/ to it. The Studio's files go to
# target/studio-serve/, not dist/studio/: the widget's server empties dist/ on
# every rebuild.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

scripts/setup.sh

STUDIO_PORT="${STUDIO_PORT:-8081}"
trunk serve --config studio/Trunk.toml --address 127.0.0.1 --port "$STUDIO_PORT" \
  --public-url /studio/ --dist "$REPO_ROOT/target/studio-serve" &
studio_pid=$!
trap 'kill "$studio_pid" 2>/dev/null || true' EXIT INT TERM

# Address and port come from Trunk.toml ([serve]); they are repeated here so the
# URLs printed below stay true. wasm-opt is node_modules/.bin/wasm-opt (lib.sh PATH).
log "serving http://127.0.0.1:8080/ and the Studio at http://127.0.0.1:8080/studio/ (Ctrl-C to stop)"
trunk serve --address 127.0.0.1 --port 8080 \
  --proxy-backend "http://127.0.0.1:$STUDIO_PORT/studio/" --proxy-rewrite /studio/ "$@"
