# Licensed under the Apache License, Version 2.0.
"""fr-en.collocations.tsv: two-word French collocations whose English, in the line-aligned newstest 2009–2012
(never 2013, the test set), is a fixed word group other than the word-by-word rendering (« projet de loi » →
"bill", « peine de mort » → "death penalty").

French collocations (lemmas, from the Apertium-tagged French side, see tagger.py): noun + adjective, adjective
+ noun, and noun + `de` + noun (no article between). English word groups: 1–3 consecutive words of the aligned
line, the head (the word before `of`, else the last word) in the singular (en.inflection.tsv), neither first nor last word a function word (the English
words of fr-en.closed-class.tsv and the forms of be/have/do); only `of` inside.

With c(f) = training lines holding collocation f, c(e) = lines holding group e and c(f, e) = both, not counting
lines where a word of e is the context-free sense of another French word of the line (« ministre des affaires
étrangères »: "minister" is explained by « ministre », so "foreign minister" does not count for « affaires
étrangères »),
    dice(f, e) = 2·c(f, e) / (c(f) + c(e));
the best group per collocation (highest dice, then more words) is kept when c(f) ≥ MIN_COUNT, c(f, e) ≥ MIN_JOINT
(and ≥ c(f)/2),
dice ≥ MIN_DICE, the group is not one name (a single word capitalised in the English text) and not what the
translator already says word by word (the context-free senses of
fr-en.sense-overrides.tsv, fr-en.sense-preferences.tsv and fr-en.bilingual.tsv in English order, or "X of Y").
Thresholds chosen on a held-out split (learn on 2009–2010, count on 2011 lines that have the group minus lines
that have the word-by-word rendering instead): `collocations.py tune`.

Output rows are in the format of fr-en.mwe.tsv (`french<TAB>english<TAB>pos`, pos `n`): every singular and
plural surface form fr.morph.tsv gives the collocation (adjective agreeing with the noun; the complement of
`de` as seen), the English head pluralised for plural forms (the word before `of`, else the last word), unless
English hardly counts the head: its plural is MASS_NOUN_MARGIN Zipf units or more rarer than the word (wordfreq;
« couvertures médiatiques » → "media coverage", « nouvels ans » → "new year's eve", not "coverages", "eves"), or
en.inflection-overrides.tsv keeps its plural singular ("information").
"""

import re
import sys
from collections import Counter, defaultdict

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from common import TRAINING_YEARS, newstest_lines, read_tsv, source_label, write_tsv
from sense_contexts import CONTENT, Data

MIN_COUNT = 3
MIN_JOINT = 3
MIN_DICE = 0.2
# A head noun whose plural is this many Zipf units rarer than the word is one English does not count ("coverage"
# 4.63, "coverages" 2.49; "eve" 4.32, "eves" 2.34; but "breakfast" 4.61, "breakfasts" 2.96 and "year", "years" 5.96
# count): a plural French form keeps it singular. Smaller than the inflection step's 2.0, which only judges plurals
# made by rules.
MASS_NOUN_MARGIN = 1.9
# Words of the English line; a word with a letter outside a-z is a French word the reference kept (« départements »),
# never part of a group (read as [a-z] only, it would leave "partements").
ENGLISH_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
ASCII_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


