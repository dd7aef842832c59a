#!/usr/bin/env bash
# BenchmarkDotNet: full ingest against Markdig parse-and-render alone on the same files, in MB/s (docs/performance.md).
# Not part of ./test.sh. HC_BENCH_SETS picks the content sets ("real" and synthetic scales; default real,1,2);
# synthetic sets are generated once under HC_BENCH_DIR (default /tmp/hc-bench). Extra arguments go to BenchmarkDotNet.
set -euo pipefail
cd "$(dirname "$0")/.."
export HC_BENCH_SETS=${HC_BENCH_SETS:-real,1,2}
ARTIFACTS=${BENCH_OUT:-/tmp/hc-bench/ingest}
dotnet run -c Release --project bench/HypervisorCompare.Benchmarks -- ingest --filter '*IngestBenchmarks*' --artifacts "$ARTIFACTS" "$@"
cat "$ARTIFACTS"/results/*IngestBenchmarks-report-github.md
