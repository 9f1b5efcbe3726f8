# Licensed under the Apache License, Version 2.0.
"""French word forms the Apertium analyser lacks, from the Dicollecte hunspell dictionary.

Source: Debian `hunspell-fr-comprehensive` (Dicollecte "toutes variantes" dictionary, MPL-2.0), read with the
Debian `hunspell` (`hunspell -m`, morphological analysis) and `hunspell-tools` (`unmunch`, affix expansion).
apertium-fra-cat misses common words such as `ivre`, `tricherie`, `inchangé`, `investiguer`, `moustachu`, `mémo`;
Dicollecte lists them with their part of speech (`ivre/S.() po:adj is:epi`).

Only forms Apertium does not analyse at all are added, so no analysis of a known form changes. Entries used:
lower-case nouns, adjectives, adverbs and verbs (`po:nom`, `po:adj`, `po:adv`, `po:v1…`/`v2…`/`v3…`) whose
headword is letters and hyphens. Each entry's forms come from `unmunch` (candidates only: its output mixes
affix flags in) and are kept when `hunspell -m` analyses them with that headword as stem; the analysis is mapped to
Apertium tags (`po:nom is:fem is:pl` → `n.f.pl`, `po:adj is:epi is:inv` → `adj.mf.sp`,
`po:ipre po:spre po:1sg po:3sg` → `vblex.pri.p1.sg`, `vblex.pri.p3.sg`, `vblex.prs.p1.sg`, `vblex.prs.p3.sg`;
past participles take gender and number from their ending: `investiguées` → `vblex.pp.f.pl`).
Filters: only forms French text uses (listed by PyPI wordfreq's French list; wordfreq only filters, no frequency is
copied), not forms at least ENGLISH_MARGIN Zipf units more frequent in English (`business`, `for` stay English
pass-throughs), and not spellings that differ from an Apertium form only by fewer accents (`cout`, `aout`,
`entrainer`: the translator's accent restorer reads those as coût, août, entraîner).
Deterministic: sorted output; the hunspell/unmunch runs are cached in the work directory.
"""

import os
import re
import subprocess
import unicodedata

from wordfreq import zipf_frequency

from common import log, source_label, work_path

DICTIONARY = "/usr/share/hunspell/fr"
PACKAGES = ["hunspell-fr-comprehensive", "hunspell", "hunspell-tools", "wordfreq"]
HEADWORD = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ]+(?:-[a-zàâäçéèêëîïôöùûüÿœæ]+)*$")
# A form at least this much more frequent in English than in French (Zipf units) is left to pass through.
ENGLISH_MARGIN = 1.0
GENDER = {"mas": "m", "fem": "f", "epi": "mf"}
NUMBER = {"sg": "sg", "pl": "pl", "inv": "sp"}
TENSE = {"infi": "inf", "ppre": "ger", "ipre": "pri", "iimp": "pii", "ipsi": "ifi", "ifut": "fti", "cond": "cni",
         "spre": "prs", "simp": "pis", "impe": "imp", "ppas": "pp"}
PERSON = {"1sg": ("p1", "sg"), "2sg": ("p2", "sg"), "3sg": ("p3", "sg"), "1pl": ("p1", "pl"),
          "2pl": ("p2", "pl"), "3pl": ("p3", "pl")}


def _folded(form):
    return "".join(c for c in unicodedata.normalize("NFD", form.lower()) if unicodedata.category(c) != "Mn")


def _accent_count(form):
    return sum(1 for c in unicodedata.normalize("NFD", form) if unicodedata.category(c) == "Mn")


def _entry_pos(fields):
    """Apertium POS of a dictionary entry's `po:` fields: subset of {n, adj, adv, vblex}."""
    result = set()
    for value in fields.get("po", ()):
        if value == "nom":
            result.add("n")
        elif value == "adj":
            result.add("adj")
        elif value == "adv":
            result.add("adv")
        elif re.match(r"^v[123]_", value):
            result.add("vblex")
    return result


def _fields(text):
    fields = {}
    for item in text.split():
        if ":" in item:
            key, value = item.split(":", 1)
            fields.setdefault(key, []).append(value)
    return fields


