# Licensed under the Apache License, Version 2.0.
"""fr-en.bilingual.tsv: ranked English lemmas per French lemma + part of speech.

Sources (each a "vote"):
  cat   Apertium fr→ca→en: fra-cat.autobil.bin, then cat-eng.autobil.bin
  spa   Apertium fr→es→en: fr-es.autobil.bin, then spa-eng.autobil.bin
  epo   Apertium fr→eo→en: fr-eo.autobil.bin, then eo-en.autobil.bin
  fd    FreeDict fra-eng
  fdr   FreeDict eng-fra, reversed
  cog   for lemmas none of the above translates: an English word of the same shape (lobbyiste → lobbyist,
        inchangé → unchanged, cirrhose → cirrhosis) that English uses (wordfreq) in the same word class
        (lemminflect or WordNet 3.0's index of that class)
Adjectives the analyser has no noun for but the Dicollecte dictionary (hunspell-fr-comprehensive) lists as nouns
too get noun senses: FreeDict entries marked as nouns, else the adjective's English senses that WordNet 3.0
(wordnet-base) files under noun.person (conservateur → conservative), see add_nominal_senses.
Untranslated -ment adverbs then get the manner adverb of their adjective's best sense (faiblement → weakly), and
untranslated agent nouns in -eur the agent noun of their verb's best sense when WordNet files it under noun.person
(recruteur → recruiter), see add_agent_nouns.
Every French (lemma, full tag sequence) of the Apertium analyser is looked up in each chain (lemmas only the
Dicollecte supplement of fr.morph.tsv knows get FreeDict and cognate votes only); the English lemma
is what the second bilingual dictionary returns. Ranking: sum of source votes (the first translation a
chain gives counts more than its alternatives), plus English word frequency (wordfreq), with a penalty for
senses only one pivot chain gives that are rare in English (pivot noise). The source weights and the frequency
weight were chosen on newstest2012 (share of French content words whose best sense occurs in the aligned
English line: 50.0% → 50.6%; the best of all listed senses occurs in 61%).
"""

import os
import re
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from wordfreq import zipf_frequency
from lemminflect import getAllLemmas, getInflection

import adverbs
import dicollecte
import freedict
import morph
from common import APERTIUM, log, read_tsv, run_bidix, source_label, write_tsv

ALL_CHAINS = {
    "cat": (f"{APERTIUM}/apertium-fra-cat/fra-cat.autobil.bin", f"{APERTIUM}/apertium-eng-cat/cat-eng.autobil.bin"),
    "spa": (f"{APERTIUM}/apertium-fr-es/fr-es.autobil.bin", f"{APERTIUM}/apertium-eng-spa/spa-eng.autobil.bin"),
    "epo": (f"{APERTIUM}/apertium-eo-fr/fr-eo.autobil.bin", f"{APERTIUM}/apertium-eo-en/eo-en.autobil.bin"),
}
CHAIN_PACKAGES = {"cat": ("apertium-fra-cat", "apertium-eng-cat"), "spa": ("apertium-fr-es", "apertium-eng-spa"),
                  "epo": ("apertium-eo-fr", "apertium-eo-en")}
# FR2EN_PIVOTS selects the chains (comma-separated). The default is "cat" alone: apertium-fr-es, apertium-eng-spa
# and apertium-eo-en are GPL-2.0-only while the French data and apertium-eng-cat are GPL-3.0-or-later, so a file
# merging both could not be distributed. FR2EN_PIVOTS=cat,spa,epo builds the (undistributable) full merge for
# local experiments only (see Lexicons/README.md).
CHAINS = {name: ALL_CHAINS[name] for name in os.environ.get("FR2EN_PIVOTS", "cat").split(",")
          if name in ALL_CHAINS}