class English:
    """Function words, singular of plural nouns, and the word groups of a line."""

    def __init__(self):
        self.function = set()
        for row in read_tsv("fr-en.closed-class.tsv"):
            self.function.update(w.lower() for w in row[2].split())
        self.singular = {}
        self.plural = {}
        self.lemmas = set()
        self.form_tags = defaultdict(set)
        for lemma, tag, form in read_tsv("en.inflection.tsv"):
            self.lemmas.add(lemma.lower())
            self.form_tags[form.lower()].add(tag)
            if lemma.lower() in ("be", "have", "do"):
                self.function.update((lemma.lower(), form.lower()))
            if tag == "NNS" and " " not in lemma:
                # An invariable plural ("States NNS States") gives way to a real one ("state NNS states").
                key = form.lower()
                if key not in self.singular or (self.singular[key] == key and lemma.lower() != key):
                    self.singular[key] = lemma.lower()
                self.plural.setdefault(lemma.lower(), form.lower())
        for lemma, tag, form in read_tsv("en.inflection-overrides.tsv"):
            if tag == "NNS" and " " not in lemma:
                self.plural[lemma.lower()] = form.lower()
        self.function.update(("an", "its", "her", "'s"))
        self.case_counts = defaultdict(Counter)
        self.lines = []

    def verb_form_only(self, word):
        """Whether the word is only ever a verb's past or -ing form ("sentenced", "deposed"), never a lemma."""
        word = word.lower()
        tags = self.form_tags.get(word)
        return bool(tags) and word not in self.lemmas and tags <= {"VBD", "VBN", "VBG"}

    @staticmethod
    def may_be_noun(word):
        """Whether lemminflect knows the word as a noun or a name, or does not know it at all."""
        classes = getAllLemmas(word.lower())
        return not classes or "NOUN" in classes or "PROPN" in classes

    def learn_case(self, line):
        """Counts how each word is written away from the start of a line: a word written one way in 80% of its
        occurrences (and at least 5 times) keeps that case ("american" → "American")."""
        long_words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
        if sum(w[0].isupper() for w in long_words) <= 0.5 * len(long_words):  # not a headline in title case
            self.lines.append(line)
        for word in re.findall(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*", line)[1:]:
            self.case_counts[word.lower()][word] += 1

    def cased(self, group):
        """The group as the English text writes it: a group of several words as a whole when one spelling holds
        80% of its occurrences away from the start of a line outside headlines in title case (at least 3: "New
        Year's Eve", where word by word "new" and "year's" are mostly small), else word by word."""
        if " " in group:
            pattern = re.compile(r"(?<![\w'’-])" + re.escape(group).replace("'", "['’]") + r"(?![\w'’-])",
                                 re.IGNORECASE)
            spellings = Counter(match.group(0).replace("’", "'") for line in self.lines
                                for match in pattern.finditer(line) if match.start() > 0)
            if spellings:
                best, count = min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))
                if count >= 3 and count >= 0.8 * sum(spellings.values()):
                    return best
        out = []
        for word in group.split(" "):
            counts = self.case_counts.get(word)
            best = min(counts.items(), key=lambda kv: (-kv[1], kv[0])) if counts else (word, 0)
            out.append(best[0] if counts and best[1] >= 5 and best[1] >= 0.8 * sum(counts.values()) else word)
        return " ".join(out)

    def groups(self, line):
        words = ENGLISH_WORD.findall(line.lower())
        found = set()
        for start in range(len(words)):
            if words[start] in self.function or words[start].isdigit():
                continue
            for length in (1, 2, 3):
                end = start + length
                if end > len(words):
                    break
                last = words[end - 1]
                inner = words[start + 1:end - 1]
                if any(w in self.function and w != "of" for w in inner):
                    break
                if last in self.function or last.isdigit() or any(len(w) < 2 for w in words[start:end]):
                    continue
                if not all(ASCII_WORD.fullmatch(w) for w in words[start:end]):
                    break
                found.add(self.singular_head(words[start:end]))
        return found

    def singular_head(self, words):
        """The group with its head in the singular (the word before `of`, else the last word)."""
        words = list(words)
        head = words.index("of") - 1 if "of" in words else len(words) - 1
        words[head] = self.singular.get(words[head], words[head])
        return " ".join(words)

    def pluralize(self, group):
        words = group.split(" ")
        head = words.index("of") - 1 if "of" in words else len(words) - 1
        plural = self.plural.get(words[head])
        if plural is None:  # not a noun ("previous"): the group stays as it is
            return group
        if zipf_frequency(plural, "en") <= zipf_frequency(words[head], "en") - MASS_NOUN_MARGIN:
            return group  # "coverage", not "coverages": English does not count it
        words[head] = plural
        return " ".join(words)


def scale_nouns():
    """`millions de dollars` is a number, not a collocation (fr.word-classes.tsv `scale-noun`)."""
    return {row[1] for row in read_tsv("fr.word-classes.tsv") if row[0] == "scale-noun"}


SCALE = scale_nouns()


def collocations(words):
    """(kind, first lemma, second lemma) of the collocations of one tagged line, with their token indexes."""
    found = []
    for i in range(len(words) - 1):
        _, tag1, lemma1 = words[i]
        _, tag2, lemma2 = words[i + 1]
        p1, p2 = tag1.split(".")[0], tag2.split(".")[0]
        if re.search(r"[0-9.]", lemma1 + lemma2):  # numbers and abbreviations (« M. » is a title, not a noun)
            continue
        if p1 == "n" and p2 == "adj":
            found.append((("n-adj", lemma1, lemma2), (i, i + 1)))
        elif p1 == "adj" and p2 == "n":
            found.append((("adj-n", lemma1, lemma2), (i, i + 1)))
        elif p1 == "n" and p2 == "pr" and lemma2 == "de" and i + 2 < len(words):
            _, tag3, lemma3 = words[i + 2]
            if tag3.split(".")[0] == "n" and lemma1 not in SCALE and not re.search(r"[0-9.]", lemma1 + lemma3):
                found.append((("n-de-n", lemma1, lemma3), (i, i + 1, i + 2)))
    return found


