# Licensed under the Apache License, Version 2.0.
"""fr-en.sense-preferences.tsv: how strongly each English sense of a French lemma is confirmed by the
line-aligned French/English newstest 2009–2012 (never 2013, the test set).

For every sentence pair, every French word tagged by Apertium (see tagger.py; part of speech = first tag) and
every English candidate of fr-en.bilingual.tsv for its lemma + part of speech, we note whether the English line
contains the candidate: its lemma or any form of en.inflection.tsv, word by word for multi-word lemmas
(case-insensitive, whole words). With n = sentences containing the French lemma, hits = those whose English
contains the candidate, and base = share of all English lines containing the candidate:
    association = max(0, (hits/n − base) / (1 − base))   (how much the French word raises the odds)
    score       = (n·association + K·weight) / (n + K)    (smoothed towards the bilingual weight, K = 2)
Only lemmas that occur in the corpus are listed; rows are sorted by lemma, pos, score descending.
"""

import os
import re
from collections import Counter, defaultdict

from common import NEWSTEST, TRAINING_YEARS, log, read_tsv, write_tsv
from tagger import tagged_corpus

K = 2.0
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def english_lines():
    lines = []
    for year in TRAINING_YEARS:
        with open(os.path.join(NEWSTEST, f"newstest{year}.en"), encoding="utf-8") as f:
            year_lines = f.read().split("\n")
        if year_lines and year_lines[-1] == "":
            year_lines.pop()
        lines.append(year_lines)
    return lines


def build():
    senses = defaultdict(list)
    for fr_lemma, pos, en_lemma, weight in read_tsv("fr-en.bilingual.tsv"):
        senses[(fr_lemma, pos)].append((en_lemma, float(weight)))
    forms = defaultdict(set)
    for lemma, _, form in read_tsv("en.inflection.tsv"):
        forms[lemma.lower()].add(form.lower())

    def word_forms(word):
        word = word.lower()
        return forms.get(word, set()) | {word}

    sentences = tagged_corpus()
    english = [line for year in english_lines() for line in year]
    if len(english) != len(sentences):
        raise RuntimeError(f"{len(sentences)} French vs {len(english)} English training lines")

    tokenized = [WORD.findall(line.lower().replace("-", " ")) for line in english]
    token_sets = [set(t) for t in tokenized]

    matcher_cache = {}

    def contains(index, candidate):
        parts = matcher_cache.get(candidate)
        if parts is None:
            parts = [word_forms(w) for w in WORD.findall(candidate.lower().replace("-", " "))]
            matcher_cache[candidate] = parts
        if not parts:
            return False
        words = token_sets[index]
        if not all(words & p for p in parts):
            return False
        if len(parts) == 1:
            return True
        tokens = tokenized[index]
        for start in range(len(tokens) - len(parts) + 1):
            if all(tokens[start + k] in parts[k] for k in range(len(parts))):
                return True
        return False

    occurrences = Counter()
    hits = Counter()
    candidates_seen = set()
    for index, words in enumerate(sentences):
        keys = set()
        for _, tag, lemma in words:
            key = (lemma, tag.split(".")[0])
            if key in senses:
                keys.add(key)
        for key in keys:
            occurrences[key] += 1
            for en_lemma, _ in senses[key]:
                candidates_seen.add(en_lemma)
                if contains(index, en_lemma):
                    hits[(key, en_lemma)] += 1
    postings = defaultdict(set)
    for index, words in enumerate(token_sets):
        for word in words:
            postings[word].add(index)
    base = {}
    total = len(english)
    for candidate in sorted(candidates_seen):
        parts = [word_forms(w) for w in WORD.findall(candidate.lower().replace("-", " "))]
        if not parts:
            continue
        possible = None
        for part in parts:
            union = set().union(*(postings.get(f, set()) for f in part))
            possible = union if possible is None else possible & union
        base[candidate] = sum(1 for i in possible if contains(i, candidate)) / total
    rows = []
    for key in sorted(occurrences):
        n = occurrences[key]
        scored = []
        for en_lemma, weight in senses[key]:
            b = base.get(en_lemma, 0.0)
            raw = hits[(key, en_lemma)] / n
            association = max(0.0, (raw - b) / (1.0 - b)) if b < 1.0 else 0.0
            score = round((n * association + K * weight) / (n + K), 4)
            scored.append((-score, en_lemma))
        for negative, en_lemma in sorted(scored):
            rows.append((key[0], key[1], en_lemma, "%.4f" % -negative))
    log(f"sense preferences: {len(occurrences)} lemma+pos seen in {total} sentence pairs")
    write_tsv("fr-en.sense-preferences.tsv",
              "fr_lemma<TAB>pos<TAB>en_lemma<TAB>score; generated by scripts/build-lexicons (senses.py) from the "
              "line-aligned WMT newstest 2009-2012 (research use; French side tagged by Apertium fra-cat) and "
              "fr-en.bilingual.tsv; score = co-occurrence association smoothed towards the bilingual weight", rows)
