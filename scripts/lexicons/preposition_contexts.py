# Licensed under the Apache License, Version 2.0.
"""fr-en.preposition-contexts.tsv: English prepositions that French prepositions take next to a given word,
learnt from the line-aligned newstest 2009–2012 (never 2013, the test set).

fr-en.closed-class.tsv gives every French preposition one English (« à » → "to", « sur » → "on"). English picks
its preposition by the words around it: the word the phrase hangs on (« augmenter de 3 % » → "increase by",
« participer à » → "take part in") and the noun it introduces (« à l'hôpital » → "in hospital", « à Noël » →
"at Christmas", « sur Internet » → "on"). A row names one such neighbour and the English it selects.

Contexts of a French preposition (tagged `pr` by Apertium fra-cat, listed in fr-en.closed-class.tsv):
- `left`: the governor, the nearest noun, adjective or lexical verb (n, adj, vblex) at most LEFT_WINDOW words to
  the left, across adverbs only;
- `right`: the head of its object, the first noun or name (n, np) at most RIGHT_WINDOW words to the right, across
  determiners, numerals, adjectives and adverbs only.
« de » learns only from its governor (GOVERNOR_ONLY). A preposition right before a verb or a pronoun
(« de partir », « à le faire ») is left to the infinitive rules.

Alignment in the English line (whole lower-cased words, as senses.py compares them): an English candidate of
the neighbour (its fr-en.bilingual.tsv / sense files senses and their en.inflection.tsv forms; a name: its own
spelling) is found, and the English preposition read next to it: for `left`, the word right after the governor's
English (skipping one adverb-like word ending in -ly); for `right`, the nearest preposition among the SKIP words
before the noun's English. Only words of ENGLISH (prepositions) count. A line where the neighbour's English is
missing or has no preposition beside it is not counted. A lexical verb whose context-free English (what the
translator says) is followed straight by a determiner (OBJECT_DETERMINERS: not "that", which opens a clause) aligns
with NONE, `_`: English takes the object directly (« permettre aux élèves » → "allow the pupils", « entrer dans la
salle » → "enter the room").

For each (French preposition, side, neighbour lemma): n = aligned occurrences, hits(e) = those aligned to e. The
neighbour's own habit: base(e) = share of e among the prepositions aligned with its English in every training line,
whatever the French (English "have" is often followed by "to"), and association(e) = (hits(e)/n − base(e)) /
(1 − base(e)). The row is kept when the most frequent e differs from the closed-class default d and
    n ≥ MIN_COUNT, hits(e) ≥ MIN_HITS, (hits(e) − hits(d)) / n ≥ MIN_MARGIN, association(e) ≥ MIN_ASSOCIATION.
score = (hits(e) − hits(d)) / (n + 1): the translator prefers the higher-scored side when both match.
The thresholds were chosen on a held-out split (learn on 2009–2010, count on 2011 how often the aligned English
has the row's preposition minus how often it has the default: `preposition_contexts.py tune`), then checked by
translating newstest2012 with a file learnt from 2009–2011 (margins 0.4–0.7 and associations 0–0.6 score
within 0.02 BLEU of each other; below 0.4 the 2011 gain falls).
"""

import sys
from collections import Counter, defaultdict

from common import TRAINING_YEARS, english_words, log, read_tsv, write_tsv
from sense_contexts import Data

GOVERNORS = {"n", "adj", "vblex"}
HEADS = {"n", "np"}
RIGHT_SKIP = {"det", "num", "adj", "adv", "preadv", "predet"}
LEFT_SKIP = {"adv", "preadv"}
LEFT_WINDOW = 2
RIGHT_WINDOW = 4
SKIP = 3
ENGLISH = {"of", "to", "in", "at", "on", "from", "for", "by", "with", "about", "into", "over", "under", "among",
           "between", "against", "towards", "toward", "during", "since", "after", "before", "through", "within",
           "without", "onto", "across", "upon", "per", "around", "behind", "near", "beyond", "than", "as"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
               "your", "some", "all", "any", "each", "every", "no"}
