# Licensed under the Apache License, Version 2.0.
"""fr.morph.tsv and fr.morph-mwe.tsv: the full-form French lexicon of apertium-fra-cat.

The compiled analyser is printed with `lt-print` (AT&T text) and every path from the start state to a final
state is listed. Parts of the automaton inside cycles (the regular expressions for URLs, e-mail addresses,
numbers) are skipped, and so are paths whose analysis joins two words with `+` (contractions such as
du = de+le, verb+clitic combinations); exact duplicates are dropped.
Multi-word lemmas with an invariable queue (`tourner<vblex><inf># mal`) get the lemma `tourner mal`.
Forms containing a space go to fr.morph-mwe.tsv, all others to fr.morph.tsv.
fr.morph.tsv also gets the forms the analyser lacks from the Dicollecte hunspell dictionary (dicollecte.py:
`ivre`, `tricherie`, `inchangés`, `investiguer`), in the same tag set; no analysis of a form Apertium knows changes.
"""

import os
import re
import subprocess
import sys
from collections import defaultdict

import dicollecte
from common import APERTIUM, log, source_label, work_path, write_tsv

ANALYSER = f"{APERTIUM}/apertium-fra-cat/fra-cat.automorf.bin"
EPSILON = "ε"


def _sections(text):
    """AT&T sections of lt-print output: (arcs by source state, final states)."""
    sections = []
    arcs, finals = defaultdict(list), set()
    for line in text.split("\n"):
        if line == "--":
            sections.append((arcs, finals))
            arcs, finals = defaultdict(list), set()
            continue
        parts = line.split("\t")
        if len(parts) >= 5:
            a = "" if parts[2] == EPSILON else parts[2]
            b = "" if parts[3] == EPSILON else parts[3]
            arcs[int(parts[0])].append((int(parts[1]), a, b))
        elif parts[0]:
            finals.add(int(parts[0]))
    sections.append((arcs, finals))
    return [s for s in sections if s[0] or s[1]]


def _cyclic_states(arcs):
    """States in a cycle (iterative Tarjan strongly-connected components)."""
    index, low, on_stack, stack, result = {}, {}, set(), [], set()
    counter = 0
    nodes = sorted(set(arcs) | {d for out in arcs.values() for d, _, _ in out})
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack.add(v)
            successors = arcs.get(v, ())
            descended = False
            while i < len(successors):
                w = successors[i][0]
                i += 1
                if w not in index:
                    work.append((v, i))
                    work.append((w, 0))
                    descended = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if descended:
                continue
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1 or any(d == v for d, _, _ in arcs.get(v, ())):
                    result.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return result


def paths():
    """Sorted list of (form, analysis) of the analyser, cached in the work directory."""
    cache = work_path("fra-cat.automorf.paths.tsv")
    if not os.path.exists(cache) or os.path.getmtime(cache) < os.path.getmtime(ANALYSER):
        text = subprocess.run(["lt-print", ANALYSER], capture_output=True, text=True, check=True).stdout
        found = set()
        sys.setrecursionlimit(100000)
        for arcs, finals in _sections(text):
            bad = _cyclic_states(arcs)
            surface, analysis = [], []

            def walk(state):
                if state in finals:
                    found.add(("".join(surface), "".join(analysis)))
                for target, a, b in arcs.get(state, ()):
                    if b == "+" or target in bad:
                        continue
                    surface.append(a)
                    analysis.append(b)
                    walk(target)
                    surface.pop()
                    analysis.pop()

            if 0 not in bad:
                walk(0)
        with open(cache + ".tmp", "w", encoding="utf-8") as out:
            for form, analysis in sorted(found):
                out.write(f"{form}\t{analysis}\n")
        os.replace(cache + ".tmp", cache)
    result = []
    with open(cache, encoding="utf-8") as f:
        for line in f:
            form, analysis = line.rstrip("\n").split("\t")
            result.append((form, analysis))
    return result


def split_analysis(analysis):
    """`head<t1><t2># queue` → (lemma head, queue, [t1, t2])."""
    queue = ""
    if "#" in analysis:
        analysis, queue = analysis.split("#", 1)
    first = analysis.find("<")
    if first < 0:
        return analysis, queue, []
    return analysis[:first], queue, re.findall(r"<([^>]*)>", analysis[first:])


def analyses():
    """Set of (form, lemma, tags) with tags joined by '.'."""
    result = set()
    for form, analysis in paths():
        head, queue, tags = split_analysis(analysis)
        lemma = " ".join((head + queue).split())
        if not form.strip() or not lemma or not tags or "\t" in form or form != form.strip():
            continue
        result.add((form, lemma, ".".join(tags)))
    return result


def supplement():
    """(form, lemma, tags) of the Dicollecte forms the analyser does not know."""
    return dicollecte.analyses({form for form, _ in paths()}, sources=[ANALYSER])


def build():
    rows = analyses()
    single = sorted(r for r in rows if " " not in r[0])
    multi = sorted(r for r in rows if " " in r[0])
    src = f"{source_label('apertium-fra-cat')} (fra-cat.automorf.bin, French data apertium-fra GPL-3.0-or-later) listed with lt-print ({source_label('lttoolbox-dev')})"
    added = sorted(r for r in supplement() if " " not in r[0])
    single = sorted(set(single) | set(added))
    write_tsv("fr.morph.tsv", f"form<TAB>lemma<TAB>tags; generated by scripts/build-lexicons (morph.py) from {src}; "
              f"forms it lacks from the Dicollecte dictionary of {dicollecte.label()} (MPL-2.0), read with hunspell -m",
              single)
    write_tsv("fr.morph-mwe.tsv", f"form<TAB>lemma<TAB>tags, forms with spaces; generated by scripts/build-lexicons (morph.py) from {src}", multi)
