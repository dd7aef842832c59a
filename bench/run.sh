#!/usr/bin/env bash
# HTTP benchmark of the site against Kestrel serving the very same bytes as static files (docs/performance.md).
# Builds Release, serves on 127.0.0.1 only, and runs wrk a fixed number of times: every loop is bounded.
# Not part of ./test.sh. Settings (environment): BENCH_OUT, BENCH_DURATION (s per wrk run), BENCH_ROUNDS,
# BENCH_CONNECTIONS, BENCH_SCALES (synthetic sizes for the large-set pages), BENCH_PORT (first of six ports),
# BENCH_SECTIONS (any of: real synthetic huge; default all three).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=${BENCH_OUT:-/tmp/hc-bench/http}
DURATION=${BENCH_DURATION:-10}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SCALES=${BENCH_SCALES:-0.5 1 2 4}
PORT=${BENCH_PORT:-5180}
RESULTS=$OUT/results.md
SECTIONS=" ${BENCH_SECTIONS:-real synthetic huge} "
source bench/lib.sh

rm -rf "$OUT" && mkdir -p "$OUT/logs" "$OUT/static" "$OUT/runs"
trap stop_all EXIT

log "building Release"
dotnet publish src/HypervisorCompare.Web -c Release -o "$OUT/site" --nologo -v q >/dev/null
dotnet publish bench/HypervisorCompare.Benchmarks -c Release -o "$OUT/bench" --nologo -v q >/dev/null
machine_report > "$RESULTS"

# Real content: the site with and without its output cache, and the static baseline.
if [[ $SECTIONS == *" real "* ]]; then
  log "ingesting real content"
  echo "Real content ($(find "$REPO/content" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1e6 }') MB of Markdown) ingested in $(ingest "$REPO/content" "$OUT/real/data/knowledge.db" real) s." >> "$RESULTS"
  echo >> "$RESULTS"
  start_site cached "$((PORT))" "$REPO/content" "$OUT/real/data/knowledge.db" true
  start_site uncached "$((PORT + 1))" "$REPO/content" "$OUT/real/data/knowledge.db" false
  start_static "$((PORT + 2))" "$OUT/static"

  {
    echo "## Real content: page against the same bytes as a static file"
    echo
    echo "| page | cached / static req/s | uncached / static req/s | cached p99 / static p99 at half load | uncached p99 / static p99 at half load | page bytes |"
    echo "|---|---|---|---|---|---|"
  } >> "$RESULTS"
  for entry in ${BENCH_PAGES:-"compare:/compare?h=xen&h=kvm" "timeline:/timeline" "features:/features" "profile:/hypervisors/xen" \
      "feature:/features/live-migration" "search:/search?q=virtio" "api-features:/api/features"}; do
    compare_with_static "${entry%%:*}" "${entry#*:}"
  done
  cat "$OUT/runs/absolute.md" >> "$RESULTS"
  memory_report cached uncached >> "$RESULTS"
  # Memory under a crowd: 256 connections on the uncached site, then again after 20 s idle (does it give memory back?).
  log "256 connections on the uncached comparison"
  wrk -t1 -c256 -d"${DURATION}s" --timeout 10s "http://127.0.0.1:$((PORT + 1))/compare?h=xen&h=kvm" > /dev/null
  { echo; echo "After 256 connections (uncached):"; memory_report uncached | tail -n 1; } >> "$RESULTS"
  sleep 20
  { echo "After 20 s idle:"; memory_report uncached | tail -n 1; } >> "$RESULTS"
  stop_all
fi

# Large synthetic sets: server time of the heaviest pages, and how ingest and pages grow with content.
if [[ $SECTIONS == *" synthetic "* ]]; then
  {
    echo
    echo "## Synthetic content: median server time (wrk, one connection) and growth"
    echo
    echo "| scale | Markdown MB | ingest s | page | page bytes | uncached p50 ms | cached p50 ms |"
    echo "|---|---|---|---|---|---|---|"
  } >> "$RESULTS"
  for scale in $SCALES; do
    synthetic_pages "$scale"
  done
  cat "$OUT/runs/synthetic-memory.md" >> "$RESULTS"
  echo >> "$RESULTS"
fi

# One huge article (a 10,000-row table) added to scale 1: search must cost what its page of results costs.
if [[ $SECTIONS == *" huge "* ]]; then
  log "generating scale 1 plus one huge article"
  (cd "$OUT/bench" && dotnet HypervisorCompare.Benchmarks.dll generate 1 "$OUT/huge/content" --huge-article 10000) > /dev/null
  echo "Scale 1 plus one article of a 10,000-row table ($(stat -c %s "$OUT/huge/content/huge-table.md") bytes) ingested in $(ingest "$OUT/huge/content" "$OUT/huge/data/knowledge.db" huge) s." >> "$RESULTS"
  echo >> "$RESULTS"
  start_site cached "$((PORT))" "$OUT/huge/content" "$OUT/huge/data/knowledge.db" true
  start_site uncached "$((PORT + 1))" "$OUT/huge/content" "$OUT/huge/data/knowledge.db" false
  start_static "$((PORT + 2))" "$OUT/static"
  {
    echo "## Search with one huge article: page against the same bytes as a static file"
    echo
    echo "| page | cached / static req/s | uncached / static req/s | cached p99 / static p99 at half load | uncached p99 / static p99 at half load | page bytes |"
    echo "|---|---|---|---|---|---|"
  } >> "$RESULTS"
  rm -f "$OUT/runs/absolute.md"
  for entry in "search-huge-table:/search?q=memory+paging" "search-huge-word:/search?q=virtio"; do
    compare_with_static "${entry%%:*}" "${entry#*:}"
  done
  cat "$OUT/runs/absolute.md" >> "$RESULTS"
  memory_report cached uncached >> "$RESULTS"
  stop_all
fi

echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
log "done: $RESULTS"
cat "$RESULTS"