def word_by_word(data, colloc):
    """English renderings the translator produces without the collocation."""
    kind, a, b = colloc
    if kind == "n-adj":
        x, y = data.free.get((b, "adj")), data.free.get((a, "n"))
        return {f"{x} {y}"} if x and y else set()
    if kind == "adj-n":
        x, y = data.free.get((a, "adj")), data.free.get((b, "n"))
        return {f"{x} {y}"} if x and y else set()
    x, y = data.free.get((a, "n")), data.free.get((b, "n"))
    return {f"{y} {x}", f"{x} of {y}"} if x and y else set()


def one_side(data, colloc, group):
    """Whether the group is only (part of) the context-free English of one of the collocation's two words."""
    kind, a, b = colloc
    pos_a, pos_b = {"n-adj": ("n", "adj"), "adj-n": ("adj", "n"), "n-de-n": ("n", "n")}[kind]
    words = set(group.lower().split(" "))
    for free in (data.free.get((a, pos_a)), data.free.get((b, pos_b))):
        if free and words <= set(free.lower().split(" ")):
            return True
    return False


class Corpus:
    def __init__(self):
        self.data = Data()
        self.english = English()
        self.memo = {}

    def year(self, year):
        if year not in self.memo:
            french, _, _ = self.data.year(year)
            lines = newstest_lines(year, "en")
            for line in lines:
                self.english.learn_case(line)
            self.memo[year] = ([collocations(w) for w in french], [self.english.groups(l) for l in lines], french)
        return self.memo[year]


def explained(data, words):
    """(index, words of its context-free English) of each noun, adjective and lexical verb of a tagged line."""
    out = []
    for index, (_, tag, lemma) in enumerate(words):
        pos = tag.split(".")[0]
        free = data.free.get((lemma, pos)) if pos in CONTENT else None
        if free:
            out.append((index, set(free.lower().split(" "))))
    return out


def learn(corpus, years, min_count=MIN_COUNT, min_joint=MIN_JOINT, min_dice=MIN_DICE):
    """collocation → English group."""
    count_f, count_e, joint = Counter(), Counter(), Counter()
    for year in years:
        french, english, tagged = corpus.year(year)
        for found, groups, words in zip(french, english, tagged):
            count_e.update(groups)
            senses = explained(corpus.data, words)
            seen = set()
            for key, indexes in found:
                if key in seen:
                    continue
                seen.add(key)
                count_f[key] += 1
                outside = set().union(*(w for i, w in senses if i not in indexes))
                for group in groups:
                    if outside.isdisjoint(group.split(" ")):
                        joint[(key, group)] += 1
    by_key = defaultdict(list)
    for (key, group), c in joint.items():
        if c >= min_joint and count_f[key] >= min_count and 2 * c >= count_f[key]:
            by_key[key].append((group, c))
    result = {}
    for key in sorted(by_key):
        best = None
        for group, c in by_key[key]:
            dice = 2 * c / (count_f[key] + count_e[group])
            candidate = (-dice, -group.count(" "), group)
            if best is None or candidate < best:
                best = candidate
        if best is None or -best[0] < min_dice or best[2] in word_by_word(corpus.data, key):
            continue
        if one_side(corpus.data, key, best[2]):
            continue  # « autre chien » → "dog", « casquette jaune » → "yellow": drops a word, not a fixed group
        if corpus.english.verb_form_only(best[2].split(" ")[-1]):
            continue  # « ans de prison » → "sentenced", « président déchu » → "deposed": a noun group ends in a noun
        if " " not in best[2] and not corpus.english.may_be_noun(best[2]):
            continue  # « plus bas niveau » → "lowest", « droits civiques » → "civil": one word that is no noun
        if " " not in best[2] and corpus.english.cased(best[2]) != best[2]:
            continue  # a name ("Charest" for « commission d'enquête »): news about one case, not a rendering
        result[key] = best[2]
    return result


def contains(groups, group):
    return group in groups


def evaluate(corpus, learnt, year):
    french, english, _ = corpus.year(year)
    gain = loss = matched = 0
    for found, groups in zip(french, english):
        for key in {c for c, _ in found}:
            if key not in learnt:
                continue
            matched += 1
            plain = word_by_word(corpus.data, key)
            has_group = learnt[key] in groups
            has_plain = any(p in groups for p in plain)
            gain += has_group and not has_plain
            loss += has_plain and not has_group
    return gain, loss, matched