# Vote of a source for its first-ranked sense; alternatives get ALTERNATIVE times this.
SOURCE_WEIGHT = {"cat": 1.0, "spa": 0.9, "epo": 0.5, "fd": 0.8, "fdr": 0.3, "cog": 0.4}
PIVOTS = {"cat", "spa", "epo"}
ALTERNATIVE = 0.6
FREQUENCY_WEIGHT = 0.25     # per Zipf unit (English Zipf frequencies run 0–8)
RARE_ZIPF = 3.0             # below this, a single-pivot sense is treated as likely noise
NOISE_FACTOR = 0.5
SCALE = 6.0                 # score / SCALE is the written weight (sum of all votes + 8 Zipf units < 6)
MAX_SENSES = 8

CONTENT = {"n", "vblex", "adj", "adv", "np"}
FREEDICT_POS = {
    "n": {"n", "np"}, "n, masc": {"n", "np"}, "n, fem": {"n", "np"},
    "v": {"vblex", "vbser", "vbhaver", "vbmod"}, "vt": {"vblex"}, "vi": {"vblex"},
    "adj": {"adj"}, "adv": {"adv", "preadv"}, "prep": {"pr"}, "num": {"num"}, "pron": {"prn", "rel"},
    "int": {"ij"}, "conj": {"cnjcoo", "cnjsub", "cnjadv"}, "art": {"det"},
}
UPOS_TO_POS = {"NOUN": {"n"}, "PROPN": {"np", "n"}, "VERB": {"vblex", "vbser", "vbhaver", "vbmod"},
               "AUX": {"vbser", "vbhaver", "vbmod"}, "ADJ": {"adj"}, "ADV": {"adv", "preadv"}}
ENGLISH = re.compile(r"^[A-Za-z][A-Za-z'’.\- ]*$")
STOP_PHRASES = re.compile(r"\b(sth|sb|someone's|something|somebody|one's|etc)\b", re.IGNORECASE)


def clean_english(text, pos):
    """An English lemma from a dictionary gloss, or None."""
    text = " ".join(text.replace("’", "'").split()).strip(" .")
    if pos in ("vblex", "vbser", "vbhaver", "vbmod") and text.lower().startswith("to "):
        text = text[3:]
    if pos == "n":
        for article in ("a ", "an ", "the "):
            if text.lower().startswith(article):
                text = text[len(article):]
                break
    if not text or not ENGLISH.match(text) or STOP_PHRASES.search(text) or len(text.split()) > 4:
        return None
    return text


def french_lemma_candidates(text):
    """A French gloss reduced to lemma candidates (reflexive and article prefixes stripped)."""
    text = " ".join(text.replace("’", "'").split())
    out = [text]
    for prefix in ("se ", "s'", "le ", "la ", "l'", "les ", "un ", "une ", "être "):
        if text.startswith(prefix):
            out.append(text[len(prefix):])
    return out


class Votes:
    def __init__(self):
        # (fr_lemma, pos) -> en_lemma -> source -> best vote
        self.table = defaultdict(lambda: defaultdict(dict))

    def add(self, key, english, source, vote):
        current = self.table[key][english].get(source, 0.0)
        if vote > current:
            self.table[key][english][source] = vote


def pivot_votes(votes, units_by_key):
    """Runs every chain over every (lemma, tags) unit and votes."""
    units = sorted({(lemma, tags) for key in units_by_key for lemma, tags in units_by_key[key]})
    unit_index = {u: i for i, u in enumerate(units)}

    def chain(name):
        first, second = CHAINS[name]
        hop1 = run_bidix(first, [(l, list(t)) for l, t in units])
        middle = sorted({(l, tuple(t)) for targets in hop1 for l, t in targets})
        hop2 = run_bidix(second, [(l, list(t)) for l, t in middle])
        return hop1, middle, hop2

    log(f"pivot chains {', '.join(CHAINS)}: {len(units)} units each")
    with ThreadPoolExecutor(max_workers=len(CHAINS)) as pool:
        results = dict(zip(CHAINS, pool.map(chain, CHAINS)))
    for name in CHAINS:
        hop1, middle, hop2 = results[name]
        middle_index = {m: i for i, m in enumerate(middle)}
        for key, key_units in units_by_key.items():
            # English candidates over all tag variants of this lemma: count of variants and best position.
            seen = {}
            for lemma, tags in key_units:
                position = 0
                for mid in hop1[unit_index[(lemma, tags)]]:
                    for english, _ in hop2[middle_index[(mid[0], tuple(mid[1]))]]:
                        if not english or "@" in english:
                            continue
                        count, best = seen.get(english, (0, 10**6))
                        seen[english] = (count + 1, min(best, position))
                        position += 1
            if not seen:
                continue
            ranked = sorted(seen, key=lambda e: (-seen[e][0], seen[e][1], e))
            for rank, english in enumerate(ranked):
                vote = SOURCE_WEIGHT[name] * (1.0 if rank == 0 else ALTERNATIVE)
                votes.add(key, english, name, vote)


