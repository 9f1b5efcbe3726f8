# Licensed under the Apache License, Version 2.0.
"""en.inflection.tsv: inflected forms of every English lemma (and every word of multi-word lemmas) of
fr-en.bilingual.tsv, fr-en.learnt-senses.tsv, the hand-written sense files (fr-en.sense-overrides.tsv,
fr-en.bilingual-supplement.tsv) and fr-en.names.tsv, generated with lemminflect (first, most common form), so that
a hand-written sense is inflected from lemminflect's tables too (skid → skidded, panic → panicked), not by the
translator's fallback spelling rules.

The French part of speech decides the English word class: verbs get VBD VBN VBG VBZ, nouns NNS, adjectives
JJR JJS, adverbs RBR RBS. In a multi-word lemma the head word (first word of a verb phrase, last word or
the word before "of" of a noun phrase) is inflected by lemminflect's rules when its table does not know it;
other words only get rows lemminflect's tables list. Adjectives and adverbs lemminflect does not compare
get periphrastic "more X" / "most X". The English adjectives of French nouns that have no noun sense (which the
translator borrows from the adjective: handicapé → disabled) are inflected as nouns too. A noun plural made by
rules that English hardly uses (wordfreq: "disableds", "woundeds") is the word itself: English uses such
adjectives as collective nouns ("the disabled"); so is a plural of the tables English hardly uses ("awarenesses",
"leisures"). Comparatives of the tables English hardly writes ("severer") are periphrastic too, and a verb form the
rules make takes the doubled final consonant English writes ("enrolled", "reprogrammed").
"""

from collections import defaultdict

from lemminflect import getAllInflections, getInflection
from wordfreq import zipf_frequency

from common import log, read_tsv, source_label, write_tsv

CLASS_OF_POS = {"vblex": "VERB", "vbser": "VERB", "vbhaver": "VERB", "vbmod": "VERB",
                "n": "NOUN", "np": "NOUN", "adj": "ADJ", "adv": "ADV", "preadv": "ADV"}
TAGS = {"VERB": ("VBD", "VBN", "VBG", "VBZ"), "NOUN": ("NNS",), "ADJ": ("JJR", "JJS"), "ADV": ("RBR", "RBS")}
PERIPHRASIS = {"JJR": "more", "JJS": "most", "RBR": "more", "RBS": "most"}
# A generated plural this many Zipf units rarer than its word is not English ("disableds", "Britishes").
UNUSED_PLURAL_MARGIN = 2.0
# A plural of lemminflect's tables rarer than this (and UNUSED_PLURAL_MARGIN below its word) is one English hardly
# uses: the noun keeps its singular ("awarenesses", "leisures", "obesities"; "dailies", "footballs" stay).
UNUSED_LISTED_PLURAL_ZIPF = 1.5
# A comparative or superlative of lemminflect's tables this many Zipf units rarer than its adjective or adverb, and
# rarer than UNUSED_COMPARATIVE_ZIPF, is one English hardly writes ("severer", "maturer", "likelier", "vagueer"):
# "more severe" instead ("newer", "kinder", "commoner" stay).
UNUSED_COMPARATIVE_MARGIN = 2.0
UNUSED_COMPARATIVE_ZIPF = 2.5
# Verb forms lemminflect's rules make (no table): the spelling with the final consonant doubled wins when wordfreq
# knows it this many Zipf units better ("enroled" → enrolled, "reprogramed" → reprogrammed).
SPELLING_MARGIN = 1.0


def head_indices(words, word_class):
    if len(words) == 1:
        return {0}
    if word_class == "VERB":
        return {0}
    heads = {len(words) - 1}
    if "of" in words and words.index("of") > 0:
        heads.add(words.index("of") - 1)
    return heads


def forms(word, word_class, is_head):
    """tag → form for one word."""
    result = {}
    table = getAllInflections(word, upos=word_class)
    for tag in TAGS[word_class]:
        if tag in table and not (tag in PERIPHRASIS and unused_comparative(word, table[tag][0])):
            result[tag] = table[tag][0]
            if tag == "NNS" and unused_listed_plural(word, result[tag]):
                result[tag] = word
        elif is_head:
            if tag in PERIPHRASIS:
                # lemminflect's tables list the comparatives that exist (bigger, faster); others are periphrastic.
                result[tag] = f"{PERIPHRASIS[tag]} {word}"
            else:
                generated = hyphenated_form(word, word_class, tag) or getInflection(word, tag, inflect_oov=True)
                if generated:
                    result[tag] = keep_capitals(word, generated[0])
                    if tag == "NNS" and unused_plural(word, generated[0]):
                        result[tag] = word
                    elif tag in ("VBD", "VBN", "VBG"):
                        result[tag] = usual_spelling(word, result[tag])
    return result