NONE = "_"
# Determiners that show a direct object after a verb: not "that", which after a verb mostly opens a clause
# (« insister sur le fait que » → "insisted that", which is no evidence that « insister sur X » is "insist X").
OBJECT_DETERMINERS = DETERMINERS - {"that"}
# « de » between two nouns is mostly "of" or an English compound ("N de N" → "N N"), and the preposition found
# before the head's English belongs to another phrase ("les habitants du quartier" → "the inhabitants of the
# neighbourhood", yet "in the neighbourhood" is frequent): its object side is not learnt (held-out 2012: +0.02 BLEU).
GOVERNOR_ONLY = {"de"}
MIN_COUNT = 2
MIN_HITS = 2
MIN_MARGIN = 0.5
MIN_ASSOCIATION = 0.0
SIDES = ("left", "right")


class Prepositions:
    """The French prepositions of fr-en.closed-class.tsv with their one-word English default."""

    def __init__(self):
        self.default = {}
        for row in read_tsv("fr-en.closed-class.tsv"):
            if len(row) == 3 and row[1] == "pr" and row[2] in ENGLISH and row[0] not in self.default:
                self.default[row[0]] = row[2]


def pos_of(tag):
    return tag.split(".")[0]


def neighbours(words, index):
    """(side, lemma, pos) of the governor on the left and the object head on the right of words[index]."""
    found = []
    cursor = index - 1
    while cursor >= 0 and index - cursor <= LEFT_WINDOW:
        _, tag, lemma = words[cursor]
        pos = pos_of(tag)
        if pos in GOVERNORS:
            found.append(("left", lemma.lower(), pos))
            break
        if pos not in LEFT_SKIP:
            break
        cursor -= 1
    cursor = index + 1
    while cursor < len(words) and cursor - index <= RIGHT_WINDOW:
        _, tag, lemma = words[cursor]
        pos = pos_of(tag)
        if pos in HEADS:
            found.append(("right", lemma.lower(), pos))
            break
        if pos not in RIGHT_SKIP:
            break
        cursor += 1
    return found


def introduces_verb(words, index):
    """Whether the preposition introduces an infinitive or a clitic (« de partir », « à le faire »): the
    infinitive rules translate those."""
    if index + 1 >= len(words):
        return False
    tag = words[index + 1][1]
    return tag.startswith("vb") or pos_of(tag) == "prn"