def freedict_noun_votes(votes, keys):
    """FreeDict fra-eng votes for the (lemma, 'n') `keys` from entries marked as nouns only."""
    for head, hint, senses in freedict.entries("fra-eng"):
        if (head, "n") not in keys or "n" not in FREEDICT_POS.get(hint, set()):
            continue
        rank = 0
        for sense in senses:
            for item in freedict.split_sense(sense):
                english = clean_english(item, "n")
                if english:
                    votes.add((head, "n"), english, "fd", SOURCE_WEIGHT["fd"] * (1.0 if rank == 0 else ALTERNATIVE))
                    rank += 1


def freedict_votes(votes, lemma_pos):
    for head, hint, senses in freedict.entries("fra-eng"):
        if head not in lemma_pos:
            continue
        allowed = lemma_pos[head]
        if hint:
            allowed = allowed & FREEDICT_POS.get(hint, set())
        for pos in sorted(allowed):
            rank = 0
            for sense in senses:
                for item in freedict.split_sense(sense):
                    english = clean_english(item, pos)
                    if english:
                        votes.add((head, pos), english, "fd", SOURCE_WEIGHT["fd"] * (1.0 if rank == 0 else ALTERNATIVE))
                        rank += 1
    for head, hint, senses in freedict.entries("eng-fra"):
        english_pos = set()
        for upos in getAllLemmas(head):
            english_pos |= UPOS_TO_POS.get(upos, set())
        for sense in senses:
            for item in freedict.split_sense(sense):
                for french in french_lemma_candidates(item):
                    if french not in lemma_pos:
                        continue
                    allowed = lemma_pos[french] & CONTENT
                    if english_pos:
                        allowed &= english_pos
                    for pos in sorted(allowed):
                        english = clean_english(head, pos)
                        if english:
                            votes.add((french, pos), english, "fdr", SOURCE_WEIGHT["fdr"])
                    break


def merge_case_variants(candidates):
    """Merges candidates differing only in letter case (FreeDict's `chinese` into Apertium's `Chinese`).

    The spelling kept is the one the highest-weighted source gives (Apertium's English dictionaries
    capitalise demonyms and proper adjectives); each source keeps its best vote.
    """
    groups = defaultdict(list)
    for english in candidates:
        groups[english.lower()].append(english)
    merged = {}
    for _, spellings in sorted(groups.items()):
        def strength(e):
            return (max(SOURCE_WEIGHT[s] for s in candidates[e]), sum(candidates[e].values()), e)
        keep = max(spellings, key=strength)
        sources = {}
        for e in spellings:
            for source, vote in candidates[e].items():
                sources[source] = max(sources.get(source, 0.0), vote)
        merged[keep] = sources
    return merged


