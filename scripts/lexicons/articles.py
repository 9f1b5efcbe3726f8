# Licensed under the Apache License, Version 2.0.
"""en.article-preferences.tsv: where English news leaves out the "the" of a French definite article.

French puts le/la/les before generic, abstract and mass nouns and before many names where English has no article
(« la liberté » → "freedom", « les prix augmentent » → "prices rise", « l'UBS » → "UBS"), but keeps it before most
singular count nouns (« le projet » → "the project"). Which is which is learnt per English word from the
line-aligned WMT newstest 2009–2012 (never 2013, the test set):

- French side, tagged by Apertium (tagger.py): every definite article (le, la, l', les) directly before a noun or a
  name. The noun's English is the sense the translator picks (first row of fr-en.sense-overrides.tsv,
  fr-en.sense-preferences.tsv, fr-en.bilingual.tsv, fr-en.bilingual-supplement.tsv, in that order), in the
  article's number (the plural from en.inflection-overrides.tsv, then en.inflection.tsv); a name's English is its
  fr-en.names.tsv form or the name itself.
- English side: the occurrences of that word in the English line (case-insensitive for nouns, as written for
  names) are looked at; the pair counts only when they all agree (a line using the word both with and without
  "the" is ambiguous). An occurrence counts when it heads its noun phrase (the next word is not one lemminflect
  knows only as a noun); its determiner is found by walking left over at most three modifiers (adjectives, adverbs
  and nouns by lemminflect's word classes, and words it does not know: names, compounds): "the" counts as
  definite; another determiner, a number or a possessive counts as neither; anything else (a preposition, a verb,
  the line start) counts as bare. Headline-like lines (mostly
  capitalised words) are skipped: headlines drop articles English prose keeps.
- Context, as the translator sees it on the French side: `after-de` (the article follows de: « la réduction des
  peines » → "of (the) sentences"), `before-de` (the noun, with its adjectives, is followed by de: « la réduction
  de » → "(the) reduction of"), `plain` (neither).

Rows: `form<TAB>context<TAB>lemma<TAB>bare_rate<TAB>count`, form = the English word as the translator writes it
(rows of the same form are pooled), lemma = its English lemma, count = bare + definite observations, and
bare_rate = bare / (count + K) with K = 6 pseudo-observations of "the" (the translator's default), so a word seen
a few times keeps "the" (rows with count < 3 are left out). The translator drops "the" when bare_rate > 0.5.
Sorted by form, context.
"""

import re
from collections import Counter

from lemminflect import getAllLemmas

from common import TRAINING_YEARS, log, newstest_lines, read_tsv, source_label, write_tsv
from tagger import tagged_corpus

K = 6
# Rows seen fewer times are left out: with K = 6 they could not reach a bare rate above 0.5 anyway.
MIN_COUNT = 3
CONTEXTS = ("plain", "after-de", "before-de")
DEFINITE = {"le", "la", "les", "l'", "l’"}
# English determiners other than "the" (a noun after one of these is neither bare nor definite).
OTHER_DETERMINERS = set(
    "a an this that these those my your his her its our their some any no each every another either neither which "
    "what whose several many few much both all such last next".split())