class Aligner:
    """Finds the English preposition next to a neighbour's English in an aligned line."""

    def __init__(self, data):
        self.data = data
        self.cache = {}
        self.index = {}
        self.bases = {}

    def lines_with(self, year, forms):
        """Indices of the English lines of `year` that contain one of `forms`."""
        index = self.index.get(year)
        if index is None:
            index = defaultdict(set)
            for line, words in enumerate(self.data.year(year)[2]):
                for word in words:
                    index[word].add(line)
            self.index[year] = index
        found = set()
        for form in forms:
            found |= index.get(form, set())
        return found

    def base(self, side, lemma, pos, years):
        """The English prepositions beside the neighbour's English in every line of `years`, whatever the French
        says (the neighbour's own habits: "have" is often followed by "to"): (aligned lines, Counter)."""
        key = (side, lemma, pos, years)
        if key not in self.bases:
            english = Counter()
            forms = self.english_forms(lemma, pos)
            for year in years:
                _, tokenized, token_sets = self.data.year(year)
                for line in self.lines_with(year, forms):
                    e = self.align(side, lemma, pos, tokenized[line], token_sets[line])
                    if e:
                        english[e] += 1
            self.bases[key] = (sum(english.values()), english)
        return self.bases[key]

    def english_forms(self, lemma, pos):
        key = (lemma, pos)
        forms = self.cache.get(key)
        if forms is None:
            forms = set()
            candidates = list(self.data.senses.get(key, ()))
            if key in self.data.free and self.data.free[key] not in candidates:
                candidates.append(self.data.free[key])
            for candidate in candidates:
                words = english_words(candidate)
                if len(words) == 1:
                    forms |= self.data.forms.get(words[0], set()) | {words[0]}
            if pos == "np":
                words = english_words(lemma)
                if len(words) == 1:
                    forms.add(words[0])
            forms -= ENGLISH | DETERMINERS
            self.cache[key] = forms
        return forms

    def free_forms(self, lemma, pos):
        """Forms of the context-free sense (what the translator says without context)."""
        key = ("free", lemma, pos)
        forms = self.cache.get(key)
        if forms is None:
            words = english_words(self.data.free.get((lemma, pos), ""))
            forms = (self.data.forms.get(words[0], set()) | {words[0]}) if len(words) == 1 else set()
            self.cache[key] = forms
        return forms

    def align(self, side, lemma, pos, tokenized, token_set):
        """The English preposition aligned with this context in one line, or None."""
        forms = self.english_forms(lemma, pos)
        if not forms or not (forms & token_set):
            return None
        for position, word in enumerate(tokenized):
            if word not in forms:
                continue
            if side == "left":
                after = position + 1
                if after < len(tokenized) and tokenized[after].endswith("ly") and tokenized[after] not in ENGLISH:
                    after += 1
                if after < len(tokenized) and tokenized[after] in ENGLISH:
                    return tokenized[after]
                if NONE and pos == "vblex" and after < len(tokenized) and tokenized[after] in OBJECT_DETERMINERS \
                        and word in self.free_forms(lemma, pos):
                    return NONE
            else:
                for cursor in range(position - 1, max(-1, position - 1 - SKIP), -1):
                    if tokenized[cursor] in ENGLISH:
                        return tokenized[cursor]
        return None


def occurrences(data, prepositions, years):
    """Yields (preposition, contexts, year, line) for every listed French preposition of the given years."""
    for year in years:
        french, _, _ = data.year(year)
        for line, words in enumerate(french):
            for index, (form, tag, lemma) in enumerate(words):
                if pos_of(tag) != "pr":
                    continue
                preposition = lemma.lower()
                if preposition not in prepositions.default or introduces_verb(words, index):
                    continue
                yield preposition, neighbours(words, index), year, line


def count(data, prepositions, aligner, years):
    """Aligned occurrences of each (preposition, side, lemma) and their English prepositions (memoised)."""
    memo = data.cache.get(("preposition counts", years))
    if memo is not None:
        return memo
    counts = Counter()
    hits = Counter()
    poses = {}
    for preposition, found, year, line in occurrences(data, prepositions, years):
        _, tokenized, token_sets = data.year(year)
        for side, lemma, pos in found:
            if side == "right" and preposition in GOVERNOR_ONLY:
                continue
            english = aligner.align(side, lemma, pos, tokenized[line], token_sets[line])
            if english is None:
                continue
            counts[(preposition, side, lemma)] += 1
            poses.setdefault((preposition, side, lemma), pos)
            hits[(preposition, side, lemma, english)] += 1
    data.cache[("preposition counts", years)] = (counts, hits, poses)
    return counts, hits, poses


def learn(data, prepositions, aligner, years, min_count=MIN_COUNT, min_hits=MIN_HITS, min_margin=MIN_MARGIN,
          min_association=MIN_ASSOCIATION):
    """Rows (preposition, side, context, english, score) learnt from `years`."""
    counts, hits, poses = count(data, prepositions, aligner, years)
    by_context = defaultdict(list)
    for (preposition, side, lemma, english), h in hits.items():
        by_context[(preposition, side, lemma)].append((h, english))
    rows = []
    for key, n in counts.items():
        if n < min_count:
            continue
        preposition = key[0]
        default = prepositions.default[preposition]
        h, winner = max(by_context[key], key=lambda pair: (pair[0], pair[1]))
        if winner == default or h < min_hits:
            continue
        total, base = aligner.base(key[1], key[2], poses[key], years)
        b = base[winner] / total if total else 0.0
        if b >= 1.0 or (h / n - b) / (1.0 - b) < min_association:
            continue
        default_hits = hits[key + (default,)]
        if (h - default_hits) / n < min_margin:
            continue
        rows.append((preposition, key[1], key[2], winner, (h - default_hits) / (n + 1)))
    rows.sort(key=lambda r: (r[0], SIDES.index(r[1]), r[2]))
    return rows


