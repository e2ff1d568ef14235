#!/usr/bin/env bash
# Serves the default explainer at http://127.0.0.1:8080 with live rebuilds.
# Runs scripts/setup.sh first; extra arguments go to `trunk serve`
# (e.g. scripts/serve.sh --release).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

scripts/setup.sh
# Address and port come from Trunk.toml ([serve]); they are repeated here so the
# URL printed below stays true. wasm-opt is node_modules/.bin/wasm-opt (lib.sh PATH).
log "serving http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
