#!/usr/bin/env python3
"""Writes assets/licenses/crates.txt: the licence notices of every Rust crate compiled into lede.

MIT, BSD, ISC, Zlib and Apache licences ask that their notice travel with every copy of the
software, and the lede binary is such a copy; `lede --licenses` prints this file. Run it after
any change to Cargo.lock (a test checks that every direct dependency is listed):

    python3 scripts/crate-notices.py

It reads `cargo metadata --offline` (the crates' sources are already in Cargo's registry once
lede has been built) and follows normal dependencies from lede, leaving out build scripts'
and tests' crates and procedural macros, which do not end up in the binary. Where a crate
offers a choice that includes MIT, the MIT notice is the one kept; identical texts are
printed once with every crate that shares them.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "assets", "licenses", "crates.txt")
TARGET = "x86_64-unknown-linux-gnu"
NOTICE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|UNLICENSE|COPYRIGHT)", re.I)


def linked_packages(meta):
    """The packages reachable from lede through normal (not dev, not build) dependencies."""
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for dep in nodes[node]["deps"]:
            if not any(k["kind"] is None for k in dep["dep_kinds"]):
                continue
            pkg = packages[dep["pkg"]]
            if any("proc-macro" in t["kind"] for t in pkg["targets"]):
                continue
            stack.append(dep["pkg"])
    seen.discard(root)
    return sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))


def notice_files(pkg):
    """The licence files a crate ships, narrowed to its MIT notice when MIT is on offer."""
    folder = os.path.dirname(pkg["manifest_path"])
    files = sorted(f for f in os.listdir(folder)
                   if NOTICE.match(f) and os.path.isfile(os.path.join(folder, f)))
    expression = pkg.get("license") or ""
    offers_mit = re.search(r"\bMIT\b", expression) and re.search(r"\bOR\b|/", expression)
    if offers_mit:
        mit = [f for f in files if "MIT" in f.upper()]
        if mit:
            return folder, mit
    return folder, files


def main():
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--offline", "--format-version", "1", "--filter-platform", TARGET,
         "--manifest-path", os.path.join(ROOT, "Cargo.toml")],
        check=True, capture_output=True, text=True).stdout)
    packages = linked_packages(meta)
    texts = {}
    listing = []
    bare = []
    for pkg in packages:
        folder, files = notice_files(pkg)
        label = f"{pkg['name']} {pkg['version']}"
        listing.append(f"  {label:<40} {pkg.get('license') or 'see its notice'}")
        if not files:
            authors = ", ".join(pkg.get("authors") or []) or f"the {pkg['name']} authors"
            listing[-1] += " (ships no notice file: see below)"
            bare.append(f"{label}: copyright {authors}")
        for name in files:
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read().replace("\r\n", "\n").strip()
            texts.setdefault(text, []).append(f"{label} ({name})")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("Rust crates compiled into lede, with their licences "
                  "(written by scripts/crate-notices.py):\n\n")
        out.write("\n".join(listing) + "\n")
        for text, owners in texts.items():
            out.write("\n==== " + ", ".join(owners) + " ====\n\n" + text + "\n")
        if bare:
            with open(os.path.join(ROOT, "LICENSE-MIT"), encoding="utf-8") as f:
                terms = f.read().split("\n\n", 2)[2].strip()
            out.write("\n==== crates that ship no notice file, under the MIT licence ====\n\n")
            out.write("\n".join(bare) + "\n\nThe MIT licence's terms, as each of them states "
                      "in its manifest:\n\n" + terms + "\n")
    print(f"{len(packages)} crates, {len(texts)} distinct notices -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
