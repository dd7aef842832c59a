# Functions for bench/run.sh: servers it starts (and only those it stops), wrk runs and their medians.
declare -A PID=()

log() { echo "[$(date +%T)] $*" >&2; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

machine_report() {
  echo "# Benchmark results"
  echo
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; memory $(free -g | awk '/^Mem/ {print $2}') GB"
  echo "- OS: $(uname -sr); .NET SDK $(dotnet --version); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "- Commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- wrk: ${DURATION} s per run, ${ROUNDS} alternating rounds, ${CONNECTIONS} connections, 1 thread; medians of the rounds"
  echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
}

# ingest CONTENT DB NAME: builds the database with the CLI and prints the seconds it reported.
ingest() {
  (cd "$OUT/site" && dotnet HypervisorCompare.Web.dll ingest --content "$1" --db "$2") > "$OUT/logs/ingest-$3.log" 2>&1 \
    || { cat "$OUT/logs/ingest-$3.log" >&2; exit 1; }
  sed -n 's/^Ingested .* in \([0-9.]*\) s$/\1/p' "$OUT/logs/ingest-$3.log"
}

# wait_for URL STATUS: until URL answers with STATUS (a glob: the static server has no /healthz, so any answer).
wait_for() {
  for _ in $(seq 1 240); do
    # shellcheck disable=SC2053 # STATUS is a glob on purpose
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null) == $2 ]] && return 0
    sleep 0.5
  done
  log "$1 did not answer $2"; exit 1
}

# start_site NAME PORT CONTENT DB CACHE: the published site in Production on loopback.
start_site() {
  (cd "$OUT/site" && ASPNETCORE_ENVIRONMENT=Production Knowledge__ContentPath="$3" Knowledge__DatabasePath="$4" \
    Knowledge__WatchContent=false Performance__OutputCache="$5" \
    exec dotnet HypervisorCompare.Web.dll --urls "http://127.0.0.1:$2") > "$OUT/logs/$1.log" 2>&1 &
  PID[$1]=$!
  wait_for "http://127.0.0.1:$2/healthz" 200
}

start_static() {
  (cd "$OUT/bench" && exec dotnet HypervisorCompare.Benchmarks.dll static "$2" "http://127.0.0.1:$1") > "$OUT/logs/static.log" 2>&1 &
  PID[static]=$!
  wait_for "http://127.0.0.1:$1/" '[1-5][0-9][0-9]'
}

stop_all() {
  for name in "${!PID[@]}"; do
    kill "${PID[$name]}" 2>/dev/null || true
    wait "${PID[$name]}" 2>/dev/null || true
    unset "PID[$name]"
  done
}

# run LABEL URL CONNECTIONS [RATE]: one wrk run, its RESULT line appended to runs/LABEL.txt.
run() {
  local label=$1 url=$2 connections=$3 rate=${4:-} output line
  if [ -z "$rate" ]; then
    output=$(wrk -t1 -c"$connections" -d"${DURATION}s" --timeout 10s -s bench/wrk/report.lua "$url")
  else
    output=$(wrk -t1 -c"$connections" -d"${DURATION}s" --timeout 10s -s bench/wrk/paced.lua "$url" -- "$rate")
  fi
  line=$(grep '^RESULT' <<< "$output")
  [[ $line == *" errors=0 "* ]] || log "WARNING: errors in $label: $line"
  echo "$line" >> "$OUT/runs/$label.txt"
  log "$label${rate:+ @ $rate/s}: $line"
}

