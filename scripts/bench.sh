#!/usr/bin/env bash
# The benchmark: transfer size of the release build, load and interaction times in
# headless Chromium against a static baseline page and a plain page of the quotes, the Studio's size and its time
# from a pasted 100 KB article to a previewed draft, how costs grow with content
# (10 to 5,000 quotes over 10 KB to 1 MB of text), and the performance budget.
# Prints the tables and writes BENCHMARKS.md; exits 1 when a budget line fails.
#
#   scripts/bench.sh                 setup, trunk build --release (the widget, then the Studio; the Wasm with the pinned nightly), the CLI in release, then bench/run.mjs
#   scripts/bench.sh --runs 11       more page loads for the widget-vs-baseline comparison (default 7)
#   scripts/bench.sh --no-build      measure the dist/ that is there (setup still runs)
#   scripts/bench.sh --help          bench/run.mjs's own options (--scale-runs, --cells, --no-scale, ...)
#
# About 5 minutes on a 2-core machine once built (a first run also compiles the release
# Wasm and the CLI). Not part of scripts/test.sh or CI.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --help | -h)
      sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
      echo
      exec node bench/run.mjs --help
      ;;
    *) args+=("$a") ;;
  esac
done

step setup scripts/setup.sh
CHROMIUM="$(find_chromium)"
[ -n "$CHROMIUM" ] || die "no Chromium found (scripts/setup.sh installs one)."
export CHROMIUM

if [ "$build" -eq 1 ]; then
  # The release as scripts/test.sh builds it: the Wasm with the pinned nightly,
  # -Zbuild-std and -Cpanic=immediate-abort (trunk_release, scripts/lib.sh).
  step build trunk_release
  # Second, into dist/studio/: trunk empties its own dist folder first, so the
  # widget's build would otherwise delete it.
  step studio trunk_release --config studio/Trunk.toml
  # The command-line tool in release, once, so no timed run compiles it.
  step cli cargo build --release -q -p explainer-cli
fi
[ -f dist/index.html ] || die "dist/index.html not found; run without --no-build."

# run.mjs exits 1 when the budget is broken; its report is written either way.
step bench node bench/run.mjs "${args[@]}"
print_timings
