#!/usr/bin/env bash
# Runs every check, in order, stopping at the first failure (non-zero exit):
#   fmt          cargo fmt --check, the workspace and the fuzz crate
#   clippy       cargo clippy, native, the whole workspace and the fuzz crate,
#                warnings are errors
#   clippy-wasm  cargo clippy for wasm32 (the widget: browser test, wasm-only code)
#   types        tsc --noEmit: type-checks the Playwright suite (tsconfig.json),
#                which Playwright itself runs without checking
#   test         cargo test, native, the whole workspace: unit tests, the SSR tests
#                in tests/ and the command-line tool's tests in cli/tests/
#   fuzz         builds the fuzz targets in fuzz/ (with the pinned nightly that setup
#                installs for the release build, libFuzzer's coverage flags, as
#                cargo-fuzz would; cargo-fuzz itself is not needed) and runs them
#                at once over their committed seeds (fuzz/seeds/<target>/) for
#                FUZZ_SECONDS (default 10); beside test-wasm and build when those
#                run too (its output printed when it ends, before e2e)
#   test-wasm    cargo test for wasm32 in headless Chromium (tests/browser.rs,
#                tests/panic_hook.rs)
#   build        trunk build --release into dist/ (and the Studio into dist/studio/),
#                the Wasm compiled with the pinned nightly and a panic strategy of
#                immediate abort (trunk_release in scripts/lib.sh), then the gzip sizes
#   e2e          the Playwright suite (e2e/) against dist/, which must be a release
#                build of the sources as they are (the build step's stamp,
#                dist/.release-of): otherwise it builds first. Its server is always
#                its own: a server already on the port is an error, never reused.
# scripts/setup.sh runs first. Pass step names to run only those, e.g.
#   scripts/test.sh build e2e
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

ALL_STEPS=(fmt clippy clippy-wasm types test fuzz test-wasm build e2e)
if [ $# -gt 0 ]; then
  for s in "$@"; do
    case " ${ALL_STEPS[*]} " in
      *" $s "*) ;;
      *) die "unknown step '$s'; steps are: ${ALL_STEPS[*]}" ;;
    esac
  done
  STEPS=("$@")
else
  STEPS=("${ALL_STEPS[@]}")
fi

wants() { case " ${STEPS[*]} " in *" $1 "*) return 0 ;; *) return 1 ;; esac }

step setup scripts/setup.sh

# A CI run compiles everything once: cargo's incremental caches (each workspace
# crate's compiled state, kept for the next edit) would only take disk there.
if [ -n "${CI:-}" ]; then
  export CARGO_INCREMENTAL=0
fi

# The browser tests use the Chromium and ChromeDriver that setup found.
CHROMIUM="$(find_chromium)"
CHROMEDRIVER="$(find_chromedriver)"
export CHROMIUM CHROMEDRIVER
# cli/tests/publish_s3.rs starts this SeaweedFS S3 server itself, on free loopback
# ports, and stops it by its PID (setup installed it; scripts/weed.sh prints its path).
WEED="$(scripts/weed.sh)"
export WEED
# wasm-bindgen-test-runner: extra Chromium flags (see webdriver.json), and a
# generous timeout for a slow CI machine.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$REPO_ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"

# `step` runs its command in an `||` context, where set -e does not apply inside a
# function, so the two commands are chained with &&.
# Both builds go through trunk_release (scripts/lib.sh): the Wasm with the pinned
# nightly, -Zbuild-std and -Cpanic=immediate-abort, everything else on stable.
# The Studio (studio/) builds second, into dist/studio/: trunk empties its own
# dist folder first, so the widget's build would otherwise delete it.
# The stamp records the sources' hash, taken before the build starts; trunk
# empties dist/ (a debug build by scripts/serve.sh included), so no other build
# leaves one behind.
build_release() {
  local sources
  sources="$(sources_hash)" &&
    trunk_release &&
    trunk_release --config studio/Trunk.toml &&
    printf 'release %s\n' "$sources" >"$RELEASE_STAMP" &&
    scripts/sizes.sh dist &&
    log "the Studio (dist/studio/, not loaded by readers)" &&
    scripts/sizes.sh dist/studio
}

# The fuzz targets, each with its seeds in fuzz/seeds/<target>/.
FUZZ_TARGETS=(load anchor fragment)
# cargo-fuzz's flags for libFuzzer (coverage counters, compare tracing), with
# debug assertions and overflow checks on, and no sanitizer: a panic is the bug.
FUZZ_RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"

