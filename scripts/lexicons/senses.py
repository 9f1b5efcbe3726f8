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
Candidates learnt from the same data by IBM Model 1 (fr-en.learnt-senses.tsv, see learnt_senses.py; English
words no bilingual source gives) are scored the same way with weight = LEARNT_WEIGHT·share, and listed only
where the best bilingual candidate scores below WEAK (weakly confirmed by the news English) or there is none:
where the bilingual sense is well attested, the small aligned corpus is a worse judge than the dictionaries
(threshold chosen on newstest2012 with everything learnt from 2009–2011).
Uses of a verb after « se » are not counted for the plain verb when fr-en.mwe.tsv translates the pronominal verb
as a whole (se passer → happen must not make passer "happen"). Only lemmas that occur in the corpus are listed;
rows are sorted by lemma, pos, score descending.
"""

from collections import Counter, defaultdict

from common import TRAINING_YEARS, english_words, log, newstest_lines, read_tsv, write_tsv
from tagger import tagged_corpus

K = 2.0
# Prior weight of a learnt candidate (fr-en.learnt-senses.tsv) per unit of its aligned share.
LEARNT_WEIGHT = 1.0
# A learnt candidate joins only when the best bilingual candidate scores below this.
WEAK = 0.15


def english_lines():
    return [newstest_lines(year, "en") for year in TRAINING_YEARS]


def pronominal_verbs():
    """Lemmas of the verbs of pronominal expressions in fr-en.mwe.tsv (`se passer` → happen, `s'agir de`): their
    uses after « se » say nothing about the plain verb's senses (passer → pass, spend)."""
    verbs = set()
    for row in read_tsv("fr-en.mwe.tsv"):
        french, pos = row[0], row[2]
        words = french.split(" ")
        if pos != "vblex":
            continue
        if words[0] == "se" and len(words) > 1:
            verbs.add(words[1])
        elif words[0].startswith("s'"):
            verbs.add(words[0][2:])
    return verbs


def after_reflexive(words, position):
    """Whether the verb at `position` follows the clitic « se » (across « ne » and other clitics)."""
    cursor = position - 1
    while cursor >= 0 and position - cursor <= 3:
        _, tag, lemma = words[cursor]
        if lemma == "se":
            return True
        if not (tag == "prn" or lemma == "ne" or tag.startswith("vbhaver") or tag.startswith("vbser")):
            return False
        cursor -= 1
    return False


def build():
    senses = defaultdict(list)
    for fr_lemma, pos, en_lemma, weight in read_tsv("fr-en.bilingual.tsv"):
        senses[(fr_lemma, pos)].append((en_lemma, float(weight)))
    learnt = defaultdict(list)
    for fr_lemma, pos, en_lemma, share, _, _ in read_tsv("fr-en.learnt-senses.tsv"):
        learnt[(fr_lemma, pos)].append((en_lemma, LEARNT_WEIGHT * float(share)))
    bilingual = {key: list(values) for key, values in senses.items()}
    for key, values in learnt.items():
        senses[key].extend(values)
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

    tokenized = [english_words(line) for line in english]
    token_sets = [set(t) for t in tokenized]

    matcher_cache = {}

    def contains(index, candidate):
        parts = matcher_cache.get(candidate)
        if parts is None:
            parts = [word_forms(w) for w in english_words(candidate)]
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
    pronominal = pronominal_verbs()
    for index, words in enumerate(sentences):
        keys = set()
        for position, (_, tag, lemma) in enumerate(words):
            key = (lemma, tag.split(".")[0])
            if key in senses and not (key[1] == "vblex" and lemma in pronominal and after_reflexive(words, position)):
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
        parts = [word_forms(w) for w in english_words(candidate)]
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
        def score(en_lemma, weight):
            b = base.get(en_lemma, 0.0)
            raw = hits[(key, en_lemma)] / n
            association = max(0.0, (raw - b) / (1.0 - b)) if b < 1.0 else 0.0
            return round((n * association + K * weight) / (n + K), 4)

        scored = [(-score(en_lemma, weight), en_lemma) for en_lemma, weight in bilingual.get(key, [])]
        # Learnt candidates compete only where the bilingual ones are weakly confirmed.
        if not scored or -min(scored)[0] < WEAK:
            scored += [(-score(en_lemma, weight), en_lemma) for en_lemma, weight in learnt.get(key, [])]
        for negative, en_lemma in sorted(scored):
            rows.append((key[0], key[1], en_lemma, "%.4f" % -negative))
    log(f"sense preferences: {len(occurrences)} lemma+pos seen in {total} sentence pairs")
    write_tsv("fr-en.sense-preferences.tsv",
              "fr_lemma<TAB>pos<TAB>en_lemma<TAB>score; generated by scripts/build-lexicons (senses.py) from the "
              "line-aligned WMT newstest 2009-2012 (research use; French side tagged by Apertium fra-cat), "
              "fr-en.bilingual.tsv and fr-en.learnt-senses.tsv; score = co-occurrence association smoothed "
              "towards the bilingual weight", rows)