# median LABEL FIELD: the median of one field over a label's runs.
median() {
  sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$OUT/runs/$1.txt" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

warm() { for url in "$@"; do wrk -t1 -c4 -d3s "$url" > /dev/null; done; }

# rotate N A B C...: the arguments rotated left N times, so each round starts with another endpoint.
rotate() {
  local n=$1; shift
  local items=("$@") count=$# i
  for ((i = 0; i < count; i++)); do echo "${items[$(((i + n) % count))]}"; done
}

# compare_with_static NAME PATH: max throughput of the cached and uncached page and of its static copy, then
# latency of each at half the page's own maximum (the static file at both rates).
compare_with_static() {
  local name=$1 path=$2 status
  local cached="http://127.0.0.1:$PORT$path" uncached="http://127.0.0.1:$((PORT + 1))$path" static="http://127.0.0.1:$((PORT + 2))/$name.html"
  status=$(curl -s -o "$OUT/static/$name.html" -w '%{http_code}' "$cached")
  if [ "$status" != 200 ]; then
    echo "| $path | not served on this commit (HTTP $status) | | | | |" >> "$RESULTS"
    rm -f "$OUT/static/$name.html"
    return
  fi
  cmp -s "$OUT/static/$name.html" <(curl -s "$static") || { log "the static copy of $path differs from the page"; exit 1; }
  warm "$cached" "$uncached" "$static"
  local round kind
  for round in $(seq 1 "$ROUNDS"); do
    for kind in $(rotate "$round" cached static uncached); do run "$name-max-$kind" "${!kind}" "$CONNECTIONS"; done
  done
  local max_cached max_uncached max_static half_cached half_uncached
  max_cached=$(median "$name-max-cached" rps); max_uncached=$(median "$name-max-uncached" rps); max_static=$(median "$name-max-static" rps)
  half_cached=$(awk -v r="$max_cached" 'BEGIN { printf "%d", r / 2 }'); half_uncached=$(awk -v r="$max_uncached" 'BEGIN { printf "%d", r / 2 }')
  for round in $(seq 1 "$ROUNDS"); do
    for kind in $(rotate "$round" cached static-at-cached uncached static-at-uncached); do
      case $kind in
        cached) run "$name-half-cached" "$cached" "$CONNECTIONS" "$half_cached" ;;
        static-at-cached) run "$name-half-static-at-cached" "$static" "$CONNECTIONS" "$half_cached" ;;
        uncached) run "$name-half-uncached" "$uncached" "$CONNECTIONS" "$half_uncached" ;;
        static-at-uncached) run "$name-half-static-at-uncached" "$static" "$CONNECTIONS" "$half_uncached" ;;
      esac
    done
  done
  local p99c p99sc p99u p99su
  p99c=$(median "$name-half-cached" p99_us); p99sc=$(median "$name-half-static-at-cached" p99_us)
  p99u=$(median "$name-half-uncached" p99_us); p99su=$(median "$name-half-static-at-uncached" p99_us)
  echo "| $path | $(ratio "$max_cached" "$max_static") | $(ratio "$max_uncached" "$max_static") | $(ratio "$p99c" "$p99sc") | $(ratio "$p99u" "$p99su") | $(stat -c %s "$OUT/static/$name.html") |" >> "$RESULTS"
  {
    [ -s "$OUT/runs/absolute.md" ] || printf '\n| page | served as | max req/s | offered req/s (half load) | achieved req/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n'
    echo "| $path | page, cached | $max_cached | $half_cached | $(median "$name-half-cached" rps) | $(ms "$(median "$name-half-cached" p50_us)") | $(ms "$p99c") |"
    echo "| $path | static file | $max_static | $half_cached | $(median "$name-half-static-at-cached" rps) | $(ms "$(median "$name-half-static-at-cached" p50_us)") | $(ms "$p99sc") |"
    echo "| $path | page, uncached | $max_uncached | $half_uncached | $(median "$name-half-uncached" rps) | $(ms "$(median "$name-half-uncached" p50_us)") | $(ms "$p99u") |"
    echo "| $path | static file | | $half_uncached | $(median "$name-half-static-at-uncached" rps) | $(ms "$(median "$name-half-static-at-uncached" p50_us)") | $(ms "$p99su") |"
  } >> "$OUT/runs/absolute.md"
}

memory_report() {
  echo
  echo "Memory of the site processes after the runs above (kB): "
  for name in "$@"; do
    echo "- $name: $(grep -E '^(VmRSS|VmHWM)' "/proc/${PID[$name]}/status" | tr -s ' \t' ' ' | paste -sd ';')"
  done
}

# synthetic_pages SCALE: generate, ingest (timed) and serve a synthetic set; one-connection latency of its pages.
synthetic_pages() {
  local scale=$1 dir="$OUT/synthetic-$scale" seconds megabytes entry name path status bytes
  log "generating synthetic content at scale $scale"
  (cd "$OUT/bench" && dotnet HypervisorCompare.Benchmarks.dll generate "$scale" "$dir/content") > /dev/null
  megabytes=$(find "$dir/content" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  log "ingesting $megabytes MB"
  seconds=$(ingest "$dir/content" "$dir/data/knowledge.db" "synthetic-$scale")
  start_site "s$scale-uncached" "$((PORT + 3))" "$dir/content" "$dir/data/knowledge.db" false
  start_site "s$scale-cached" "$((PORT + 4))" "$dir/content" "$dir/data/knowledge.db" true
  for entry in "compare-5:/compare?h=hv-001&h=hv-002&h=hv-003&h=hv-004&h=hv-005" "timeline:/timeline" "search:/search?q=memory+paging"; do
    name=${entry%%:*}; path=${entry#*:}
    read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "http://127.0.0.1:$((PORT + 3))$path")
    if [ "$status" != 200 ]; then
      echo "| $scale | $megabytes | $seconds | $path | not served on this commit (HTTP $status) | | |" >> "$RESULTS"
      continue
    fi
    warm "http://127.0.0.1:$((PORT + 3))$path" "http://127.0.0.1:$((PORT + 4))$path"
    run "s$scale-$name-uncached" "http://127.0.0.1:$((PORT + 3))$path" 1
    run "s$scale-$name-cached" "http://127.0.0.1:$((PORT + 4))$path" 1
    echo "| $scale | $megabytes | $seconds | $path | $bytes | $(ms "$(median "s$scale-$name-uncached" p50_us)") | $(ms "$(median "s$scale-$name-cached" p50_us)") |" >> "$RESULTS"
  done
  memory_report "s$scale-uncached" "s$scale-cached" >> "$OUT/runs/synthetic-memory.md"
  stop_all
}