def evaluate(data, prepositions, aligner, rows, year):
    """Net gain on a held-out year: aligned occurrences whose English is the row's preposition, minus those
    whose English is the default; and how many occurrences a row matched."""
    table = {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows}
    _, tokenized, token_sets = data.year(year)
    gain = loss = matched = 0
    for preposition, found, _, line in occurrences(data, prepositions, [year]):
        best = None
        for side, lemma, _ in found:
            hit = table.get((preposition, side, lemma))
            if hit and (best is None or hit[1] > best[1]):
                best = hit
        if best is None:
            continue
        matched += 1
        aligned = set()
        for side, lemma, pos in found:
            english = aligner.align(side, lemma, pos, tokenized[line], token_sets[line])
            if english:
                aligned.add(english)
        gain += best[0] in aligned and prepositions.default[preposition] not in aligned
        loss += prepositions.default[preposition] in aligned and best[0] not in aligned
    return gain, loss, matched


def header():
    return ("french<TAB>side<TAB>context_lemma<TAB>english<TAB>score; generated by scripts/build-lexicons "
            "(preposition_contexts.py) from the line-aligned WMT newstest 2009-2012 (research use; French side "
            "tagged by Apertium fra-cat), fr-en.closed-class.tsv, fr-en.bilingual.tsv, the sense files and "
            "en.inflection.tsv; side = left (the governing noun, adjective or verb) or right (the head noun of "
            f"the object); english _ = no preposition; kept: n>={MIN_COUNT}, hits>={MIN_HITS}, margin>={MIN_MARGIN} "
            f"over the default, association>={MIN_ASSOCIATION}")


def format_rows(rows):
    return [(a, b, c, d, "%.4f" % s) for a, b, c, d, s in rows]


def build():
    data = Data()
    prepositions = Prepositions()
    rows = learn(data, prepositions, Aligner(data), TRAINING_YEARS)
    log(f"preposition contexts: {len(rows)} rows from newstest {'-'.join((TRAINING_YEARS[0], TRAINING_YEARS[-1]))}")
    write_tsv("fr-en.preposition-contexts.tsv", header(), format_rows(rows))


def tune():
    """Prints the held-out gain (learn 2009–2010, count on 2011) of a grid of thresholds."""
    data = Data()
    prepositions = Prepositions()
    aligner = Aligner(data)
    print("min_count\tmin_hits\tmin_margin\trows\tmatched\tgain\tloss\tnet")
    for min_count in (2, 3, 4, 6):
        for min_hits in (2, 3):
            for min_margin in (0.1, 0.2, 0.3, 0.4, 0.5):
                rows = learn(data, prepositions, aligner, ("2009", "2010"), min_count, min_hits, min_margin)
                gain, loss, matched = evaluate(data, prepositions, aligner, rows, "2011")
                print(f"{min_count}\t{min_hits}\t{min_margin}\t{len(rows)}\t{matched}\t{gain}\t{loss}\t{gain - loss}",
                      flush=True)


def main(argv):
    """`tune`, or `write YEARS OUT` (a file learnt from other years, for held-out experiments)."""
    if argv[:1] == ["tune"]:
        tune()
    elif argv[:1] == ["write"] and len(argv) == 3:
        data = Data()
        rows = learn(data, Prepositions(), Aligner(data), tuple(argv[1].split(",")))
        write_tsv(argv[2], header(), format_rows(rows), path=argv[2])
    else:
        print("usage: preposition_contexts.py tune | write YEAR,YEAR,... OUT", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
