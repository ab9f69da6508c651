#!/usr/bin/env python3
"""Inputs that once made lede quadratic, written from invented sentences, and the time
`lede analyze` takes on each.

    python3 scripts/pathological.py DIR [BINARY...]

writes the files into DIR and, for each binary given, prints the wall time and peak memory of
`BINARY analyze --format jsonl FILE` (stopped after 300 s). Figures go to docs/performance.md
by hand.
"""
import os
import subprocess
import sys
import time

SPEAKERS = ["Marit Holloway", "the harbour master", "Teodor Brandt", "a council spokesman",
            "she", "officials"]
VERBS = ["said", "told reporters", "argued", "insisted", "claimed", "believed"]
SENTENCE = ("The harbour master said the ferry to Kjelvik would sail at dawn, weather "
            "permitting, and that \u201cnobody should worry\u201d about the tide. ")


def grow(size, piece):
    out, n, i = [], 0, 0
    while n < size:
        p = piece(i)
        out.append(p)
        n += len(p.encode("utf-8"))
        i += 1
    return "".join(out)


def cases():
    yield "long-sentence-270k.txt", "Ferry doubts\n\n" + grow(
        270_000, lambda i: f"{SPEAKERS[i % 6]} {VERBS[i // 6 % 6]} that the ferry to pier {i} "
                           "could be late and ") + "nobody knew why.\n"
    yield "many-quotes-1.4m.txt", "Quotes\n\n" + grow(
        1_400_000, lambda i: f"\"We sail at {i},\" {SPEAKERS[i % 6]} said. ") + "\n"
    yield "quote-marks-1.4m.txt", "Quotes\n\n" + grow(
        1_400_000, lambda i: "\u201c" if i % 3 == 0 else "\"") + "\n"
    yield "one-line-5m.txt", "One very long line\n\n" + grow(5_000_000, lambda i: SENTENCE) + "\n"
    yield "paragraphs-200k.txt", "Two hundred thousand paragraphs\n\n" + "".join(
        SENTENCE + "\n\n" for _ in range(200_000))
    items = "".join(
        f"<item><title>Ferry news {k}</title><link>https://gazette.example/{k}</link>"
        f"<description>{SENTENCE}</description></item>\n" for k in range(50_000))
    yield "feed-50k.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                           f"<title>Gazette</title>\n{items}</channel></rss>\n")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    files = []
    for name, text in cases():
        path = os.path.join(out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(path)
    for binary in sys.argv[2:]:
        for path in files:
            cmd = ["/usr/bin/time", "-f", "%e %M", binary, "analyze", "--format", "jsonl", path]
            t0 = time.perf_counter()
            try:
                run = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     timeout=300, text=True)
                secs, kib = run.stderr.strip().splitlines()[-1].split()
                shown = f"{float(secs):7.2f} s {int(kib) // 1024:5d} MiB"
            except subprocess.TimeoutExpired:
                shown = f" > {time.perf_counter() - t0:.0f} s (stopped)"
            print(f"{binary}  {os.path.basename(path):24s} {shown}", flush=True)


if __name__ == "__main__":
    main()
