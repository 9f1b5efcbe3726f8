# Licensed under the Apache License, Version 2.0.
"""fr-en.sense-contexts.tsv: English senses of French lemmas that change with a neighbouring French word,
learnt from the line-aligned newstest 2009–2012 (never 2013, the test set).

fr-en.sense-preferences.tsv gives every French lemma + part of speech one best sense whatever its context
(« peine » → "pain"). This file lists the contexts in which the aligned English prefers another candidate of
fr-en.bilingual.tsv (« peine de mort » → "penalty"; « droit » next to « pénal » → "law").

Context of a French word: the nearest content word (noun, adjective, lexical verb; see CONTENT) to its left
and to its right in the same clause, and where that word is an adjective, also the words beyond it up to the
first noun or verb (SEE_THROUGH: « constituer un nouveau gouvernement » has both « nouveau » and « gouvernement »
on its right; the translator's LexicalTransfer looks at the same words):
the search stops at punctuation and looks at most WINDOW words away.
A context is the side (`left`/`right`) and the neighbour's lemma.

For each French lemma + POS with two or more candidates (bilingual file) and no hand-written sense in
fr-en.sense-overrides.tsv (those win over any context), and each context it occurs in (n = training sentences with that lemma in that context), hits(e) = those whose English
line contains candidate e (lemma or an en.inflection.tsv form, whole words, as in senses.py), base(e) = share of
all English lines containing e, and association(e) = max(0, (hits/n − base)/(1 − base)). The row is kept when
the best-associated candidate w differs from the context-free sense c (preferences, then the bilingual file:
what the translator picks without context) and
    n ≥ MIN_COUNT, hits(w) ≥ MIN_HITS, (hits(w) − hits(c))/n ≥ MIN_MARGIN.
score = (hits(w) − hits(c)) / (n + 1): the translator prefers the higher-scored side when both match.

The thresholds were chosen on a held-out split (learn on 2009–2010, count on 2011 how often the English line
has the context sense but not the context-free one, minus the reverse): `sense_contexts.py tune`.
"""

import sys
from collections import Counter, defaultdict

from common import TRAINING_YEARS, english_words, log, newstest_lines, read_tsv, write_tsv
from tagger import Morphology, tagged_lines, tokens

CONTENT = {"n", "adj", "vblex"}
# Content words the search also looks past (to the nearest noun or verb beyond them).
SEE_THROUGH = {"adj"}
PUNCTUATION = {"sent", "cm", "lpar", "rpar", "guio", "lquot", "rquot", "apos", "quot", "punct"}
WINDOW = 4
MIN_COUNT = 2
MIN_HITS = 2
MIN_MARGIN = 0.7
SIDES = ("left", "right")


class Data:
    """Lexicon candidates, English matcher and tagged training years."""

    def __init__(self):
        self.senses = defaultdict(list)
        for fr_lemma, pos, en_lemma, _ in read_tsv("fr-en.bilingual.tsv"):
            self.senses[(fr_lemma, pos)].append(en_lemma)
        self.free = {}
        self.overridden = set()
        for name in ("fr-en.bilingual.tsv", "fr-en.sense-preferences.tsv", "fr-en.sense-overrides.tsv"):
            rows = read_tsv(name)
            if name == "fr-en.sense-overrides.tsv":
                for fr_lemma, pos, en_lemma in rows:
                    self.free[(fr_lemma, pos)] = en_lemma
                    self.overridden.add((fr_lemma, pos))
                    if en_lemma not in self.senses[(fr_lemma, pos)]:
                        self.senses[(fr_lemma, pos)].append(en_lemma)
            else:
                first = {}
                for row in rows:
                    first.setdefault((row[0], row[1]), row[2])
                self.free.update(first)
        forms = defaultdict(set)
        for lemma, _, form in read_tsv("en.inflection.tsv"):
            forms[lemma.lower()].add(form.lower())
        self.forms = forms
        self.morphology = Morphology()
        self.years = {}
        self.cache = {}

    def year(self, year):
        if year not in self.years:
            french = [tokens(line, self.morphology) for line in tagged_lines(year)]
            english = newstest_lines(year, "en")
            if len(french) != len(english):
                raise RuntimeError(f"newstest{year}: {len(french)} French vs {len(english)} English lines")
            tokenized = [english_words(line) for line in english]
            self.years[year] = (french, tokenized, [set(t) for t in tokenized])
        return self.years[year]

    def parts(self, candidate):
        parts = self.cache.get(candidate)
        if parts is None:
            parts = [self.forms.get(w, set()) | {w} for w in english_words(candidate)]
            self.cache[candidate] = parts
        return parts

    def contains(self, tokenized, token_set, candidate):
        parts = self.parts(candidate)
        if not parts or not all(token_set & p for p in parts):
            return False
        if len(parts) == 1:
            return True
        for start in range(len(tokenized) - len(parts) + 1):
            if all(tokenized[start + k] in parts[k] for k in range(len(parts))):
                return True
        return False