def entries():
    """Sorted (headword, pos set) of the usable dictionary entries and the raw `.dic` lines they come from."""
    chosen, lines = {}, []
    with open(DICTIONARY + ".dic", encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            word_part, _, rest = line.partition(" ")
            if "\t" in word_part:
                word_part, _, more = word_part.partition("\t")
                rest = more + " " + rest
            word = word_part.split("/", 1)[0]
            if not HEADWORD.match(word):
                continue
            poses = _entry_pos(_fields(rest))
            if not poses:
                continue
            chosen.setdefault(word, set()).update(poses)
            lines.append(line)
    return chosen, lines


def _candidates(lines):
    """Candidate surface forms of the entries (unmunch)."""
    dic = work_path("dicollecte.entries.dic")
    with open(dic, "w", encoding="utf-8") as out:
        out.write(f"{len(lines)}\n")
        for line in lines:
            out.write(line + "\n")
    text = subprocess.run(["unmunch", dic, DICTIONARY + ".aff"], capture_output=True, check=True).stdout
    forms = set()
    for raw in text.decode("utf-8", "replace").split("\n"):
        form = raw.split("/", 1)[0].strip()
        if form and HEADWORD.match(form):
            forms.add(form)
    return forms


def _analyse(forms):
    """form → list of field dicts (`hunspell -m`), one per analysis."""
    text = "\n".join(sorted(forms)) + "\n"
    out = subprocess.run(["hunspell", "-d", DICTIONARY, "-m", "-i", "utf-8"], input=text.encode("utf-8"),
                         capture_output=True, check=True).stdout.decode("utf-8", "replace")
    result = {}
    for line in out.split("\n"):
        parts = line.split(None, 1)
        if len(parts) != 2 or "st:" not in parts[1]:
            continue
        result.setdefault(parts[0], []).append(_fields(parts[1]))
    return result


def _participle_tags(form):
    """Gender and number of a regular past participle from its ending (`-é`, `-ée`, `-és`, `-ées`; also
    `-i`, `-u`, `-t`): hunspell gives them only for some verbs."""
    for ending, tags in (("es", ["f", "pl"]), ("e", ["f", "sg"]), ("s", ["m", "pl"]), ("", ["m", "sg"])):
        stem = form[:len(form) - len(ending)] if ending else form
        if form.endswith(ending) and stem[-1:] in ("é", "i", "u", "t"):
            return tags
    return None


def _tags(fields, pos, form):
    """Apertium tag lists for one hunspell analysis read as `pos`."""
    values = fields.get("po", ())
    if pos in ("n", "adj"):
        wanted = "nom" if pos == "n" else "adj"
        if wanted not in values:
            return []
        genders = [GENDER[g] for g in fields.get("is", ()) if g in GENDER]
        numbers = [NUMBER[n] for n in fields.get("is", ()) if n in NUMBER]
        if len(genders) != 1 or len(numbers) != 1:
            return []
        return [[pos, genders[0], numbers[0]]]
    if pos == "adv":
        return [["adv"]] if "adv" in values else []
    tenses = [TENSE[v] for v in values if v in TENSE]
    if not tenses or not any(re.match(r"^v[123]_", v) for v in values):
        return []
    if tenses == ["inf"] or tenses == ["ger"]:
        return [["vblex", tenses[0]]]
    if tenses == ["pp"]:
        agreement = _participle_tags(form)
        return [["vblex", "pp"] + agreement] if agreement else []
    if "inf" in tenses or "ger" in tenses or "pp" in tenses:
        return []
    persons = [PERSON[v] for v in values if v in PERSON]
    return [["vblex", tense, person, number] for tense in tenses for person, number in persons
            if not (tense == "imp" and person == "p3")]


def analyses(known_forms, sources=()):
    """Set of (form, lemma, tags) for forms not in `known_forms` (the Apertium forms) that French text uses
    (listed by wordfreq) and that are not rather English words (`for`, `business`: English Zipf frequency at
    least one above the French one); cached in the work directory (rebuilt when the dictionary or one of
    `sources`, the files `known_forms` come from, is newer)."""
    cache = work_path("dicollecte.analyses.tsv")
    inputs = [DICTIONARY + ".dic", *sources]
    if os.path.exists(cache) and all(os.path.getmtime(cache) >= os.path.getmtime(path) for path in inputs):
        with open(cache, encoding="utf-8") as f:
            return {tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()}
    rows = _analyses(known_forms)
    with open(cache + ".tmp", "w", encoding="utf-8") as out:
        for row in sorted(rows):
            out.write("\t".join(row) + "\n")
    os.replace(cache + ".tmp", cache)
    return rows


def _analyses(known_forms):
    chosen, lines = entries()
    forms = _candidates(lines) | set(chosen)
    # Spellings that differ from a form Apertium knows only by missing or wrong accents (`cout` for coût, the
    # 1990 reform's `entrainer`, `députes` beside députés) are left to the translator's accent restorer.
    accents = {}
    for form in known_forms:
        key = _folded(form)
        accents[key] = max(accents.get(key, 0), _accent_count(form))
    unknown = {f for f in forms if f not in known_forms and _accent_count(f) > accents.get(_folded(f), -1)}
    log(f"dicollecte: {len(chosen)} headwords, {len(forms)} candidate forms, {len(unknown)} unknown to Apertium")
    analysed = _analyse(unknown)
    rows = set()
    for form, readings in analysed.items():
        for fields in readings:
            for lemma in fields.get("st", ()):
                for pos in sorted(chosen.get(lemma, ())):
                    for tags in _tags(fields, pos, form):
                        rows.add((form, lemma, ".".join(tags)))
    french, english = {}, {}
    for form in {r[0] for r in rows}:
        french[form] = zipf_frequency(form, "fr")
        english[form] = zipf_frequency(form, "en")
    rows = {r for r in rows if french[r[0]] > 0 and english[r[0]] < french[r[0]] + ENGLISH_MARGIN}
    log(f"dicollecte: {len(rows)} analyses of {len({r[0] for r in rows})} forms added")
    return rows


def label():
    return ", ".join(source_label(p) for p in PACKAGES)


def available():
    return os.path.exists(DICTIONARY + ".dic")
