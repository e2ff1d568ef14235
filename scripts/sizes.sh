#!/usr/bin/env bash
# Prints the raw and gzip -9 sizes of the built page's .wasm and .js files,
# i.e. what a reader downloads, then embed.js (loaded by host pages, not by the
# widget's page) on its own line. The demo page's files are left out.
# Usage: scripts/sizes.sh [DIST_DIR] (default dist).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

dist="${1:-dist}"
[ -d "$dist" ] || die "$dist/ not found; build first (trunk build --release)."

shopt -s nullglob
files=()
for f in "$dist"/*.wasm "$dist"/*.js; do
  case "$(basename "$f")" in
    embed.js | demo.js) ;;
    *) files+=("$f") ;;
  esac
done
[ ${#files[@]} -gt 0 ] || die "no .wasm or .js files in $dist/."

total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file" "bytes" "gzip -9"
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
if [ -f "$dist/embed.js" ]; then
  printf '%-48s %10d %10d\n' "$dist/embed.js (host pages only)" "$(wc -c <"$dist/embed.js")" "$(gzip -9 -c "$dist/embed.js" | wc -c)"
fi
