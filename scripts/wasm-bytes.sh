#!/usr/bin/env bash
# Where the reader's Wasm bytes go, by crate and by item (twiggy): for finding
# what to cut, not part of CI. The release build has no function names, so this
# builds the same Wasm once more keeping them (its own target folder,
# target/wasm-bytes, so the release build's cache is untouched): cargo with the
# release profile and the release's toolchain and flags (release_wasm_env in
# scripts/lib.sh) but no stripping, wasm-bindgen --keep-debug, then the same
# wasm-opt -Oz and flags as index.html, with -g so names survive and the DWARF
# stripped after. Code and data are the release build's; only the names section
# is added.
#
#   scripts/wasm-bytes.sh [TOP_N]     (needs twiggy: cargo install twiggy --locked)
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

have twiggy || die "twiggy is not installed: cargo install twiggy --locked"
have wasm-opt || die "wasm-opt is not on PATH: run scripts/setup.sh (npm package binaryen)"
have wasm-bindgen || die "wasm-bindgen is not on PATH: run scripts/setup.sh"

OUT=target/wasm-bytes
mkdir -p "$OUT"
log "building the reader's Wasm with its names kept"
CARGO_TARGET_DIR="$OUT/cargo" CARGO_PROFILE_RELEASE_STRIP=none \
  release_wasm_env cargo build --release --target wasm32-unknown-unknown --bin news-explainer
wasm-bindgen --keep-debug --target web --out-dir "$OUT/bindgen" \
  "$OUT/cargo/wasm32-unknown-unknown/release/news-explainer.wasm"
# index.html's wasm-opt flags (data-wasm-opt-params), so the code is the same.
# shellcheck disable=SC2207
FLAGS=($(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html))
[ "${#FLAGS[@]}" -gt 0 ] || die "index.html has no data-wasm-opt-params"
wasm-opt -Oz -g "${FLAGS[@]}" "$OUT/bindgen/news-explainer_bg.wasm" -o "$OUT/named.wasm"
wasm-opt -g --strip-dwarf "${FLAGS[@]}" "$OUT/named.wasm" -o "$OUT/named.wasm"
twiggy top -n 1000000 -f json "$OUT/named.wasm" >"$OUT/twiggy.json"
node bench/wasm-bytes.mjs "$OUT/twiggy.json" "${1:-25}"
log "twiggy's own views: twiggy top|dominators|paths $OUT/named.wasm"
