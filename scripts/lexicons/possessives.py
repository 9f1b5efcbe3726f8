# Licensed under the Apache License, Version 2.0.
"""en.possessives.tsv: which English nouns news English puts in a possessive ("the government's decision",
"China's exports") rather than an of-phrase ("the president of the Republic", "the rest of the world"), so that the
translator turns French `le N1 de X` into "X's N1" only where English would.

Source: the English side of WMT newstest (the training years, common.TRAINING_YEARS; 2013 is never read), counted
monolingually: a possessive is `X's [adjectives] N` (or `X' N` after a plural), an of-phrase is
`the [adjectives] N of [the] X`, where X is a name (a capitalised word not opening the sentence) or `the` + a
lower-case noun. Nouns are reduced to their lemma with lemminflect; after 's, N is the last noun of up to three
nouns and adjectives ("X's official statement" → statement); before of, an adjective is a word lemminflect knows
as one and not as a noun.

Rows: `lemma<TAB>role<TAB>possessives<TAB>of-phrases`, role `owner` (X: a common noun that owns, "the
government's") or `owned` (N: a noun that is owned, "'s decision"). A noun is listed when it was seen in the
possessive at least MIN_POSSESSIVES times and at least RATIO times as often as in the of-phrase: French `le N1 de X`
has a possessive in the English reference only about one time in ten (newstest 2009-2011), so the translator turns
round only nouns English clearly prefers in the possessive; looser lists (every noun seen more often in the
possessive) lowered chrF on the held-out newstest2012. Deterministic.
"""

import re
from collections import Counter

from common import TRAINING_YEARS, log, newstest_lines, pip_version, write_tsv

MIN_POSSESSIVES = 3
RATIO = 2
TOKEN = re.compile(r"[A-Za-z][A-Za-z\-\.]*|'s|’s|'|’|\S")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
               "some", "any", "no", "every", "each", "all", "both"}
FUNCTION = DETERMINERS | {"of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
                          "was", "are", "were", "be", "been", "it", "he", "she", "they", "we", "i", "you", "not",
                          "who", "which", "what", "than", "one", "more", "most", "other", "such", "only", "own"}


def _lemmas(word):
    from lemminflect import getAllLemmas
    return getAllLemmas(word.lower())


def _noun(word):
    """The noun lemma of a lower-case word, or None."""
    if not re.fullmatch(r"[a-z][a-z\-]+", word) or word in FUNCTION:
        return None
    lemmas = _lemmas(word).get("NOUN")
    return lemmas[0] if lemmas else None


def _adjective(word):
    if not re.fullmatch(r"[a-z][a-z\-]+", word) or word in FUNCTION:
        return False
    lemmas = _lemmas(word)
    return "ADJ" in lemmas and "NOUN" not in lemmas


def _name(tokens, index):
    return tokens[index][:1].isupper() and index > 0 and tokens[index].lower() not in FUNCTION


def _owned_after(tokens, start):
    """The noun lemma of `[adjectives] N` starting at `start` (the last noun of up to three nouns and adjectives:
    "'s official statement" → statement), or None."""
    owned = None
    for cursor in range(start, min(start + 3, len(tokens))):
        noun = _noun(tokens[cursor])
        if noun:
            owned = noun
        elif not _adjective(tokens[cursor]):
            break
    return owned


def count(lines):
    """(possessive, of-phrase) counters for owned nouns and for common-noun owners."""
    owned_poss, owned_of, owner_poss, owner_of = Counter(), Counter(), Counter(), Counter()
    for line in lines:
        tokens = TOKEN.findall(line)
        for index in range(1, len(tokens) - 1):
            token = tokens[index]
            if token in ("'s", "’s") or (token in ("'", "’") and tokens[index - 1].endswith("s")):
                owner = index - 1
                if _name(tokens, owner):
                    kind = None
                elif index >= 2 and tokens[index - 2].lower() == "the" and _noun(tokens[owner]):
                    kind = _noun(tokens[owner])
                else:
                    continue
                owned = _owned_after(tokens, index + 1)
                if owned is None:
                    continue
                owned_poss[owned] += 1
                if kind:
                    owner_poss[kind] += 1
            elif token == "of" and index >= 2:
                # the [adjectives] N of [the] X
                noun = _noun(tokens[index - 1])
                if noun is None:
                    continue
                cursor = index - 2
                while cursor > 0 and index - 1 - cursor <= 2 and _adjective(tokens[cursor]):
                    cursor -= 1
                if tokens[cursor].lower() != "the":
                    continue
                after = index + 1
                if tokens[after].lower() == "the" and after + 1 < len(tokens):
                    after += 1
                    if _name(tokens, after):
                        owned_of[noun] += 1
                    elif _noun(tokens[after]) and not (after + 1 < len(tokens) and _noun(tokens[after + 1])):
                        owned_of[noun] += 1
                        owner_of[_noun(tokens[after])] += 1
                elif _name(tokens, after):
                    owned_of[noun] += 1
    return owned_poss, owned_of, owner_poss, owner_of


def select(possessives, of_phrases, role):
    rows = []
    for lemma in sorted(set(possessives) | set(of_phrases)):
        p, o = possessives[lemma], of_phrases[lemma]
        if p >= MIN_POSSESSIVES and p >= RATIO * o:
            rows.append((lemma, role, str(p), str(o)))
    return rows


def build():
    lines = [line for year in TRAINING_YEARS for line in newstest_lines(year, "en")]
    owned_poss, owned_of, owner_poss, owner_of = count(lines)
    rows = sorted(select(owner_poss, owner_of, "owner") + select(owned_poss, owned_of, "owned"))
    log(f"possessives: {sum(1 for r in rows if r[1] == 'owner')} owners, {sum(1 for r in rows if r[1] == 'owned')} owned")
    write_tsv("en.possessives.tsv",
              "lemma<TAB>role (owner: X of \"X's N\"; owned: N)<TAB>possessives<TAB>of-phrases; nouns news "
              "English clearly prefers in a possessive; generated by scripts/build-lexicons "
              f"(possessives.py) from the English side of WMT newstest {','.join(TRAINING_YEARS)} with lemminflect "
              f"{pip_version('lemminflect')}", rows)
