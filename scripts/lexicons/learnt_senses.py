# Licensed under the Apache License, Version 2.0.
"""fr-en.learnt-senses.tsv: English senses of French content words that no bilingual source gives, learnt from the
line-aligned WMT newstest 2009–2012 (never 2013, the test set) with IBM Model 1.

fr-en.sense-preferences.tsv (senses.py) only re-ranks the candidates of fr-en.bilingual.tsv; when news English
uses another word (« porte-parole » → "spokesman" where the dictionaries say "spokesperson", « enfuir » → "flee",
« commissaire » → "commissioner", « armé » → "armed", « indice » → "index") it cannot help. This step proposes
such words; senses.py scores them like the bilingual candidates and lists them where those are weakly confirmed
(see its docstring), so the translator reads them from fr-en.sense-preferences.tsv; inflection.py lists their
English forms.

Method. French side: the lemma + part of speech (first tag) of every word of the Apertium-tagged lines (see
tagger.py; punctuation left out, unknown words as their lower-cased form). English side: the lower-cased words of
the aligned line (hyphens split, as in senses.py). IBM Model 1 (Brown et al. 1993: uniform start, ITERATIONS EM
iterations, a NULL word on the source side) is trained in both directions. For a French content lemma f (noun,
adjective, lexical verb, adverb; one word, no space) and an English word form w:
    count(f, w)   = expected number of w tokens aligned to f (posteriors of the last E-step of p(w | f)),
    reverse(f, w) = p(f | w) of the English→French model (low for words most lines have: "will", "be", "say").
Forms are grouped by English lemma in the word class of the French part of speech: the form itself when it is a
bilingual candidate of f, else the hand-written en.inflection-overrides.tsv reversed (people → person), else, if
lemminflect knows the form in that class, the form itself when it spells f without accents (« graffiti » stays
graffiti) or lemminflect's first lemma; forms lemminflect does not know in the class are left out (an
abbreviation such as "cm" would get a regular plural). English function words (the English of
fr-en.closed-class.tsv), numbers and words written with a capital letter in most of their non-initial
occurrences (names) are left out.
A lemma e is kept for f when it is not a candidate of f in fr-en.bilingual.tsv, is no word of a multi-word
candidate ("born" for « naître » → "be born") nor of a hyphenated f (« e-mail » → "mail"), f has no hand-written
sense (fr-en.sense-overrides.tsv, fr-en.bilingual-supplement.tsv), and, with n = training lines holding f,
    n ≥ MIN_LINES, count(f, e) ≥ MIN_COUNT, count(f, e) ≥ MIN_SHARE·n, max reverse(f, form of e) ≥ MIN_REVERSE.
Row: fr_lemma, pos, en_lemma, share = count(f, e)/n (senses.py uses it as the prior weight), count, n.
Thresholds chosen on newstest2012 with every statistic learnt from 2009–2011 only (held-out mode).
Deterministic: ids are assigned in corpus order, sums are numpy bincounts in a fixed order, output sorted.
Sources: WMT newstest 2009–2012 fr/en (research use), Apertium fra-cat tagger output (tagger.py), PyPI
lemminflect (lemmas, word classes), numpy (arithmetic; a lemminflect dependency), fr-en.bilingual.tsv,
fr-en.closed-class.tsv, fr-en.sense-overrides.tsv, fr-en.bilingual-supplement.tsv, en.inflection-overrides.tsv.
"""

import re
import unicodedata
from collections import Counter, defaultdict

import numpy as np
from lemminflect import getAllInflections, getAllLemmas

from common import TRAINING_YEARS, english_words, log, newstest_lines, read_tsv, source_label, write_tsv
from tagger import tagged_corpus

ITERATIONS = 5
MIN_LINES = 3
MIN_COUNT = 2.0
MIN_SHARE = 0.3
MIN_REVERSE = 0.2
CONTENT = {"n": "NOUN", "adj": "ADJ", "vblex": "VERB", "adv": "ADV"}
PUNCTUATION = {"sent", "cm", "lpar", "rpar", "guio", "lquot", "rquot", "apos"}
CASED_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
OVERRIDE_CLASS = {"NNS": "NOUN", "VBD": "VERB", "VBN": "VERB", "VBG": "VERB", "VBZ": "VERB",
                  "JJR": "ADJ", "JJS": "ADJ"}