def contexts(words, index):
    """(side, lemma) of the nearest content words left and right of words[index], and on each side where that
    word is an adjective, also the words beyond it up to the first noun or verb (« constituer un nouveau gouvernement »:
    « nouveau » and « gouvernement »): adjectives do not block the relation of a verb or noun to a noun."""
    found = []
    for side, step in (("left", -1), ("right", 1)):
        cursor = index + step
        while 0 <= cursor < len(words) and abs(cursor - index) <= WINDOW:
            _, tag, lemma = words[cursor]
            pos = tag.split(".")[0]
            if pos in PUNCTUATION:
                break
            if pos in CONTENT:
                found.append((side, lemma.lower()))
                if pos not in SEE_THROUGH:
                    break
            cursor += 1 if step > 0 else -1
    return found


def occurrences(data, years):
    """Yields (key, contexts, year, line) for every ambiguous content word of the given years."""
    for year in years:
        french, _, _ = data.year(year)
        for line, words in enumerate(french):
            for index, (_, tag, lemma) in enumerate(words):
                pos = tag.split(".")[0]
                key = (lemma, pos)
                if pos in CONTENT and len(data.senses.get(key, ())) > 1 and key in data.free \
                        and key not in data.overridden:
                    yield key, contexts(words, index), year, line


def count(data, years):
    """Occurrences of each (key, context) and of each candidate in their English lines (memoised per years)."""
    memo = data.cache.setdefault(("counts", years), None)
    if memo is not None:
        return memo
    counts = Counter()
    hits = Counter()
    for key, found, year, line in occurrences(data, years):
        _, tokenized, token_sets = data.year(year)
        present = [e for e in data.senses[key] if data.contains(tokenized[line], token_sets[line], e)]
        for context in set(found):
            counts[(key, context)] += 1
            for e in present:
                hits[(key, context, e)] += 1
    data.cache[("counts", years)] = (counts, hits)
    return counts, hits


def learn(data, years, min_count=MIN_COUNT, min_hits=MIN_HITS, min_margin=MIN_MARGIN):
    """Rows (fr_lemma, pos, side, context, en_lemma, score) learnt from `years`."""
    counts, hits = count(data, years)
    total = sum(len(data.year(y)[0]) for y in years)
    base_cache = {}

    def base(candidate):
        if candidate not in base_cache:
            n = 0
            for y in years:
                _, tokenized, token_sets = data.year(y)
                n += sum(1 for t, s in zip(tokenized, token_sets) if data.contains(t, s, candidate))
            base_cache[candidate] = n / total
        return base_cache[candidate]

    rows = []
    for (key, context), n in counts.items():
        if n < min_count:
            continue
        free = data.free[key]
        best = None
        for e in data.senses[key]:
            h = hits[(key, context, e)]
            if h < min_hits or e == free:
                continue
            b = base(e)
            association = max(0.0, (h / n - b) / (1.0 - b)) if b < 1.0 else 0.0
            candidate = (-association, -h, e)
            if best is None or candidate < best:
                best = candidate
        if best is None:
            continue
        winner = best[2]
        free_hits = hits[(key, context, free)]
        b = base(free)
        free_association = max(0.0, (free_hits / n - b) / (1.0 - b)) if b < 1.0 else 0.0
        margin = (hits[(key, context, winner)] - free_hits) / n
        if -best[0] <= free_association or margin < min_margin:
            continue
        score = (hits[(key, context, winner)] - free_hits) / (n + 1)
        rows.append((key[0], key[1], context[0], context[1], winner, score))
    rows.sort(key=lambda r: (r[0], r[1], SIDES.index(r[2]), r[3]))
    return rows


