# Licensed under the Apache License, Version 2.0.
"""Reads the FreeDict dictd databases (Debian dict-freedict-fra-eng / dict-freedict-eng-fra)."""

import gzip
import re

DICTD = "/usr/share/dictd"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD = re.compile(r"^(?P<head>.*?)\s*(?:/[^/]*/)?\s*(?:<(?P<pos>[^>]*)>)?\s*$")


def _b64(text):
    value = 0
    for c in text:
        value = value * 64 + _B64.index(c)
    return value


def entries(name):
    """Yields (headword, pos hint or '', [sense strings]) of freedict-<name>, in index order.

    A sense string is one numbered line (or the single definition line), still comma-separated.
    """
    with gzip.open(f"{DICTD}/freedict-{name}.dict.dz", "rb") as f:
        data = f.read()
    with open(f"{DICTD}/freedict-{name}.index", encoding="utf-8") as index:
        for line in index:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue
            start, length = _b64(parts[1]), _b64(parts[2])
            text = data[start:start + length].decode("utf-8")
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if len(lines) < 2:
                continue
            m = _HEAD.match(lines[0])
            head = (m.group("head") if m else lines[0]).strip()
            pos = (m.group("pos") or "") if m else ""
            senses = [re.sub(r"^\d+\.\s*", "", l) for l in lines[1:]]
            yield head, pos, senses


def split_sense(sense):
    """Comma/semicolon-separated alternatives of one sense line, parentheticals removed."""
    sense = re.sub(r"\([^)]*\)", " ", sense)
    sense = re.sub(r"\[[^\]]*\]", " ", sense)
    out = []
    for part in re.split(r"[,;]", sense):
        part = " ".join(part.split())
        if part:
            out.append(part)
    return out