# English function words: never a modifier to walk over, never a noun.
FUNCTION_WORDS = OTHER_DETERMINERS | set(
    "the of in on at for with by from about against among between during without within into onto over under after "
    "before since until through across along around behind beyond despite towards toward via per like near than as "
    "to it he she they we you i me him us them who whom one ones there here and or but nor so yet if because "
    "although though while when where why how whether not be been being is are was were am have has had do does did "
    "will would shall should can could may might must".split())
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d.,]*|['’]s|\S")


def english_lines():
    return [line for year in TRAINING_YEARS for line in newstest_lines(year, "en")]


def first_senses():
    """(French lemma, "n") → the English lemma the translator picks."""
    chosen = {}
    for name in ("fr-en.bilingual-supplement.tsv", "fr-en.bilingual.tsv", "fr-en.sense-preferences.tsv",
                 "fr-en.sense-overrides.tsv"):
        seen = set()
        for row in read_tsv(name):
            key = (row[0], row[1])
            if key in seen:
                continue
            seen.add(key)
            chosen[key] = row[2]  # later files win: overrides last
    return chosen


def plurals():
    table = {}
    for name in ("en.inflection.tsv", "en.inflection-overrides.tsv"):
        for lemma, tag, form in read_tsv(name):
            if tag == "NNS":
                table[lemma] = form  # overrides last
    return table


class EnglishClasses:
    """lemminflect's word classes of an English word (cached)."""

    def __init__(self):
        self.cache = {}

    def __call__(self, word):
        classes = self.cache.get(word)
        if classes is None:
            classes = frozenset(getAllLemmas(word).keys())
            self.cache[word] = classes
        return classes

    def is_modifier(self, word):
        """Whether a word before a noun may stand between it and its determiner: adjectives, adverbs and nouns,
        participles also used as adjectives, names and compounds lemminflect does not know."""
        if word in FUNCTION_WORDS or not word[:1].isalpha() or word.endswith(("'s", "’s")):
            return False
        classes = self(word)
        return not classes or "ADJ" in classes or classes <= {"ADV", "NOUN", "PROPN"}


def headline(tokens):
    words = [t for t in tokens if t[0].isalpha()]
    if len(words) < 4:
        return True
    return sum(1 for t in words if t[0].isupper()) / len(words) > 0.6


def determiner(lowered, index, classes):
    """"the", "bare" or None (another determiner, or not the head of its noun phrase) for the noun at `index`."""
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    if following and following not in FUNCTION_WORDS and classes(following) == {"NOUN"}:
        return None  # a modifier of the noun after it ("government spokesman")
    cursor, steps = index - 1, 0
    while cursor >= 0 and steps < 3 and classes.is_modifier(lowered[cursor]):
        cursor -= 1
        steps += 1
    previous = lowered[cursor] if cursor >= 0 else ""
    if previous == "the":
        return "the"
    if previous in OTHER_DETERMINERS or previous.endswith(("'s", "’s", "'", "’")) or previous[:1].isdigit():
        return None
    return "bare"


def heads(words):
    """(article index, head index, context) of each definite article directly before a noun or a name."""
    for index, (form, tag, lemma) in enumerate(words[:-1]):
        if tag != "det" or lemma != "le" or form.lower() not in DEFINITE:
            continue
        head = index + 1
        head_form, head_tag, _ = words[head]
        if head_tag != "n" and head_tag != "np" and not (head_tag == "unk" and head_form[:1].isupper()):
            continue
        after = head + 1
        while after < len(words) and words[after][1] == "adj":
            after += 1
        if index > 0 and words[index - 1][2] == "de" and words[index - 1][1] == "pr":
            context = "after-de"
        elif after < len(words) and words[after][2] == "de" and words[after][1] == "pr":
            context = "before-de"
        else:
            context = "plain"
        yield index, head, context


def build():
    senses = first_senses()
    plural = plurals()
    names = {}
    for french, english, _ in read_tsv("fr-en.names.tsv"):
        names.setdefault(french, english)
    classes = EnglishClasses()
    sentences = tagged_corpus()
    english = english_lines()
    if len(english) != len(sentences):
        raise RuntimeError(f"{len(sentences)} French vs {len(english)} English training lines")

    counts = Counter()     # (form, context, "the"|"bare") → n
    lemma_of = {}          # form → English lemma
    for words, line in zip(sentences, english):
        tokens = TOKEN.findall(line)
        if headline(tokens):
            continue
        lowered = [t.lower() for t in tokens]
        for article, head, context in heads(words):
            form, tag, lemma = words[head]
            if tag == "n":
                en_lemma = senses.get((lemma, "n"))
                if not en_lemma or " " in en_lemma or not en_lemma.isalpha() or not en_lemma.islower():
                    continue
                if "NOUN" not in getAllLemmas(en_lemma, upos="NOUN"):
                    continue
                number_plural = words[article][0].lower() == "les"
                en_form = plural.get(en_lemma, en_lemma + "s") if number_plural else en_lemma
                matches = [i for i, w in enumerate(lowered) if w == en_form]
                if any(i > 0 and tokens[i][:1].isupper() for i in matches):
                    continue
            else:
                en_lemma = names.get(form, form)
                if " " in en_lemma or not en_lemma[:1].isupper():
                    continue
                en_form = en_lemma
                matches = [i for i, w in enumerate(tokens) if w == en_form]
            found = {determiner(lowered, i, classes) for i in matches}
            if len(found) != 1:
                continue  # absent, or used both ways in the line
            found = found.pop()
            if found is None:
                continue
            counts[(en_form, context, found)] += 1
            lemma_of.setdefault(en_form, en_lemma)

    rows = []
    for form, context in sorted({(f, c) for f, c, _ in counts}):
        bare = counts[(form, context, "bare")]
        total = bare + counts[(form, context, "the")]
        if total < MIN_COUNT:
            continue
        rows.append((form, context, lemma_of[form], "%.4f" % (bare / (total + K)), str(total)))
    log(f"article preferences: {len(rows)} rows from {len(english)} sentence pairs")
    write_tsv("en.article-preferences.tsv",
              "form<TAB>context<TAB>lemma<TAB>bare_rate<TAB>count; generated by scripts/build-lexicons (articles.py) "
              "from the line-aligned WMT newstest 2009-2012 (research use; French side tagged by "
              f"{source_label('apertium-fra-cat')}), the translator's sense files and en.inflection*.tsv, English "
              f"word classes from {source_label('lemminflect')}; bare_rate = bare / (bare + definite + {K}); "
              "context: plain, after-de, before-de", rows)