COGNATE_SUFFIXES = [
    # (French ending, English ending, French parts of speech)
    ("", "", {"n", "adj", "adv", "vblex"}),
    ("iste", "ist", {"n", "adj"}), ("isme", "ism", {"n"}), ("ique", "ic", {"adj", "n"}),
    ("ique", "ical", {"adj"}), ("ité", "ity", {"n"}), ("té", "ty", {"n"}), ("ie", "y", {"n"}),
    ("eux", "ous", {"adj"}), ("if", "ive", {"adj"}), ("aire", "ary", {"adj", "n"}), ("el", "al", {"adj"}),
    ("oire", "ory", {"adj", "n"}), ("eur", "or", {"n"}), ("eur", "er", {"n"}), ("é", "ed", {"adj"}),
    ("iser", "ize", {"vblex"}), ("iser", "ise", {"vblex"}), ("ifier", "ify", {"vblex"}), ("er", "", {"vblex"}),
    ("er", "e", {"vblex"}), ("er", "ate", {"vblex"}), ("ir", "", {"vblex"}), ("re", "", {"vblex"}),
    ("emment", "ently", {"adv"}), ("amment", "antly", {"adv"}), ("ement", "ly", {"adv"}), ("ment", "ly", {"adv"}),
    ("isation", "ization", {"n"}), ("ose", "osis", {"n"}), ("ique", "ics", {"n"}), ("ien", "ian", {"adj", "n"}),
]
COGNATE_UPOS = {"n": "NOUN", "adj": "ADJ", "adv": "ADV", "vblex": "VERB"}
WORDNET_INDEX = {"n": "noun", "adj": "adj", "adv": "adv", "vblex": "verb"}
COGNATE_MIN_ZIPF = 2.5
NEGATIVE_PREFIXES = ("in", "im")


def strip_accents(text):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def wordnet_lemmas():
    """One-word lower-case WordNet 3.0 lemmas by French part of speech (`n`, `adj`, `adv`, `vblex`)."""
    result = {}
    for pos, name in WORDNET_INDEX.items():
        with open(f"/usr/share/wordnet/index.{name}", encoding="utf-8") as index:
            result[pos] = {line.split(" ", 1)[0] for line in index
                           if not line.startswith(" ") and "_" not in line.split(" ", 1)[0]}
    return result


def cognate_votes(votes, keys):
    """For lemmas no dictionary translates: English words of the same shape (lobby → lobby, lobbyiste →
    lobbyist, différemment → differently, inchangé → unchanged, cirrhose → cirrhosis, regrettable →
    regrettable) that English text uses (wordfreq) in that word class (lemminflect, or WordNet 3.0's index of that
    class, which lists words lemminflect lacks: positivity, protease)."""
    wordnet = wordnet_lemmas()
    for lemma, pos in keys:
        if pos not in COGNATE_UPOS or (lemma, pos) in votes.table or not lemma.isalpha() or not lemma.islower():
            continue
        base = strip_accents(lemma)
        found = []
        for fr_end, en_end, poses in COGNATE_SUFFIXES:
            if pos not in poses or not base.endswith(strip_accents(fr_end)):
                continue
            english = base[:len(base) - len(fr_end)] + en_end if fr_end else base
            # The negative prefix in-/im- is often un- in English (inchangé → unchanged).
            spellings = [english] + ["un" + english[2:] for p in NEGATIVE_PREFIXES
                                     if pos in ("adj", "adv") and english.startswith(p) and len(english) > 6]
            for english in spellings:
                if len(english) < 3 or english in found:
                    continue
                if zipf_frequency(english, "en") < COGNATE_MIN_ZIPF:
                    continue
                # A lemma of that class, not an inflected form of another (camer → "came" is no cognate).
                if english not in getAllLemmas(english).get(COGNATE_UPOS[pos], ()) and english not in wordnet[pos]:
                    continue
                found.append(english)
        for rank, english in enumerate(found):
            votes.add((lemma, pos), english, "cog", SOURCE_WEIGHT["cog"] * (1.0 if rank == 0 else ALTERNATIVE))