def french_tokens(words):
    out = []
    for form, tag, lemma in words:
        pos = tag.split(".")[0]
        if pos in PUNCTUATION:
            continue
        out.append((form.lower(), "unk") if pos == "unk" else (lemma, pos))
    return out


def model1(sources, targets, source_count, null):
    """IBM Model 1 p(target | source) over id lists; returns (pair source ids, pair target ids, t, expected
    counts of the last E-step), one entry per distinct (source, target) pair."""
    pair_ids = {}
    flat = []
    lengths = []
    for source, target in zip(sources, targets):
        row = source + [null]
        for word in target:
            for s in row:
                flat.append(pair_ids.setdefault((s, word), len(pair_ids)))
            lengths.append(len(row))
    flat = np.array(flat, dtype=np.int64)
    lengths = np.array(lengths, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    pairs = np.array(list(pair_ids), dtype=np.int64).reshape(-1, 2)
    pair_source = pairs[:, 0]
    t = np.ones(len(pairs))
    counts = None
    for _ in range(ITERATIONS):
        values = t[flat]
        norm = np.add.reduceat(values, starts)
        values = values / np.repeat(norm, lengths)
        counts = np.bincount(flat, weights=values, minlength=len(pairs))
        totals = np.bincount(pair_source, weights=counts, minlength=source_count)
        t = counts / totals[pair_source]
    return pairs[:, 0], pairs[:, 1], t, counts


def english_lemma(form, word_class, candidates, overrides, french):
    """The lemma of an English form for one French key, or None when lemminflect does not know the form in the
    word class (abbreviations such as "cm" would get regular plurals)."""
    if form in candidates:
        return form
    lemma = overrides.get((form, word_class))
    if lemma:
        return lemma
    lemmas = getAllLemmas(form, upos=word_class).get(word_class)
    if not lemmas:
        return None
    if form == french:
        return form
    known = [lemma for lemma in lemmas if lemma in candidates]
    return known[0] if known else lemmas[0]


def plain(word):
    """Lower case without accents (« média » → media): an English form spelt so is its own lemma."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def english_forms(lemma, word_class):
    """The lemma and every form lemminflect lists for it in the word class."""
    forms = {lemma}
    for values in getAllInflections(lemma, upos=word_class).values():
        forms.update(values)
    return forms


def aligned(sentences, english):
    """Per French content key, per English lemma: [expected aligned count, best reverse probability]; and the
    number of lines holding each French key. Also returns the bilingual candidates and the overridden keys."""
    candidates = defaultdict(set)
    for fr_lemma, pos, en_lemma, _ in read_tsv("fr-en.bilingual.tsv"):
        candidates[(fr_lemma, pos)].add(en_lemma.lower())
    overridden = {(row[0], row[1]) for name in ("fr-en.sense-overrides.tsv", "fr-en.bilingual-supplement.tsv")
                  for row in read_tsv(name)}
    function = set()
    for row in read_tsv("fr-en.closed-class.tsv"):
        function.update(w.lower() for w in row[2].split())
    overrides = {}
    for lemma, tag, form in read_tsv("en.inflection-overrides.tsv"):
        if tag in OVERRIDE_CLASS and form.lower() != lemma.lower():
            overrides.setdefault((form.lower(), OVERRIDE_CLASS[tag]), lemma.lower())

    # Words mostly capitalised inside a sentence are names.
    capitalised, lowered = Counter(), Counter()
    for line in english:
        for word in CASED_WORD.findall(line.replace("-", " "))[1:]:
            (capitalised if word[0].isupper() else lowered)[word.lower()] += 1

    french = [french_tokens(words) for words in sentences]
    words = [english_words(line) for line in english]
    french_ids, english_ids = {}, {}
    french_corpus = [[french_ids.setdefault(t, len(french_ids)) for t in s] for s in french]
    english_corpus = [[english_ids.setdefault(w, len(english_ids)) for w in s] for s in words]
    french_null = french_ids.setdefault(("", "NULL"), len(french_ids))
    english_null = english_ids.setdefault("", len(english_ids))
    log(f"learnt senses: IBM Model 1 over {len(french)} sentence pairs, "
        f"{len(french_ids)} French and {len(english_ids)} English types")
    fr_of, en_of, _, counts = model1(french_corpus, english_corpus, len(french_ids), french_null)
    en_of_reverse, fr_of_reverse, t_reverse, _ = model1(english_corpus, french_corpus, len(english_ids),
                                                        english_null)
    reverse = {(int(e), int(f)): float(p) for e, f, p in zip(en_of_reverse, fr_of_reverse, t_reverse)}
    french_key = {i: key for key, i in french_ids.items()}
    english_word = {i: w for w, i in english_ids.items()}

    lines = Counter()
    for tokens in french:
        for key in set(tokens):
            lines[key] += 1

    grouped = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))  # key -> lemma -> [count, max reverse]
    for f, e, c in zip(fr_of.tolist(), en_of.tolist(), counts.tolist()):
        key = french_key[f]
        word_class = CONTENT.get(key[1])
        if word_class is None or " " in key[0] or c < 0.01:
            continue
        form = english_word[e]
        if not form or not form.isalpha() or len(form) < 2 or form in function:
            continue
        if capitalised[form] > lowered[form]:
            continue
        lemma = english_lemma(form, word_class, candidates.get(key, set()), overrides, plain(key[0]))
        if lemma is None or lemma in function:
            continue
        entry = grouped[key][lemma]
        entry[0] += c
        entry[1] = max(entry[1], reverse.get((e, f), 0.0))
    grouped = {key: {lemma: tuple(entry) for lemma, entry in lemmas.items()} for key, lemmas in grouped.items()}
    return grouped, lines, candidates, overridden


def select(stats, min_lines=MIN_LINES, min_count=MIN_COUNT, min_share=MIN_SHARE, min_reverse=MIN_REVERSE):
    """Learnt rows (fr_lemma, pos, en_lemma, share, count, n, reverse) passing the thresholds."""
    grouped, lines, candidates, overridden = stats
    rows = []
    for key in sorted(grouped):
        if key in overridden:
            continue
        n = lines[key]
        if n < min_lines:
            continue
        # Words of multi-word candidates ("be born", "vice-president") are already said by those.
        # Likewise a word of a hyphenated French lemma alone (« lieutenant-colonel » → "lieutenant") is a
        # fragment of the compound's English, split by the English tokenisation.
        parts = {w for c in candidates.get(key, set()) for w in re.split(r"[ -]", c)}
        if "-" in key[0]:
            parts.update(plain(key[0]).split("-"))
        for lemma, (count, best_reverse) in sorted(grouped[key].items()):
            if lemma in candidates.get(key, set()) or lemma in parts or english_forms(lemma, CONTENT[key[1]]) & parts:
                continue
            if count >= min_count and count >= min_share * n and best_reverse >= min_reverse:
                rows.append((key[0], key[1], lemma, count / n, count, n, best_reverse))
    return rows


def build():
    sentences = tagged_corpus()
    english = [line for year in TRAINING_YEARS for line in newstest_lines(year, "en")]
    if len(english) != len(sentences):
        raise RuntimeError(f"{len(sentences)} French vs {len(english)} English training lines")
    rows = select(aligned(sentences, english))
    write_tsv("fr-en.learnt-senses.tsv",
              "fr_lemma<TAB>pos<TAB>en_lemma<TAB>share<TAB>count<TAB>lines; generated by scripts/build-lexicons "
              "(learnt_senses.py): English senses missing from fr-en.bilingual.tsv, learnt with IBM Model 1 from "
              "the line-aligned WMT newstest 2009-2012 (research use; French side tagged by Apertium fra-cat), "
              f"lemmas by {source_label('lemminflect')}; read by inflection.py and senses.py",
              [(f, p, e, "%.4f" % share, "%.2f" % count, str(n)) for f, p, e, share, count, n, _ in rows])
