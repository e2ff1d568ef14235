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

# The release Wasm (reader and Studio) is compiled with this pinned nightly, which
# rebuilds the standard library (-Zbuild-std, from its rust-src component) with
# -Cpanic=immediate-abort: a panic aborts at once, so the panic machinery and most
# panic messages and locations leave the Wasm, about 10% less gzip (README, "Size"). A panic is then a bare `unreachable`
# trap, which static/boot.js and static/embed.js catch at the JavaScript boundary.
# rustup names a nightly by the day it was published, the day after its commit:
# nightly-2026-05-20 is rustc 1.97.0-nightly (e50aa6fba 2026-05-19), the compiler
# issue #16 measured this lever with (nightly-2026-05-19 is the one before it).
# scripts/setup.sh installs it; the fuzz step (scripts/test.sh) uses it too.
RELEASE_NIGHTLY="nightly-2026-05-20"

# trunk_release ARGS...: `trunk build --release ARGS...` with the Wasm compiled by
# $RELEASE_NIGHTLY as above. Everything else stays on the default (stable)
# toolchain: clippy, the tests, `trunk serve`, and the native CLI that the
# post_build hook in Trunk.toml runs. How the settings are scoped:
#   - RUSTUP_TOOLCHAIN picks the toolchain of the `cargo` trunk spawns (trunk runs
#     plain `cargo` from PATH and has no setting of its own for it). It is global to
#     trunk's children, so the hook unsets it again (Trunk.toml).
#   - CARGO_UNSTABLE_BUILD_STD is `-Zbuild-std` as cargo configuration; only a
#     nightly cargo reads it, and the hook unsets it too. So for
#     CARGO_UNSTABLE_BUILD_STD_FEATURES: the standard library's `optimize_for_size`
#     (its smaller sorts, integer formatting and float parsing; same results),
#     another 5 KB gzip, and no `panic-unwind`, the default it replaces.
#   - The panic strategy goes in CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS, not
#     RUSTFLAGS: cargo applies it to wasm32 code only, never to build scripts, proc
#     macros or the native CLI (and stable rustc would refuse -Zunstable-options).
# Env assignments on the command, so nothing leaks into the steps that follow.
trunk_release() { release_wasm_env trunk build --release "$@"; }

# release_wasm_env COMMAND...: runs COMMAND with the settings above, for any
# build that must compile the same release Wasm (trunk_release;
# scripts/wasm-bytes.sh, which builds it once more with its names kept).
release_wasm_env() {
  RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY" \
    CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}

# lock_version NAME: the version of package NAME in Cargo.lock, or nothing.
lock_version() {
  awk -v want="name = \"$1\"" '
    /^\[\[package\]\]/ { in_pkg = 0 }
    $0 == want         { in_pkg = 1 }
    in_pkg && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock
}