def rank(votes):
    rows = []
    frequency = {}
    for (lemma, pos), candidates in votes.table.items():
        scored = []
        for english, sources in merge_case_variants(candidates).items():
            if pos == "np" and english == lemma:
                continue
            if english not in frequency:
                frequency[english] = zipf_frequency(english, "en")
            zipf = frequency[english]
            score = sum(sources.values()) + FREQUENCY_WEIGHT * zipf
            if len(sources) == 1 and next(iter(sources)) in PIVOTS and zipf < RARE_ZIPF:
                score *= NOISE_FACTOR
            weight = round(min(1.0, score / SCALE), 4)
            scored.append((-weight, english))
        scored.sort()
        for negative, english in scored[:MAX_SENSES]:
            rows.append((lemma, pos, english, "%.4f" % -negative))
    rows.sort(key=lambda r: (r[0], r[1], -float(r[3]), r[2]))
    return rows


def adjective_forms():
    """Surface form → French adjective lemmas, from the analyser and the Dicollecte supplement."""
    forms = defaultdict(set)
    for form, analysis in morph.paths():
        head, queue, tags = morph.split_analysis(analysis)
        if tags and tags[0] == "adj" and not queue:
            forms[form].add(head)
    for form, lemma, tags in morph.supplement():
        if tags.startswith("adj."):
            forms[form].add(lemma)
    return forms


def adverb_bases(lemma):
    """Forms the adjective of a -ment adverb may take: faiblement → faible, intentionnellement → intentionnelle,
    précisément → précise / précisé, couramment → courant, récemment → récent."""
    if lemma.endswith("amment"):
        return [lemma[:-6] + "ant"]
    if lemma.endswith("emment"):
        return [lemma[:-6] + "ent"]
    if not lemma.endswith("ment") or len(lemma) < 8:
        return []
    stem = lemma[:-4]
    return [stem, stem[:-1] + "e"] if stem.endswith("é") else [stem]


def add_manner_adverbs(rows, keys, forms):
    """For -ment adverbs no source translates: the English manner adverb of their adjective's best sense
    (faiblement → weakly, intentionnellement → intentionally), by en.adverb-exceptions.tsv or the -ly spelling
    rules of adverbs.py checked against wordfreq; weight = the adjective sense's weight × ADVERB_FACTOR."""
    best = {}
    for lemma, pos, english, weight in rows:
        if pos == "adj" and lemma not in best:
            best[lemma] = (english, float(weight))
    covered = {(r[0], r[1]) for r in rows}
    exceptions = {row[0]: row[1] for row in read_tsv("en.adverb-exceptions.tsv")}
    added = []
    for lemma, pos in keys:
        if pos != "adv" or (lemma, pos) in covered:
            continue
        for base in adverb_bases(lemma):
            found = None
            for adjective in sorted(forms.get(base, ())):
                if adjective in best and best[adjective][0].isalpha() and best[adjective][0].islower():
                    english = exceptions.get(best[adjective][0], adverbs.adverb(best[adjective][0]))
                    if english and english != "_":
                        found = (lemma, pos, english, "%.4f" % (best[adjective][1] * ADVERB_FACTOR))
                        break
            if found:
                added.append(found)
                break
    log(f"bilingual: {len(added)} -ment adverbs translated through their adjective")
    rows = rows + added
    rows.sort(key=lambda r: (r[0], r[1], -float(r[3]), r[2]))
    return rows


ADVERB_FACTOR = 0.8
WORDNET_NOUNS = "/usr/share/wordnet/data.noun"
PERSON_LEXFILE = "18"       # WordNet lexicographer file noun.person
NOMINAL_FACTOR = 0.8
COLLECTIVE_ENDINGS = ("sh", "ch", "ss", "ese")
PLURAL_MARGIN = 1.5         # Zipf units the plural may fall below the word (English uses the noun countably)


