#!/usr/bin/env bash
# Peak memory and wall time of `lede analyze` on a very large article and on the samples.
# Usage: scripts/measure-memory.sh   (builds the release binary first; figures go to
# docs/performance.md by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/lede
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A ~10 MB article: the sample bodies repeated, one paragraph per blank-line-separated block.
{
    echo "A very long article"
    echo
    for _ in $(seq 1 400); do
        for f in assets/articles/*.txt; do
            tail -n +3 "$f" | sed '/^[[:space:]]*$/d' | sed 's/$/\n/'
        done
    done
} > "$work/huge.txt"

measure() {
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
    read -r secs kib < "$work/time"
    printf '%-28s %8s s  %8s MiB peak RSS\n' "$label" "$secs" "$((kib / 1024))"
}

printf 'huge article: %s MB, %s words\n' "$(($(stat -c %s "$work/huge.txt") / 1000000))" "$(wc -w < "$work/huge.txt")"
measure "analyze samples (json)" "$bin" analyze --format json assets/articles
measure "analyze huge (jsonl)" "$bin" analyze --format jsonl "$work/huge.txt"
