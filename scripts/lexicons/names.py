# Licensed under the Apache License, Version 2.0.
"""fr-en.names.tsv: names with a fixed English form.

From CLDR (via babel): territories, languages, scripts, months, days, currencies (singular and plural
names) and time-zone exemplar cities (kind `city`). Demonyms (russe → Russian) come from the French
adjectives of fr-en.bilingual.tsv whose best-ranked English lemma is a capitalised word;
all their French forms are listed, and capitalised French forms (un Russe, les Russes) get the English
noun (Russian, Russians).
Places CLDR lacks (Bavière → Bavaria, Francfort → Frankfurt, Amérique → America; kind `place`) come from the
proper nouns of fr-en.bilingual.tsv that fr.morph.tsv reads only as toponyms (`np.top`, never as a common word
or a person's name), whose best-ranked English is a capitalised name other than the French one: not a
truncation of it (Seine → Sein), not a demonym (Palestine → Palestinian), and not rarer in English (wordfreq)
than the French form itself (Turin, Congo, Zurich stay as written). Such a place is a `territory` (English names it
without an article: la Bavière → Bavaria) when its first WordNet 3.0 sense (Debian wordnet-base) is an instance of a
country, region, district, city, town or island and not of a body of water or an elevation (le Rhin → the Rhine).
Rows for one French key are ordered by kind priority, so a reader taking the first row gets the most
specific kind.
"""

import re
import unicodedata
from collections import defaultdict

from babel import Locale
from wordfreq import zipf_frequency

from common import deb_version, log, read_tsv, source_label, write_tsv

WORDNET = "/usr/share/wordnet"
# WordNet ancestors of a place that English names without "the", and of one that keeps it (rivers, seas, mountains).
BARE_ANCESTORS = {"administrative_district", "country", "region", "city", "town", "state", "continent",
                  "geographical_area", "island"}
ARTICLE_ANCESTORS = {"body_of_water", "natural_elevation", "geological_formation", "range", "mountain_range"}
KIND_ORDER = ["territory", "city", "place", "month", "day", "demonym", "language", "script", "currency"]
DEMONYM_MIN_WEIGHT = 0.26  # best sense of the French adjective must be capitalised and at least this weight


def variants(text):
    """The text and, if it has a typographic apostrophe or non-breaking space, its plain variant."""
    out = {text}
    plain = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    out.add(plain)
    return out


def cldr_rows():
    fr, en = Locale("fr"), Locale("en")
    rows = set()

    def add(fr_name, en_name, kind):
        if not fr_name or not en_name or "\t" in fr_name + en_name:
            return
        if re.search(r"[()\[\]]", fr_name):
            return
        for f in variants(fr_name):
            rows.add((f, en_name.replace("’", "'"), kind))

    for code, name in fr.territories.items():
        if code in en.territories and not code.isdigit() or code.isdigit():
            add(name, en.territories.get(code), "territory")
    for code, name in fr.languages.items():
        add(name, en.languages.get(code), "language")
    for code, name in fr.scripts.items():
        add(name, en.scripts.get(code), "script")
    for context in ("format", "stand-alone"):
        for key, name in fr.months[context]["wide"].items():
            add(name, en.months[context]["wide"][key], "month")
        for key, name in fr.days[context]["wide"].items():
            add(name, en.days[context]["wide"][key], "day")
    # Currency names in running text: CLDR's count forms (euro / euros, dollar des États-Unis / dollars des
    # États-Unis) rather than the title-case display names (Euro, US Dollar).
    plural_fr = fr._data["currency_names_plural"]
    plural_en = en._data["currency_names_plural"]
    for code in sorted(plural_fr):
        if code in plural_en:
            for count in ("one", "other"):
                f = plural_fr[code].get(count)
                e = plural_en[code].get(count) or plural_en[code].get("other")
                add(f, e, "currency")
    zones_fr, zones_en = fr._data["time_zones"], en._data["time_zones"]
    for zone, data in zones_fr.items():
        city_fr = data.get("city")
        city_en = zones_en.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if city_fr:
            add(city_fr, city_en, "city")
    return rows


def english_plural(noun):
    if re.search(r"(ese|ish|ch|ss|sh|x)$", noun):
        return noun
    return noun + "s"