# fuzz_briefly: builds the fuzz targets with the pinned nightly of the release
# build ($RELEASE_NIGHTLY, scripts/lib.sh; one nightly serves both, and setup
# installs it) and runs each for FUZZ_SECONDS over a fresh working corpus seeded
# from fuzz/seeds/<target>/ (the committed seeds stay as they are); a crash fails
# the step and leaves its input in fuzz/artifacts/.
fuzz_briefly() {
  if ! rustup run "$RELEASE_NIGHTLY" rustc --version >/dev/null 2>&1; then
    printf 'error: fuzz: no %s toolchain; scripts/setup.sh installs it\n' "$RELEASE_NIGHTLY" >&2
    return 1
  fi
  local host seconds="${FUZZ_SECONDS:-10}" target
  # libFuzzer reads -max_total_time=0 as "no limit": a step that never ends.
  if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    printf 'error: FUZZ_SECONDS must be a whole number of seconds above 0 (got "%s"); to skip fuzzing, name the other steps\n' "$seconds" >&2
    return 2
  fi
  host="$(rustup run "$RELEASE_NIGHTLY" rustc -vV | sed -n 's/^host: //p')"
  # --target keeps the flags off build scripts and proc macros, as cargo-fuzz does.
  # --locked: fuzz/Cargo.lock is committed (seeded from the root lock), so the
  # targets fuzz the crate versions that ship.
  (cd fuzz && RUSTFLAGS="$FUZZ_RUSTFLAGS" cargo "+$RELEASE_NIGHTLY" build --locked --release --bins --target "$host") || return
  mkdir -p fuzz/artifacts
  # The targets run at once, each for FUZZ_SECONDS of the clock: libFuzzer is one
  # thread, so one after another left a core idle for the whole step.
  local status output pids=()
  for target in "${FUZZ_TARGETS[@]}"; do
    log "fuzz: $target for ${seconds}s"
    rm -rf "fuzz/corpus/$target" && mkdir -p "fuzz/corpus/$target" || return
    "fuzz/target/$host/release/$target" "fuzz/corpus/$target" "fuzz/seeds/$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="fuzz/artifacts/$target-" >"fuzz/target/$target.log" 2>&1 &
    pids+=("$!")
  done
  local failed=0 i
  for i in "${!FUZZ_TARGETS[@]}"; do
    target="${FUZZ_TARGETS[$i]}"
    output="fuzz/target/$target.log"
    status=0
    wait "${pids[$i]}" || status=$?
    if [ "$status" -ne 0 ]; then
      tail -n 40 "$output"
      printf 'error: fuzz target %s failed (exit %s); its input is in fuzz/artifacts/\n' "$target" "$status" >&2
      failed="$status"
    else
      printf '%s: ' "$target"
      grep -E "^Done [0-9]+ runs" "$output" || echo
    fi
  done
  return "$failed"
}

# A step run beside the ones that follow it (at most one at a time): the fuzz
# step's build and runs fill the core that the release build leaves idle (its
# link-time optimisation, the pre-render's compile and wasm-opt are one thread
# each) and the browser tests' waiting. Its output goes to a log, printed when it
# is joined; a failure then stops the run as any step's would.
BESIDE_NAME=""
BESIDE_PID=""
BESIDE_LOG=""
BESIDE_START=0
step_beside() {
  BESIDE_NAME="$1"
  shift
  BESIDE_LOG="$(mktemp)"
  BESIDE_START=$(now)
  log "test: $BESIDE_NAME: $* (beside the next steps; its output when it ends)"
  # In an || context, as in `step`: set -e does not stop the command half-way.
  # Its end time is kept, so its timing line is its own and not the wait's.
  {
    local rc=0
    "$@" || rc=$?
    now >"$BESIDE_LOG.end"
    exit "$rc"
  } >"$BESIDE_LOG" 2>&1 &
  BESIDE_PID=$!
}
join_beside() {
  [ -n "$BESIDE_PID" ] || return 0
  local rc=0 took
  wait "$BESIDE_PID" || rc=$?
  BESIDE_PID=""
  took=$(($(cat "$BESIDE_LOG.end" 2>/dev/null || now) - BESIDE_START))
  log "test: $BESIDE_NAME (ran beside the steps above): its output"
  cat "$BESIDE_LOG"
  rm -f "$BESIDE_LOG" "$BESIDE_LOG.end"
  TIMINGS+=("$(printf '%-12s %5ss  (beside)' "$BESIDE_NAME" "$took")")
  if [ "$rc" -ne 0 ]; then
    printf 'error: test step "%s" failed (exit %s) after %ss\n' "$BESIDE_NAME" "$rc" "$took" >&2
    print_timings
    exit "$rc"
  fi
}
# A step that fails stops the run: the one beside it stops too, with everything
# it started (cargo, rustc, the fuzzers).
stop_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do stop_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
trap '[ -z "$BESIDE_PID" ] || stop_tree "$BESIDE_PID"' EXIT

