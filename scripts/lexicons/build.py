# Licensed under the Apache License, Version 2.0.
"""Runs the lexicon generators in dependency order: `build.py [step ...]` (default: all steps)."""

import sys

import adverbs
import articles
import bigrams
import bilingual
import collocations
import compounds
import frequencies
import inflection
import learnt_senses
import morph
import names
import possessives
import preposition_contexts
import sense_contexts
import senses
import sources
import tagger
import vocabulary

STEPS = {
    "sources": sources.build,        # SOURCES.tsv
    "morph": morph.build,            # fr.morph.tsv, fr.morph-mwe.tsv
    "frequencies": frequencies.build,  # fr.word-frequencies.tsv (needs fr.morph.tsv)
    "bilingual": bilingual.build,    # fr-en.bilingual.tsv (needs the analyser listing)
    "names": names.build,            # fr-en.names.tsv (needs fr.morph.tsv, fr-en.bilingual.tsv)
    "learnt": learnt_senses.build,   # fr-en.learnt-senses.tsv (needs the tagged corpus, bilingual)
    "inflection": inflection.build,  # en.inflection.tsv (needs fr-en.bilingual.tsv, fr-en.learnt-senses.tsv)
    "tagger": tagger.build,          # fr.tag-lexicon.tsv, fr.tag-transitions.tsv (needs fr.morph*.tsv)
    "senses": senses.build,          # fr-en.sense-preferences.tsv (needs tagged corpus, bilingual, learnt, inflection)
    "articles": articles.build,      # en.article-preferences.tsv (needs the tagged corpus, senses, inflection, names)
    "contexts": sense_contexts.build,  # fr-en.sense-contexts.tsv (needs the tagged corpus and the sense files)
    "prepositions": preposition_contexts.build,  # fr-en.preposition-contexts.tsv (tagged corpus, sense files)
    "collocations": collocations.build,  # fr-en.collocations.tsv (needs the tagged corpus, morph, sense files)
    "adverbs": adverbs.build,        # en.adverbs.tsv (needs fr-en.bilingual.tsv and the hand-written sense files)
    "compounds": compounds.build,    # en.noun-compounds.tsv (WordNet only)
    "vocabulary": vocabulary.build,  # en.vocabulary.tsv (WordNet, lemminflect)
    "possessives": possessives.build,  # en.possessives.tsv (English side of newstest, lemminflect)
    "bigrams": bigrams.build,        # en.bigrams.tsv, en.unigrams.tsv (symspellpy; needs bilingual, inflection)
}


def main(argv):
    wanted = argv or list(STEPS)
    unknown = [s for s in wanted if s not in STEPS]
    if unknown:
        print(f"unknown step(s): {' '.join(unknown)}; steps: {' '.join(STEPS)}", file=sys.stderr)
        return 2
    for step in STEPS:
        if step in wanted:
            STEPS[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
