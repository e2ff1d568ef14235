#!/usr/bin/env bash
# The publish benchmark: wall time of `explainer publish` (release binary) for the
# default explainer (content/anchorage-summit.json) and a generated one of 1,000
# quotes over 1 MB of source (bench/generate.mjs), each to a folder and to an S3
# server on loopback (SeaweedFS's `weed mini`, from scripts/weed.sh, on free
# ports, stopped at the end). Three publishes each: the first (to an empty
# target), the same again, and one with the headline edited (a newsroom updating
# the story); share pages and pre-compressed copies included, as `explainer
# build` writes them. Budget: 10 s each.
#
#   scripts/bench-publish.sh              build the CLI in release, then measure
#   scripts/bench-publish.sh --runs 3     runs per cell (default 3; the median is printed)
#   scripts/bench-publish.sh --out FILE   write the report there (default bench/publish.md)
#
# `explainer publish` reports its two parts ("built in … s, written in … s"): the
# build is `explainer build`'s work; the writing is what publishing adds.
#
# It prints the table and writes it to bench/publish.md (`--out FILE` for
# another), with the machine's cores, its load average at the start and the
# end (the figures mean little on a loaded machine: the file says how loaded
# it was), the commit and the date, and one budget line per explainer and
# target; exits 1 when a publish took over 10 s.
#
# The template is dist/ when it holds a release build; otherwise a stand-in of
# the release's file sizes (a 535 KB Wasm, 57 KB glue, the stylesheet), which costs the
# publish the same bytes to compress and write. Not part of scripts/test.sh.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

runs=3
out=bench/publish.md
# The budget of one publish, in seconds (issue 27: as the site build's).
BUDGET=10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --help | -h) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done

WEED="$(scripts/weed.sh)"
have node || die "node is needed for bench/generate.mjs"
log "bench-publish: building the CLI in release"
cargo build --release -q -p explainer-cli
EXPLAINER="$REPO_ROOT/target/release/explainer"