def keep_capitals(word, form):
    """A rule-made form with the word's own capitals, which lemminflect's rules lower ("African-Americans",
    "neo-Nazis", "MacDonalds", not "African-americans")."""
    if form.lower().startswith(word.lower()):
        return word + form[len(word):]
    return form


def unused_listed_plural(word, plural):
    """Whether a plural of lemminflect's tables is one English hardly uses next to the word (wordfreq: below Zipf
    UNUSED_LISTED_PLURAL_ZIPF and UNUSED_PLURAL_MARGIN units or more below it): nouns English does not count keep the
    singular, « les loisirs » → "leisure", « les marketings » → "marketing", not "leisures", "obesities"."""
    frequency = zipf_frequency(plural, "en")
    return frequency < UNUSED_LISTED_PLURAL_ZIPF and frequency < zipf_frequency(word, "en") - UNUSED_PLURAL_MARGIN


def unused_comparative(word, form):
    """Whether a comparative or superlative of lemminflect's tables is one English hardly writes next to the word
    (wordfreq: "severer", "maturer", "ampler"), so that the periphrastic "more severe" is written instead; "bigger",
    "newer", "narrower" stay."""
    return zipf_frequency(form, "en") < min(UNUSED_COMPARATIVE_ZIPF,
                                            zipf_frequency(word, "en") - UNUSED_COMPARATIVE_MARGIN)


def hyphenated_form(word, word_class, tag):
    """A hyphenated verb inflected on its last part as that part's table gives it ("machine-gun" → machine-gunned,
    "remote-control" → remote-controlled); None when the last part has no table entry."""
    if word_class != "VERB" or "-" not in word.strip("-"):
        return None
    first, last = word.rsplit("-", 1)
    table = getAllInflections(last, upos=word_class)
    return [f"{first}-{table[tag][0]}"] if tag in table else None


def usual_spelling(verb, form):
    """A rule-made -ed/-ing form of a verb ending in one vowel and one consonant, with that consonant doubled when
    English writes it so (wordfreq): "enroled" → enrolled, "reprograming" → reprogramming, "appaled" → appalled;
    "robed", "luged", "scarred" stay (the other spelling would be another verb's form or is no better known)."""
    for ending in ("ed", "ing"):
        if form != verb + ending or len(verb) < 3 or verb[-1] not in "bdgklmnprt" or verb[-2] not in "aeiou" \
                or verb[-3] in "aeiou":
            continue
        doubled = verb + verb[-1] + ending
        if zipf_frequency(doubled, "en") >= zipf_frequency(form, "en") + SPELLING_MARGIN:
            return doubled
    return form


def unused_plural(word, plural):
    """Whether a plural lemminflect's tables lack and its rules made is one English hardly uses next to the word
    (wordfreq): nouns that are English adjectives used as collectives stay as they are, « les handicapés » →
    "the disabled", « les blessés » → "the wounded", « les Suédois » → "the Swedish", not "disableds"."""
    return zipf_frequency(plural, "en") < zipf_frequency(word, "en") - UNUSED_PLURAL_MARGIN


def build():
    wanted = defaultdict(set)  # (word, class) -> is_head (True if head anywhere)
    senses = read_tsv("fr-en.bilingual.tsv") + read_tsv("fr-en.learnt-senses.tsv")
    hand_written = read_tsv("fr-en.sense-overrides.tsv") + read_tsv("fr-en.bilingual-supplement.tsv")
    lemmas = [(row[2], row[1]) for row in senses + hand_written]
    # French nouns with no noun sense borrow their adjective's English (« les handicapés », « les catholiques »):
    # its plural is "the disabled" or "Catholics" as English uses them.
    nouns = {row[1] for row in read_tsv("fr.morph.tsv") if row[2].startswith("n.")}
    translated_nouns = {row[0] for row in senses if row[1] == "n"}
    borrowed = [(row[2], "n") for row in senses + hand_written
                if row[1] == "adj" and row[0] in nouns and row[0] not in translated_nouns]
    lemmas += borrowed
    for english, pos in lemmas:
        word_class = CLASS_OF_POS.get(pos)
        if not word_class:
            continue
        words = english.split()
        heads = head_indices(words, word_class)
        for index, word in enumerate(words):
            wanted[(word, word_class)].add(index in heads)
    rows = set()
    for (word, word_class), head_flags in wanted.items():
        for tag, form in forms(word, word_class, any(head_flags)).items():
            rows.add((word, tag, form))
    rows = sorted(rows)
    write_tsv("en.inflection.tsv",
              "lemma<TAB>tag<TAB>form (Penn tags VBD VBN VBG VBZ NNS JJR JJS RBR RBS); generated by "
              f"scripts/build-lexicons (inflection.py) with {source_label('lemminflect')} (plurals checked with "
              f"{source_label('wordfreq')}) for the English "
              "lemmas of fr-en.bilingual.tsv, fr-en.learnt-senses.tsv and the hand-written sense files (and nouns of "
              "fr.morph.tsv)", rows)
