# Licensed under the Apache License, Version 2.0.
"""Shared helpers for the lexicon generators: paths, package versions, Apertium streams, TSV output.

Everything here is deterministic: no clocks, no randomness, sorted outputs.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Held-out experiments write into a copy of Lexicons/ named by FR2EN_LEXICONS_OUT (the generators read the
# hand-written and earlier generated files from the same folder).
LEXICONS = os.environ.get("FR2EN_LEXICONS_OUT") or os.path.join(ROOT, "Lexicons")
# Intermediate files (Apertium dumps, tagged corpora) are cached here; they never affect the output bytes.
WORK = os.environ.get("FR2EN_LEXICON_WORK", "/tmp/fr2en-lexicon-work")
APERTIUM = "/usr/share/apertium"
NEWSTEST = os.environ.get("FR2EN_NEWSTEST", "/work/shared/eval/newstest")
# Statistics are learnt from these years only; newstest2013 is the test set and is never read.
# FR2EN_TRAINING_YEARS=2009,2010,2011 learns without the dev set 2012, for an honest dev score.
TRAINING_YEARS = tuple(os.environ.get("FR2EN_TRAINING_YEARS", "2009,2010,2011,2012").split(","))
if not set(TRAINING_YEARS) <= {"2009", "2010", "2011", "2012"}:
    raise SystemExit(f"FR2EN_TRAINING_YEARS: only 2009-2012 may be learnt from, got {','.join(TRAINING_YEARS)}")

DEBIAN_PACKAGES = [
    "apertium", "lttoolbox", "lttoolbox-dev", "cg3", "apertium-fra-cat", "apertium-eng-cat", "apertium-fr-es",
    "apertium-eng-spa", "apertium-eo-fr", "apertium-eo-en", "dict-freedict-fra-eng", "dict-freedict-eng-fra",
    "wordnet-base", "hunspell-fr-comprehensive", "hunspell", "hunspell-tools",
]
PYPI_PACKAGES = ["lemminflect", "wordfreq", "babel", "symspellpy"]


def log(message):
    print(f"[lexicons] {message}", file=sys.stderr, flush=True)


def work_path(name):
    os.makedirs(WORK, exist_ok=True)
    return os.path.join(WORK, name)


def lexicon_path(name):
    return os.path.join(LEXICONS, name)


def deb_version(package):
    result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def pip_version(package):
    from importlib.metadata import version, PackageNotFoundError
    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def source_label(package):
    """`name version` of a Debian or PyPI package, for header lines."""
    v = deb_version(package) if package not in PYPI_PACKAGES else pip_version(package)
    return f"{package} {v}"


def write_tsv(name, header, rows, path=None):
    """Writes rows (tuples of str) as TSV with one `#` header line; rows must already be in final order.
    The file is Lexicons/<name>, or `path` when given (held-out experiments)."""
    path = path or lexicon_path(name)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write("# " + header.replace("\n", " ").replace("\t", " ") + "\n")
        for row in rows:
            for field in row:
                if "\t" in field or "\n" in field:
                    raise ValueError(f"{name}: field with tab/newline: {row!r}")
            out.write("\t".join(row) + "\n")
    os.replace(tmp, path)
    log(f"wrote {name}: {len(rows)} rows")


def newstest_lines(year, language):
    """The lines of newstest<year>.<language> ("fr" or "en"), without the final empty line."""
    with open(os.path.join(NEWSTEST, f"newstest{year}.{language}"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_tsv(name):
    """Rows of a generated lexicon file (header skipped)."""
    rows = []
    with open(lexicon_path(name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            if line:
                rows.append(line.split("\t"))
    return rows


_ENGLISH_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def english_words(text):
    """The lower-cased words of English text, hyphens splitting words ("long-term" → long, term), as the sense
    statistics compare them."""
    return _ENGLISH_WORD.findall(text.lower().replace("-", " "))


TAG = re.compile(r"<([^>]*)>")
_SPECIAL = set("^$/<>@\\{}[]*")


def escape_lu(text):
    """Escapes a lemma for an Apertium stream."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def split_unescaped(text, sep):
    parts, cur, i = [], [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if c == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


def parse_analysis(text):
    """`lemma<t1><t2>` → (lemma, [t1, t2]).

    Apertium writes multi-word lemmas with an invariable queue marked by `#`, either before the tags
    (`have# got<vblex><inf>`) or after them (`take<vblex><inf># place`); both give the lemma `have got` /
    `take place`. Underscores stand for spaces.
    """
    text = text.replace("#", "")
    tags = TAG.findall(text)
    lemma = unescape(TAG.sub("", text)).replace("_", " ")
    lemma = " ".join(lemma.split())
    return lemma, tags


def run_bidix(binary, units):
    """Runs `lt-proc -b` over lexical units (lemma, tags) and returns, per unit, its list of
    translations (lemma, tags); unknown units give an empty list."""
    stream = "".join("^" + escape_lu(lemma) + "".join(f"<{t}>" for t in tags) + "$\n" for lemma, tags in units)
    result = subprocess.run(["lt-proc", "-b", binary], input=stream, capture_output=True, text=True, check=True)
    lines = result.stdout.split("\n")
    out = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not (line.startswith("^") and line.endswith("$")):
            raise RuntimeError(f"unexpected lt-proc output: {line!r}")
        parts = split_unescaped(line[1:-1], "/")
        targets = []
        for part in parts[1:]:
            if not part or part.startswith("@"):
                continue
            targets.append(parse_analysis(part))
        out.append(targets)
    if len(out) != len(units):
        raise RuntimeError(f"lt-proc -b {binary}: {len(units)} units in, {len(out)} out")
    return out
