# shellcheck shell=bash
# Shared helpers for scripts/*.sh. Source it, don't run it:
#   . "$(dirname "$0")/lib.sh"
# It cds to the repository root and puts cargo's and npm's bin folders on PATH.

# The repository root is the parent of this scripts/ folder.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT" || exit 1

# Tools installed by `cargo install` land in ~/.cargo/bin; wasm-opt (npm
# package binaryen) and playwright land in node_modules/.bin.
if [ -f "$HOME/.cargo/env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
case ":$PATH:" in
  *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
  *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;;
esac
PATH="$REPO_ROOT/node_modules/.bin:$PATH"
export PATH

# Playwright must use the system Chromium, never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# log MESSAGE: a short progress line.
log() { printf '==> %s\n' "$*"; }

# die MESSAGE: an error on stderr, then exit 1.
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# have COMMAND: true when COMMAND is on PATH.
have() { command -v "$1" >/dev/null 2>&1; }

# now: seconds since the epoch, for step timings.
now() { date +%s; }

# Step timings, one line per step run, printed by print_timings.
TIMINGS=()

# step NAME COMMAND...: runs COMMAND and records its time. On failure it says
# which step failed, prints the timings so far and exits with COMMAND's status.
# The log line names the script (test: …, bench: …).
step() {
  local name="$1"
  shift
  local script
  script="$(basename "$0" .sh)"
  log "$script: $name: $*"
  local start rc=0
  start=$(now)
  "$@" || rc=$?
  local took=$(($(now) - start))
  TIMINGS+=("$(printf '%-12s %5ss' "$name" "$took")")
  if [ "$rc" -ne 0 ]; then
    printf 'error: %s step "%s" failed (exit %s) after %ss\n' "$script" "$name" "$rc" "$took" >&2
    print_timings
    exit "$rc"
  fi
}

# print_timings: the time each step took so far.
print_timings() {
  log "timings"
  if [ "${#TIMINGS[@]}" -gt 0 ]; then
    printf '    %s\n' "${TIMINGS[@]}"
  fi
}

# find_chromium: prints the path of a Chromium/Chrome binary, or nothing.
# $CHROMIUM wins when it is set and executable.
find_chromium() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "${CHROMIUM}" ]; then
    printf '%s\n' "$CHROMIUM"
    return 0
  fi
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if have "$name"; then
      command -v "$name"
      return 0
    fi
  done
  return 0
}

# find_chromedriver: prints the path of chromedriver, or nothing.
# $CHROMEDRIVER wins when it is set and executable.
find_chromedriver() {
  if [ -n "${CHROMEDRIVER:-}" ] && [ -x "${CHROMEDRIVER}" ]; then
    printf '%s\n' "$CHROMEDRIVER"
    return 0
  fi
  if have chromedriver; then
    command -v chromedriver
  fi
  return 0
}

# major_version "Chromium 156.0.8078.73": prints 156.
major_version() { printf '%s\n' "$1" | grep -oE '[0-9]+\.[0-9.]+' | head -n1 | cut -d. -f1; }

# lock_version NAME: the version of package NAME in Cargo.lock, or nothing.
lock_version() {
  awk -v want="name = \"$1\"" '
    /^\[\[package\]\]/ { in_pkg = 0 }
    $0 == want         { in_pkg = 1 }
    in_pkg && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock
}