def surface_forms(corpus, years, learnt):
    """(french surface, plural) for each learnt collocation: forms seen in training and their other number."""
    morph = defaultdict(list)
    for form, lemma, tags in read_tsv("fr.morph.tsv"):
        morph[lemma].append((form, tags.split(".")))
    seen = defaultdict(set)
    for year in years:
        found_lines, _, french = corpus.year(year)
        for found, words in zip(found_lines, french):
            for key, indexes in found:
                if key in learnt:
                    seen[key].add(tuple(words[i][0].lower() for i in indexes))

    def forms(lemma, pos, number, gender=None):
        out = set()
        for form, tags in morph.get(lemma, ()):
            if tags[0] != pos or form != form.lower():
                continue
            if number not in tags and "sp" not in tags:
                continue
            if gender and not ({gender, "mf"} & set(tags)):
                continue
            out.add((form, next((t for t in tags if t in ("m", "f", "mf")), None)))
        return out

    rows = {}
    for key, english in learnt.items():
        kind, a, b = key
        for number in ("sg", "pl"):
            surfaces = set()
            if kind == "n-de-n":
                complements = {s[2] for s in seen[key]}
                for noun, _ in forms(a, "n", number):
                    for complement in complements:
                        surfaces.add(f"{noun} de {complement}" if not complement[0] in "aeiouéèêhâîôû"
                                     else f"{noun} d'{complement}")
            else:
                noun_lemma, adj_lemma = (a, b) if kind == "n-adj" else (b, a)
                for noun, gender in forms(noun_lemma, "n", number):
                    genders = {"m", "f"} if gender in (None, "mf") else {gender}
                    for g in genders:
                        for adjective, _ in forms(adj_lemma, "adj", number, g):
                            surfaces.add(f"{noun} {adjective}" if kind == "n-adj" else f"{adjective} {noun}")
            target = corpus.english.cased(english if number == "sg" else english_plural(corpus, english))
            for surface in surfaces:
                rows.setdefault(surface, target)
    return rows


def english_plural(corpus, group):
    return corpus.english.pluralize(group)


def header():
    return ("french<TAB>english<TAB>pos (as fr-en.mwe.tsv); generated by scripts/build-lexicons (collocations.py) from "
            "the line-aligned WMT newstest 2009-2012 (research use; French side tagged by Apertium fra-cat), "
            "fr.morph.tsv, fr-en.bilingual.tsv, fr-en.sense-preferences.tsv, fr-en.sense-overrides.tsv, "
            "fr-en.closed-class.tsv, en.inflection.tsv and en.inflection-overrides.tsv, English word classes from "
            f"{source_label('lemminflect')}, "
            f"uncounted heads from {source_label('wordfreq')}; "
            "French noun+adjective, adjective+noun and noun+de+noun "
            f"whose English word group has dice>={MIN_DICE} (>= {MIN_JOINT} lines) and differs from the "
            "word-by-word rendering")


def rows_for(corpus, years):
    learnt = learn(corpus, years)
    handwritten = {row[0].lower() for row in read_tsv("fr-en.mwe.tsv")}
    forms = surface_forms(corpus, years, learnt)
    return [(french, english, "n") for french, english in sorted(forms.items()) if french not in handwritten]


def build():
    corpus = Corpus()
    rows = rows_for(corpus, TRAINING_YEARS)
    write_tsv("fr-en.collocations.tsv", header(), rows)


def tune():
    corpus = Corpus()
    print("min_count\tmin_joint\tmin_dice\tlearnt\tmatched\tgain\tloss\tnet")
    for min_count in (2, 3, 4, 5):
        for min_joint in (2, 3, 4):
            for min_dice in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
                learnt = learn(corpus, ("2009", "2010"), min_count, min_joint, min_dice)
                gain, loss, matched = evaluate(corpus, learnt, "2011")
                print(f"{min_count}\t{min_joint}\t{min_dice}\t{len(learnt)}\t{matched}\t{gain}\t{loss}\t{gain - loss}",
                      flush=True)


def main(argv):
    """`tune`, `show YEARS` (learnt pairs), or `write YEARS OUT` (a file learnt from other years)."""
    if argv[:1] == ["tune"]:
        tune()
    elif argv[:1] == ["show"] and len(argv) == 2:
        corpus = Corpus()
        for key, english in sorted(learn(corpus, tuple(argv[1].split(","))).items()):
            print(" ".join(key), "→", english)
    elif argv[:1] == ["write"] and len(argv) == 3:
        corpus = Corpus()
        rows = rows_for(corpus, tuple(argv[1].split(",")))
        write_tsv(argv[2], header(), rows, path=argv[2])
    else:
        print("usage: collocations.py tune | show YEARS | write YEAR,YEAR,... OUT", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
