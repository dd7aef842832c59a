#!/usr/bin/env bash
# Lighthouse in the system Chromium on one page of each type, desktop and mobile, against the published site over the
# real content; the four scores (medians of the runs) and the failing audits go into docs/performance.md between the
# lighthouse markers. Not part of ./test.sh. Settings (environment): LIGHTHOUSE_OUT, LIGHTHOUSE_PORT,
# LIGHTHOUSE_RUNS (runs per page and form factor, 3), LIGHTHOUSE_PAGES (name:path entries).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=${LIGHTHOUSE_OUT:-/tmp/hc-bench/lighthouse}
PORT=${LIGHTHOUSE_PORT:-5190}
RUNS=${LIGHTHOUSE_RUNS:-3}
source bench/lib.sh

rm -rf "$OUT" && mkdir -p "$OUT/logs" "$OUT/reports"
trap stop_all EXIT

# Lighthouse at the version package-lock.json pins; node_modules is not committed.
[ -x bench/lighthouse/node_modules/.bin/lighthouse ] || (cd bench/lighthouse && npm ci --no-audit --no-fund --silent)
log "building Release"
dotnet publish src/HypervisorCompare.Web -c Release -o "$OUT/site" --nologo -v q >/dev/null
log "ingesting real content"
ingest "$REPO/content" "$OUT/data/knowledge.db" real >/dev/null
# As deployed (README): with Site:BaseUrl set, canonical links are absolute.
export Site__BaseUrl="http://127.0.0.1:$PORT"
start_site site "$PORT" "$REPO/content" "$OUT/data/knowledge.db" true
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

for entry in ${LIGHTHOUSE_PAGES:-"home:/" "compare:/compare" "timeline:/timeline" "hypervisor:/hypervisors/xen" \
    "feature:/features/live-migration" "article:/articles/xen-history" "search:/search?q=virtio"}; do
  name=${entry%%:*}; path=${entry#*:}
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")" = 200 ] || { log "$path is not served"; exit 1; }
  echo "$name $path" >> "$OUT/reports/pages.txt"
  for form in desktop mobile; do
    preset=()
    [ $form = desktop ] && preset=(--preset=desktop)
    for run in $(seq 1 "$RUNS"); do
      # Desktop is Lighthouse's desktop preset; mobile is its default (a throttled phone, 412 px wide). A run whose trace
      # Chromium failed to record (NO_NAVSTART, now and then) is tried again, up to three times.
      for attempt in 1 2 3; do
        CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$PORT$path" \
          --quiet --output=json --output-path="$OUT/reports/$name.$form.$run.json" \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu" "${preset[@]}" \
          2> "$OUT/logs/lighthouse-$name-$form-$run.log" && break
        log "$path $form run $run, attempt $attempt failed: $(tail -n 1 "$OUT/logs/lighthouse-$name-$form-$run.log")"
        [ $attempt = 3 ] && exit 1
      done
      log "$path $form run $run: $(jq -r '[.categories[] | "\(.id)=\(.score * 100 | round)"] | join(" ")' "$OUT/reports/$name.$form.$run.json")"
    done
  done
done

node bench/lighthouse/report.mjs "$OUT/reports" docs/performance.md "$(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')" \
  "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
log "done: docs/performance.md"