# What a release build in dist/ was made from.
RELEASE_STAMP=dist/.release-of
# Everything the two builds read: their sources, content, static files, the
# pre-rendering CLI, the lock files, cargo's configuration, and scripts/lib.sh
# (the release toolchain and its flags).
BUILD_INPUTS=(src static content locales cli studio index.html Trunk.toml Cargo.toml Cargo.lock .cargo package-lock.json scripts/lib.sh)

# sources_hash: one hash of the build's inputs as they are on disk (edits not
# yet committed and new files count; ignored files such as target/ do not).
sources_hash() {
  # Outside a git checkout nothing says what changed: a value no stamp matches.
  if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    printf 'not-a-git-checkout-%s\n' "$(date +%s%N)"
    return 0
  fi
  {
    git ls-files -z --cached --others --exclude-standard -- "${BUILD_INPUTS[@]}" |
      xargs -0 -r sha256sum 2>/dev/null || true
  } | sha256sum | cut -d' ' -f1
}

# release_dist: makes sure dist/ is a release build of these sources (the build
# step of this run, or an earlier one whose stamp still matches); else builds it.
release_dist() {
  if [ "$(cat "$RELEASE_STAMP" 2>/dev/null)" = "release $(sources_hash)" ]; then
    log "dist/ is a release build of these sources"
  else
    log "dist/ is not a release build of these sources (no stamp, a debug build or older sources): building it"
    build_release
  fi
}

# The fuzz crate is a workspace of its own (fuzz/Cargo.toml), formatted and
# linted with the rest; its lint shares target/ with the workspace's, so only
# libfuzzer-sys is new there.
format_check() {
  cargo fmt --all -- --check &&
    cargo fmt --manifest-path fuzz/Cargo.toml -- --check
}
lint_native() {
  cargo clippy --workspace --all-targets -- -D warnings &&
    cargo clippy --manifest-path fuzz/Cargo.toml --locked --target-dir target --bins -- -D warnings
}

wants fmt && step fmt format_check
wants clippy && step clippy lint_native
# The command-line tool (cli/) is native only, so the wasm32 steps take the widget
# (and, for clippy, the Studio) alone.
wants clippy-wasm && step clippy-wasm cargo clippy -p news-explainer -p explainer-studio --all-targets --target wasm32-unknown-unknown -- -D warnings
wants types && step types tsc --noEmit -p tsconfig.json
wants test && step test cargo test --workspace
if wants fuzz; then
  if wants test-wasm || wants build; then
    step_beside fuzz fuzz_briefly
  else
    step fuzz fuzz_briefly
  fi
fi
wants test-wasm && step test-wasm cargo test -p news-explainer --target wasm32-unknown-unknown
wants build && step build build_release
# The end-to-end suite's times are its own: the fuzz step ends first.
join_beside
wants e2e && step e2e-dist release_dist
# The suite, then where its time went (the slowest specs; e2e/timings.mjs),
# whether it passed or not.
e2e_suite() {
  local rc=0
  rm -f e2e/report/results.json
  npm run --silent e2e || rc=$?
  if [ -f e2e/report/results.json ]; then
    log "e2e: the slowest specs (seconds of test time, both projects)"
    node e2e/timings.mjs --top 15 || true
  fi
  return "$rc"
}
wants e2e && step e2e e2e_suite

print_timings
# What the run left on disk (a CI machine's disk is not always large).
log "disk: $(du -sh target 2>/dev/null | cut -f1) in target/, $(du -sh fuzz/target 2>/dev/null | cut -f1) in fuzz/target/"
log "test: all passed"
