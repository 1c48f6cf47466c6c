#!/bin/sh
# Runs a libFuzzer target for a bounded time on a scratch copy of its seed corpus.
# run_fuzz.sh FUZZER SEEDER WORKDIR SECONDS
set -eu
fuzzer=$1 seeder=$2 work=$3 seconds=$4
rm -rf "$work"
mkdir -p "$work/seeds" "$work/corpus"
"$seeder" "$work/seeds"
cd "$work"
exec "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 corpus seeds