WORK="$(mktemp -d)"
weed_pid=""
cleanup() {
  if [ -n "$weed_pid" ]; then kill "$weed_pid" 2>/dev/null || true; wait "$weed_pid" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The template.
if [ -f dist/index.html ] && ls dist/*_bg.wasm >/dev/null 2>&1; then
  TEMPLATE="$REPO_ROOT/dist"
  template_note="dist/ (a release build)"
else
  TEMPLATE="$WORK/template"
  mkdir -p "$TEMPLATE/locales"
  hash=5eed5eed5eed5eed
  cat >"$TEMPLATE/index.html" <<EOF
<!doctype html>
<html lang="en">
  <head>
    <title>Default</title>
    <link rel="stylesheet" href="./style-$hash.css"/>
    <script type="module" src="./boot.js" data-explainer-js="./news-explainer-$hash.js" data-explainer-wasm="./news-explainer-$hash\_bg.wasm"></script>
  </head>
  <body><main><div id="explainer"></div></main></body>
</html>
EOF
  sed -i 's/\\_bg/_bg/' "$TEMPLATE/index.html"
  head -c 535000 /dev/urandom >"$TEMPLATE/news-explainer-${hash}_bg.wasm"
  # Text compresses as text does: the repository's own Rust sources stand in.
  cat src/*.rs src/*/*.rs >"$WORK/sources.txt"
  head -c 57000 "$WORK/sources.txt" >"$TEMPLATE/news-explainer-$hash.js"
  cp static/style.css "$TEMPLATE/style-$hash.css"
  cp static/boot.js static/embed.js "$TEMPLATE/"
  cp locales/*.json "$TEMPLATE/locales/"
  template_note="a stand-in of the release's sizes (no dist/ release build here)"
fi

# The explainers.
mkdir -p "$WORK/in"
cp content/anchorage-summit.json "$WORK/in/anchorage-summit.json"
node bench/generate.mjs --quotes 1000 --source-kb 1000 --out "$WORK/in/q1000-s1m.json"

# The S3 server, on free ports (none of its defaults).
read -r -a ports < <(python3 -c '
import socket
s=[socket.socket() for _ in range(11)]
[x.bind(("127.0.0.1",0)) for x in s]
print(" ".join(str(x.getsockname()[1]) for x in s))')
S3_PORT="${ports[0]}"
mkdir -p "$WORK/weed"
"$WEED" mini -dir="$WORK/weed" -ip=127.0.0.1 -ip.bind=127.0.0.1 -bucket=bench \
  -s3.port="${ports[0]}" -s3.port.grpc="${ports[1]}" -master.port="${ports[2]}" \
  -master.port.grpc="${ports[3]}" -volume.port="${ports[4]}" -volume.port.grpc="${ports[5]}" \
  -filer.port="${ports[6]}" -filer.port.grpc="${ports[7]}" -admin.port="${ports[8]}" \
  -admin.port.grpc="${ports[9]}" -metricsPort="${ports[10]}" -s3.port.iceberg=0 \
  -s3.port.lance=0 -webdav=false >"$WORK/weed.log" 2>&1 &
weed_pid=$!
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null "http://127.0.0.1:$S3_PORT/bench/?max-keys=1"; then break; fi
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$S3_PORT/bench/?max-keys=1" || die "weed did not start: $(tail -5 "$WORK/weed.log")"
export AWS_ENDPOINT_URL="http://127.0.0.1:$S3_PORT" AWS_REGION=us-east-1
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

# median of the numbers on standard input
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null | sed 's/ /, /g' || echo unknown)"
rows=""
budget_lines=""
failed=0
printf '\nTemplate: %s. %s run(s) per cell, median (then every run).\n\n' "$template_note" "$runs"
printf '| explainer | target | publish | files written / in the site | publish (s) | of it, build (s) | of it, writing (s) | every run (s) |\n|---|---|---|---|---:|---:|---:|---|\n'
for name in anchorage-summit q1000-s1m; do
  # An edit: the headline changed, which changes the page, not the share pages.
  python3 - "$WORK/in/$name.json" "$WORK/in/$name-edited.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["article"]["headline"] += " (updated)"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
  for target in folder s3; do
    case "$target" in
      folder) to="$WORK/out-$name" ;;
      s3) to="s3://bench/explainers-$RANDOM" ;;
    esac
    for case in first unchanged edited; do
      file="$WORK/in/$name.json"
      [ "$case" = edited ] && file="$WORK/in/$name-edited.json"
      times=()
      builds=()
      writes=()
      for _ in $(seq 1 "$runs"); do
        start=$(date +%s.%N)
        "$EXPLAINER" publish "$file" --to "$to" --slug "$name" \
          --template "$TEMPLATE" --site-url "https://news.example/explainers/$name/" \
          --by bench 2>"$WORK/last.log" || die "publish failed: $(cat "$WORK/last.log")"
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
        builds+=("$(sed -n 's/.*built in \([0-9.]*\) s.*/\1/p' "$WORK/last.log")")
        writes+=("$(sed -n 's/.*written in \([0-9.]*\) s.*/\1/p' "$WORK/last.log")")
        # A first publish is first only once: the next run starts from nothing again.
        if [ "$case" = first ] && [ "$target" = folder ]; then rm -rf "$to"; fi
        if [ "$case" = first ] && [ "$target" = s3 ]; then to="s3://bench/explainers-$RANDOM$RANDOM"; fi
      done
      if [ "$case" = first ]; then
        # Leave one first publish in place for the republishes.
        "$EXPLAINER" publish "$file" --to "$to" --slug "$name" --template "$TEMPLATE" \
          --site-url "https://news.example/explainers/$name/" --by bench 2>/dev/null
      fi
      published=$(grep '^Published' "$WORK/last.log")
      total=$(printf '%s\n' "$published" | sed -n 's/.*(\([0-9]*\) files.*/\1/p')
      unchanged=$(printf '%s\n' "$published" | sed -n 's/.* \([0-9]*\) unchanged[;,].*/\1/p')
      written=$((total - ${unchanged:-0}))
      row=$(printf '| %s | %s | %s | %s / %s | %.2f | %.2f | %.2f | %s |' "$name" "$target" "$case" \
        "$written" "$total" "$(printf '%s\n' "${times[@]}" | median)" \
        "$(printf '%s\n' "${builds[@]}" | median)" "$(printf '%s\n' "${writes[@]}" | median)" \
        "$(printf '%.2f ' "${times[@]}" | sed 's/ $//')")
      printf '%s\n' "$row"
      rows+="$row"$'\n'
      cell_worst=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
      if [ -z "${worst:-}" ] || [ "$(echo "$cell_worst > $worst" | bc)" = 1 ]; then worst="$cell_worst"; fi
    done
    if [ "$(echo "$worst <= $BUDGET" | bc)" = 1 ]; then verdict=PASS; else verdict=FAIL; failed=1; fi
    where="a folder"
    [ "$target" = s3 ] && where="the S3 server"
    budget_lines+=$(printf -- '- %s: publishing %s to %s, every run ≤ %s s (slowest %.2f s)' \
      "$verdict" "$name" "$where" "$BUDGET" "$worst")$'\n'
    worst=""
  done
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null | sed 's/ /, /g' || echo unknown)"

{
  printf '# The publish benchmark\n\n'
  printf 'Written by `scripts/bench-publish.sh --runs %s`; do not edit by hand, run it again.\n\n' "$runs"
  printf '`explainer publish` (release binary) of the default explainer (10 quotes) and of a generated one of 1,000 quotes over 1 MB of source (`bench/generate.mjs --quotes 1000 --source-kb 1000`), share pages and pre-compressed copies included, each to a folder and to SeaweedFS (`weed mini`, S3; `%s`) on loopback: the first publish to an empty target, the same content again, and the headline edited. `publish` is the command'"'"'s wall time; the command reports its two parts, the build (what `explainer build` does) and the writing (what publishing adds). %s run(s) per cell, the median, then every run.\n\n' \
    "$("$WEED" version 2>/dev/null | head -1)" "$runs"
  printf '| measure | value |\n|---|---|\n'
  printf '| date (UTC) | %s |\n' "$(date -u '+%Y-%m-%d %H:%M')"
  printf '| commit | %s |\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  printf '| machine | %s cores (`nproc`), shared with other work |\n' "$(nproc 2>/dev/null || echo '?')"
  printf '| load average (1, 5, 15 min) at the start; at the end | %s; %s |\n' "$load_start" "$load_end"
  printf '| template | %s |\n\n' "$template_note"
  printf '| explainer | target | publish | files written / in the site | publish (s) | of it, build (s) | of it, writing (s) | every run (s) |\n|---|---|---|---|---:|---:|---:|---|\n'
  printf '%s' "$rows"
  printf '\n## Budget (%s s a publish, as the site build'"'"'s)\n\n%s' "$BUDGET" "$budget_lines"
} >"$out"
printf '\n%s' "$budget_lines"
log "bench-publish: wrote $out"
exit "$failed"
