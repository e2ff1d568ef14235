#!/usr/bin/env bash
# Serves everything from a desk (`explainer desk`, the newsroom's server): the
# default explainer at http://127.0.0.1:8080/ and the Explainer Studio at
# http://127.0.0.1:8080/studio/, with the desk's API under /api/ and its data in
# ./desk-data/ (DESK_DATA to change it; DESK_PORT for another port). The first
# start prints the admin account's one-time password.
#
# Runs scripts/setup.sh first, then builds the widget and the Studio as readers
# get them (the release build, trunk_release in scripts/lib.sh) into dist/.
# For live rebuilds while working on the widget alone, `trunk serve` (port 8080,
# Trunk.toml) still works; the Studio alone: `trunk serve --config studio/Trunk.toml`.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

scripts/setup.sh

DESK_DATA="${DESK_DATA:-desk-data}"
DESK_PORT="${DESK_PORT:-8080}"

# The Studio second: trunk empties its dist folder first, so the widget's build
# would otherwise delete dist/studio/.
log "building the widget and the Studio into dist/"
trunk_release
trunk_release --config studio/Trunk.toml

log "the desk: http://127.0.0.1:$DESK_PORT/ and the Studio at http://127.0.0.1:$DESK_PORT/studio/ (data in $DESK_DATA/; Ctrl-C to stop)"
exec cargo run --quiet --offline -p explainer-cli -- \
  desk --data "$DESK_DATA" --static dist --listen "127.0.0.1:$DESK_PORT"