def person_nouns():
    """English nouns WordNet files under noun.person (`passenger`, `conservative`, `Austrian`), as written."""
    result = set()
    with open(WORDNET_NOUNS, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            if len(fields) < 5 or fields[1] != PERSON_LEXFILE:
                continue
            for index in range(int(fields[3], 16)):
                result.add(fields[4 + 2 * index].replace("_", " "))
    return result


def plural_in_use(english):
    """Whether English text uses the noun's plural nearly as much as the word (wordfreq): "conservatives",
    "Austrians", but not "affluents" or "privates", whose adjectives English uses as "the affluent"."""
    words = english.split()
    plural = getInflection(words[-1], "NNS", inflect_oov=True)
    if not plural:
        return False
    form = " ".join(words[:-1] + [plural[0]])
    return zipf_frequency(form, "en") >= zipf_frequency(english, "en") - PLURAL_MARGIN


def nominal_keys(units_by_key):
    """(lemma, 'n') of the adjectives the analyser has no noun for but Dicollecte lists as nouns too
    (`passager`, `conservateur`, `autrichien`: `po:nom po:adj`)."""
    entries, _ = dicollecte.entries()
    return sorted({(lemma, "n") for lemma, pos in units_by_key
                   if pos == "adj" and (lemma, "n") not in units_by_key and "n" in entries.get(lemma, ())})


def add_nominal_senses(rows, keys):
    """Noun senses for the adjectives of `keys` that none of the sources gives one: each English sense of the
    adjective that WordNet files as a person (conservateur → conservative, autrichien → Austrian), weight = the
    adjective sense's weight × NOMINAL_FACTOR, where the best sense is one and English uses its plural
    (`plural_in_use`). The translator reads such an adjective as this noun where it stands
    for a noun (« les conservateurs » → "the conservatives")."""
    people = person_nouns()
    covered = {(r[0], r[1]) for r in rows}
    adjectives = defaultdict(list)
    for lemma, pos, english, weight in rows:
        if pos == "adj":
            adjectives[lemma].append((english, float(weight)))
    added = []
    for lemma, pos in keys:
        senses = adjectives.get(lemma, ())
        # Only where the adjective's best sense names a person: direct → straight, doux → tender are no people.
        if (lemma, pos) in covered or not senses or senses[0][0] not in people:
            continue
        for english, weight in senses:
            # "the British", "the French", "the Swiss", "the Japanese" have no plural noun: left out.
            if english in people and not english.endswith(COLLECTIVE_ENDINGS) and plural_in_use(english):
                added.append((lemma, pos, english, "%.4f" % (weight * NOMINAL_FACTOR)))
    log(f"bilingual: {len({r[0] for r in added})} adjectives given noun senses for people (WordNet noun.person)")
    rows = rows + added
    rows.sort(key=lambda r: (r[0], r[1], -float(r[3]), r[2]))
    return rows
AGENT_ENDINGS = (("icateur", "ier"), ("ateur", "er"), ("eur", "er"))
AGENT_FACTOR = 0.6


def agent_forms(verb):
    """English agent nouns of a one-word verb, most regular first: bathe → bather, refine → refiner, plan →
    planner (the -ing form's stem), recruit → recruiter, select → selector."""
    forms = [verb + "r"] if verb.endswith("e") else []
    ing = getInflection(verb, "VBG")
    if ing and ing[0].endswith("ing"):
        forms.append(ing[0][:-3] + "er")
    return forms + [verb + "er", verb + "or"]


def add_agent_nouns(rows, keys):
    """Noun senses for French agent nouns in -eur no source translates (recruteur, raffineur, planificateur):
    the verb they come from (-eur → -er, -ateur → -er, -icateur → -ier) has a one-word best sense, and that
    sense's agent noun is a WordNet noun.person (recruit → recruiter, refine → refiner, schedule → scheduler);
    weight = the verb sense's weight × AGENT_FACTOR."""
    people = person_nouns()
    covered = {(r[0], r[1]) for r in rows}
    verbs = {}
    for lemma, pos, english, weight in rows:
        if pos == "vblex" and lemma not in verbs:
            verbs[lemma] = (english, float(weight))
    added = []
    for lemma in sorted({lemma for lemma, pos in keys if pos in ("n", "adj")}):
        if (lemma, "n") in covered or not lemma.isalpha():
            continue
        for french_end, verb_end in AGENT_ENDINGS:
            if not lemma.endswith(french_end):
                continue
            english, weight = verbs.get(lemma[:-len(french_end)] + verb_end, ("", 0.0))
            if english and " " not in english:
                agent = next((form for form in agent_forms(english) if form in people), None)
                if agent:
                    added.append((lemma, "n", agent, "%.4f" % (weight * AGENT_FACTOR)))
            break
    log(f"bilingual: {len(added)} agent nouns in -eur derived from their verbs (WordNet noun.person)")
    rows = rows + added
    rows.sort(key=lambda r: (r[0], r[1], -float(r[3]), r[2]))
    return rows


PREFERRED_TAGS = ("inf", "pri", "pp", "sg", "pl")
MAX_UNITS_PER_LEMMA = 4


def representatives(units):
    """A few tag variants of one lemma + pos for the dictionary look-ups (translations do not depend on
    person or tense; gender and number occasionally do): infinitive, present, participle, singular,
    plural first, then the rest in sorted order."""
    ordered = sorted(units, key=lambda u: (min((PREFERRED_TAGS.index(t) for t in u[1] if t in PREFERRED_TAGS),
                                               default=len(PREFERRED_TAGS)), u))
    return sorted(ordered[:MAX_UNITS_PER_LEMMA])


def build():
    units_by_key = defaultdict(set)
    lemma_pos = defaultdict(set)
    for form, analysis in morph.paths():
        head, queue, tags = morph.split_analysis(analysis)
        lemma = " ".join((head + queue).split())
        if not lemma or not tags:
            continue
        # The bilingual dictionaries expect the invariable queue right after the lemma head: `avoir# lieu<vblex>`.
        units_by_key[(lemma, tags[0])].add((head + ("#" + queue if queue else ""), tuple(tags)))
        lemma_pos[lemma].add(tags[0])
    units_by_key = {k: representatives(v) for k, v in units_by_key.items()}
    # Lemmas only the Dicollecte supplement of fr.morph.tsv knows: no pivot chain has them, FreeDict and
    # cognates may.
    extra_keys = set()
    for _, lemma, tags in morph.supplement():
        pos = tags.split(".")[0]
        if (lemma, pos) not in units_by_key:
            extra_keys.add((lemma, pos))
            lemma_pos[lemma].add(pos)
    votes = Votes()
    pivot_votes(votes, units_by_key)
    freedict_votes(votes, lemma_pos)
    # Adjectives Dicollecte also lists as nouns: FreeDict entries marked as nouns give their noun senses
    # (passager → passenger).
    nominal = nominal_keys(units_by_key)
    freedict_noun_votes(votes, set(nominal))
    cognate_votes(votes, sorted(set(units_by_key) | extra_keys))
    rows = rank(votes)
    rows = add_manner_adverbs(rows, sorted(set(units_by_key) | extra_keys), adjective_forms())
    rows = add_nominal_senses(rows, nominal)
    rows = add_agent_nouns(rows, sorted(set(units_by_key) | extra_keys))
    covered = {(r[0], r[1]) for r in rows}
    log(f"bilingual: {len(covered)} of {len(units_by_key)} lemma+pos covered")
    packages = [p for name in CHAINS for p in CHAIN_PACKAGES[name]]
    packages += ["dict-freedict-fra-eng", "dict-freedict-eng-fra", "wordfreq", "lemminflect", "hunspell-fr-comprehensive",
                 "wordnet-base"]
    sources = ", ".join(source_label(p) for p in packages)
    write_tsv("fr-en.bilingual.tsv",
              "fr_lemma<TAB>pos<TAB>en_lemma<TAB>weight, best first; generated by scripts/build-lexicons "
              f"(bilingual.py) from {sources}; weights = source votes + English frequency (wordfreq, ranking only)",
              rows)
