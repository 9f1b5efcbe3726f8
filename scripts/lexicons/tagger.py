# Licensed under the Apache License, Version 2.0.
"""fr.tag-lexicon.tsv and fr.tag-transitions.tsv: part-of-speech statistics for an HMM tagger.

The French side of WMT newstest 2009–2012 (never 2013, the test set) is analysed and disambiguated by
Apertium's own French tagger (the first stages of the fra-cat mode: lt-proc -w fra-cat.automorf.bin |
cg-proc -w fra-cat.rlx.bin | apertium-tagger -g -p fra-cat.prob), one sentence per line.

Coarse tag: the first Apertium tag (n, adj, det, prn, pr, adv, np, cm, sent, ...); for verbs (vblex, vbser,
vbhaver, vbmod) the first and second tag joined by `.` (vblex.inf, vblex.pp, vbhaver.pri, vbser.pii, ...);
`unk` for words Apertium does not know. A unit that joins words (au = à<pr>+le<det>, donne-le = verb+prn) is
split into its parts, each with the form the morphology generates for it (au → à + le, des → de + les).
Lemmas take the case of fr.morph.tsv (sentence-initial `Le` → `le`).

tag-lexicon:     form_lowercased, coarse_tag, lemma, count
tag-transitions: prev_coarse, next_coarse, count; `<s>` before the first word, `</s>` after the last.
"""

import os
import re
import subprocess
from collections import Counter, defaultdict

from common import APERTIUM, NEWSTEST, TRAINING_YEARS, log, read_tsv, source_label, work_path, write_tsv

PAIR = f"{APERTIUM}/apertium-fra-cat"
VERBS = {"vblex", "vbser", "vbhaver", "vbmod"}
UNIT = re.compile(r"\^((?:[^$\\]|\\.)*)\$")
TAG = re.compile(r"<([^>]*)>")
SPECIAL = set("^$/<>@\\{}[]*")


def coarse(tags):
    if not tags:
        return "unk"
    if tags[0] in VERBS and len(tags) > 1:
        return f"{tags[0]}.{tags[1]}"
    return tags[0]


def escape(line):
    return "".join("\\" + c if c in SPECIAL else c for c in line)


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


def tagged_lines(year):
    """Apertium-tagged lines of newstest<year>.fr (cached): one output line per input line."""
    source = os.path.join(NEWSTEST, f"newstest{year}.fr")
    cache = work_path(f"newstest{year}.fr.tagged")
    if not os.path.exists(cache) or os.path.getmtime(cache) < os.path.getmtime(source):
        with open(source, encoding="utf-8") as f:
            lines = [" ".join(l.split()) for l in f.read().split("\n")]
        if lines and lines[-1] == "":
            lines.pop()
        text = "".join(escape(l) + "\n" for l in lines)
        command = (f"lt-proc -w '{PAIR}/fra-cat.automorf.bin' | cg-proc -w '{PAIR}/fra-cat.rlx.bin' | "
                   f"apertium-tagger -g -p '{PAIR}/fra-cat.prob'")
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], input=text, capture_output=True,
                                text=True, check=True)
        out = result.stdout.split("\n")
        if out and out[-1] == "":
            out.pop()
        if len(out) != len(lines):
            raise RuntimeError(f"newstest{year}: {len(lines)} lines in, {len(out)} tagged lines out")
        with open(cache + ".tmp", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        os.replace(cache + ".tmp", cache)
    with open(cache, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")


class Morphology:
    """Lemma case and surface forms from fr.morph.tsv."""

    def __init__(self):
        self.lemmas = defaultdict(set)       # pos -> lemmas
        self.generate = {}                   # (lemma, tags) -> form
        for name in ("fr.morph.tsv", "fr.morph-mwe.tsv"):
            for form, lemma, tags in read_tsv(name):
                self.lemmas[tags.split(".")[0]].add(lemma)
                key = (lemma, tags)
                best = self.generate.get(key)
                candidate = (form != form.lower(), "'" in form or "’" in form, len(form), form)
                if best is None or candidate < best[0]:
                    self.generate[key] = (candidate, form)

    def lemma(self, lemma, pos):
        if lemma in self.lemmas[pos] or lemma.lower() not in self.lemmas[pos]:
            return lemma
        return lemma.lower()

    def form(self, lemma, tags):
        hit = self.generate.get((lemma, ".".join(tags)))
        return hit[1] if hit else lemma


def tokens(line, morphology):
    """(form, coarse tag, lemma) of each word of one tagged line; joined units split into parts."""
    out = []
    for match in UNIT.finditer(line):
        body = match.group(1)
        parts = re.split(r"(?<!\\)/", body, maxsplit=1)
        form = unescape(parts[0])
        analysis = parts[1] if len(parts) > 1 else ""
        if analysis.startswith("*") or not analysis:
            out.append((form, "unk", form))
            continue
        pieces = re.split(r"(?<!\\)\+", analysis)
        parsed = []
        for piece in pieces:
            head = piece.split("<", 1)[0]
            queue = piece.split("#", 1)[1] if "#" in piece else ""
            tags = TAG.findall(piece.split("#", 1)[0])
            lemma = " ".join(unescape(head.replace("#", "") + queue).split())
            parsed.append((lemma, tags))
        if len(parsed) == 1:
            lemma, tags = parsed[0]
            pos = tags[0] if tags else ""
            out.append((form, coarse(tags), morphology.lemma(lemma, pos)))
        else:
            for lemma, tags in parsed:
                pos = tags[0] if tags else ""
                lemma = morphology.lemma(lemma, pos)
                out.append((morphology.form(lemma, tags), coarse(tags), lemma))
    return out


def tagged_corpus():
    """Per training sentence, its (form, coarse, lemma) tokens."""
    morphology = Morphology()
    sentences = []
    for year in TRAINING_YEARS:
        log(f"tagging newstest{year}.fr with the Apertium fra-cat tagger (cached)")
        for line in tagged_lines(year):
            sentences.append(tokens(line, morphology))
    return sentences


def build():
    sentences = tagged_corpus()
    lexicon, transitions = Counter(), Counter()
    for words in sentences:
        previous = "<s>"
        for form, tag, lemma in words:
            if tag != "unk":
                lexicon[(form.lower(), tag, lemma)] += 1
            transitions[(previous, tag)] += 1
            previous = tag
        if words:
            transitions[(previous, "</s>")] += 1
    header = ("generated by scripts/build-lexicons (tagger.py): French side of WMT newstest 2009-2012 (research use) "
              f"tagged by the Apertium tagger of {source_label('apertium-fra-cat')} (GPL) with "
              f"{source_label('apertium')}; coarse tag = first Apertium tag, for verbs (vblex vbser vbhaver vbmod) "
              "first.second tag (mood/tense, e.g. vblex.pp), unk = unknown word")
    write_tsv("fr.tag-lexicon.tsv", "form_lowercased<TAB>coarse_tag<TAB>lemma<TAB>count; " + header,
              [(f, t, l, str(c)) for (f, t, l), c in sorted(lexicon.items())])
    write_tsv("fr.tag-transitions.tsv", "prev_coarse<TAB>next_coarse<TAB>count (<s> sentence start, </s> end); "
              + header, [(a, b, str(c)) for (a, b), c in sorted(transitions.items())])