def choose(rows):
    """(key, side, context) → (english, score)."""
    return {((r[0], r[1]), r[2], r[3]): (r[4], r[5]) for r in rows}


def evaluate(data, rows, year):
    """Net gain on a held-out year: occurrences whose English has the context sense but not the context-free
    sense, minus the reverse; and how many occurrences a row matched."""
    table = choose(rows)
    _, tokenized, token_sets = data.year(year)
    gain = loss = matched = 0
    for key, found, _, line in occurrences(data, [year]):
        best = None
        for side, lemma in found:
            hit = table.get((key, side, lemma))
            if hit and (best is None or hit[1] > best[1]):
                best = hit
        if best is None:
            continue
        matched += 1
        has_context = data.contains(tokenized[line], token_sets[line], best[0])
        has_free = data.contains(tokenized[line], token_sets[line], data.free[key])
        gain += has_context and not has_free
        loss += has_free and not has_context
    return gain, loss, matched


def header():
    return ("fr_lemma<TAB>pos<TAB>side<TAB>context_lemma<TAB>en_lemma<TAB>score; generated by scripts/build-lexicons "
            "(sense_contexts.py) from the line-aligned WMT newstest 2009-2012 (research use; French side tagged by "
            "Apertium fra-cat), fr-en.bilingual.tsv, fr-en.sense-preferences.tsv, fr-en.sense-overrides.tsv and "
            "en.inflection.tsv; side = where the nearest content word is (left/right), or past adjectives the noun "
            "or verb beyond them, context_lemma = its lemma; "
            f"kept: n>={MIN_COUNT}, hits>={MIN_HITS}, margin>={MIN_MARGIN} over the context-free sense")


def format_rows(rows):
    return [(a, b, c, d, e, "%.4f" % s) for a, b, c, d, e, s in rows]


def build():
    data = Data()
    rows = learn(data, TRAINING_YEARS)
    log(f"sense contexts: {len(rows)} rows from newstest {'-'.join((TRAINING_YEARS[0], TRAINING_YEARS[-1]))}")
    write_tsv("fr-en.sense-contexts.tsv", header(), format_rows(rows))


def tune():
    """Prints the held-out gain (learn 2009–2010, count on 2011) of a grid of thresholds."""
    data = Data()
    print("min_count\tmin_hits\tmin_margin\trows\tmatched\tgain\tloss\tnet")
    for min_count in (2, 3, 4, 5, 8):
        for min_hits in (1, 2, 3):
            for min_margin in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
                rows = learn(data, ("2009", "2010"), min_count, min_hits, min_margin)
                gain, loss, matched = evaluate(data, rows, "2011")
                print(f"{min_count}\t{min_hits}\t{min_margin}\t{len(rows)}\t{matched}\t{gain}\t{loss}\t{gain - loss}",
                      flush=True)


def main(argv):
    """`tune`, or `write YEARS OUT` (a file learnt from other years, for held-out experiments)."""
    if argv[:1] == ["tune"]:
        tune()
    elif argv[:1] == ["write"] and len(argv) == 3:
        data = Data()
        rows = learn(data, tuple(argv[1].split(",")))
        write_tsv(argv[2], header(), format_rows(rows), path=argv[2])
    else:
        print("usage: sense_contexts.py tune | write YEAR,YEAR,... OUT", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