def demonym_rows():
    best = defaultdict(list)
    for fr_lemma, pos, en_lemma, weight in read_tsv("fr-en.bilingual.tsv"):
        if pos == "adj":
            best[fr_lemma].append((en_lemma, float(weight)))
    demonyms = {}
    places = set(Locale("en").territories.values())
    for fr_lemma, senses in best.items():
        if not re.fullmatch(r"[a-zàâçéèêëîïôûùüÿœæ\-]+", fr_lemma):
            continue
        english, weight = senses[0]
        if english in places:
            continue  # ghanéen → Ghana: a place name, not an adjective
        if weight >= DEMONYM_MIN_WEIGHT and re.fullmatch(r"[A-Z][a-z\-]+", english):
            demonyms[fr_lemma] = english
    rows = set()
    for form, lemma, tags in read_tsv("fr.morph.tsv"):
        parts = tags.split(".")
        if parts[0] == "adj" and lemma in demonyms:
            english = demonyms[lemma]
            if form[:1].islower():
                rows.add((form, english, "demonym"))
            # Capitalised, the word is a noun (un Russe, les Russes).
            capital = form[:1].upper() + form[1:]
            if parts[-1] == "pl":
                rows.add((capital, english_plural(english), "demonym"))
            else:
                rows.add((capital, english, "demonym"))
    # A capitalised form that is both singular and plural (Chinois) keeps the singular first.
    return rows


def unaccented(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def wordnet_ancestors():
    """English noun (lower case, spaces as written) → the words of its first synset and all its (instance)
    hypernyms, from WordNet's index.noun and data.noun."""
    synsets = {}
    with open(f"{WORDNET}/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split("|")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            parents = [fields[at + 2 + 4 * k] for k in range(int(fields[at]))
                       if fields[at + 1 + 4 * k] in ("@", "@i") and fields[at + 3 + 4 * k] == "n"]
            synsets[fields[0]] = (words, parents)
    first = {}
    with open(f"{WORDNET}/index.noun", encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                fields = line.split()
                first[fields[0]] = fields[-int(fields[2])]

    def ancestors(noun):
        start = first.get(noun.lower().replace(" ", "_"))
        words, seen, todo = set(), set(), [start] if start else []
        while todo:
            offset = todo.pop()
            if offset not in seen:
                seen.add(offset)
                words.update(synsets[offset][0])
                todo.extend(synsets[offset][1])
        return words
    return ancestors


def place_rows(known, demonyms):
    """Toponyms of the bilingual dictionary that CLDR lacks (see the module doc)."""
    kinds, common = defaultdict(set), set()
    for form, _lemma, tags in read_tsv("fr.morph.tsv"):
        parts = tags.split(".")
        if parts[0] == "np":
            kinds[form].add(parts[1] if len(parts) > 1 else "")
        else:
            common.add(form.lower())
    best = {}
    for fr_name, pos, en_name, weight in read_tsv("fr-en.bilingual.tsv"):
        if pos == "np" and (fr_name not in best or float(weight) > best[fr_name][1]):
            best[fr_name] = (en_name, float(weight))
    ancestors = wordnet_ancestors()
    rows = set()
    for fr_name, (en_name, _weight) in best.items():
        if fr_name in known or kinds.get(fr_name) != {"top"} or fr_name.lower() in common:
            continue
        if en_name == fr_name or en_name in demonyms or not fr_name[:1].isupper():
            continue
        if not re.fullmatch(r"[A-Z][\w'\- ]*", en_name):
            continue
        if unaccented(fr_name) != en_name:
            if fr_name.startswith(en_name):
                continue
            if zipf_frequency(unaccented(fr_name), "en") >= zipf_frequency(en_name, "en"):
                continue
        kinds_of = ancestors(en_name)
        bare = bool(kinds_of & BARE_ANCESTORS) and not kinds_of & ARTICLE_ANCESTORS
        rows.add((fr_name, en_name, "territory" if bare else "place"))
    return rows


def build():
    rows = cldr_rows() | demonym_rows()
    rows |= place_rows({r[0] for r in rows}, {r[1] for r in rows if r[2] == "demonym"})
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    ordered = sorted(rows, key=lambda r: (r[0], order.get(r[2], len(order)), r[2], r[1]))
    write_tsv("fr-en.names.tsv",
              "fr<TAB>en<TAB>kind (territory, city, place, month, day, demonym, language, script, currency); generated by "
              f"scripts/build-lexicons (names.py) from CLDR via {source_label('babel')} and, for demonyms, "
              "fr-en.bilingual.tsv; places CLDR lacks from the toponyms of fr-en.bilingual.tsv and fr.morph.tsv, checked "
              f"with {source_label('wordfreq')} and WordNet 3.0 (wordnet-base {deb_version('wordnet-base')}); rows for one French key in kind priority order", ordered)
