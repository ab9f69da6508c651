#!/usr/bin/env bash
# `lede analyze --format jsonl` over every corpus a change to the analysis must not disturb:
# the samples, the test fixtures and any further folders given (the eval corpora, say).
# Usage: scripts/analysis-snapshot.sh BINARY OUTDIR [FOLDER...]
# Compare two snapshots with `diff -r`; the JSON is deterministic.
set -uo pipefail
bin=$1; out=$2; shift 2
mkdir -p "$out"
snap() {
    local name=$1; shift
    "$bin" analyze --format jsonl "$@" > "$out/$name.jsonl" 2> "$out/$name.err"
}
snap samples assets/articles
snap fixtures tests/fixtures
i=0
for folder in "$@"; do
    i=$((i + 1))
    snap "extra-$i-$(basename "$folder")" "$folder"
done
