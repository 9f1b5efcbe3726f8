#!/usr/bin/env python3
# Licensed under the Apache License, Version 2.0.
"""Learns the extractive summariser's feature weights (Lexicons/<lang>.summary.weights.tsv).

The features are computed by fr2en itself (`fr2en summarize --jsonl-input DATA --dump-features`), so training and
use share one implementation. Each candidate sentence gets a label from the data set's reference summary:

  --target extract  the reference is an extract (BBC News extractive): a sentence is positive when its text, with
                    case and spacing normalised, occurs in the reference (at least 4 words).
  --target title    the record's title is a short abstractive stand-in for a summary: the one sentence with the
                    best unigram F1 against the title is positive. Used for French, whose news summaries are short
                    abstracts and for which no training data may be used (OrangeSum is evaluation only); the
                    titleSimilarity feature is then held at its prior, since it would leak the label.

--model gain (English, BBC): ridge regression of each sentence's ROUGE gain, the quantity a k-sentence extract
adds up: U x (reference unigrams it matches, clipped) + (reference bigrams it matches) - C x (its words), where U is
--unigram-weight and C --length-cost (the cost of words that dilute precision). A long sentence in the reference
is worth more than a short one, which a 0/1 label cannot say. The gain is then calibrated onto the extract labels
by a one-variable logistic fit (score = logistic(a x gain + b), a > 0: ranking unchanged) so that scores stay
probabilities for MMR and the pronoun tolerance. No coordinate ascent: it overfitted (5-fold CV on BBC-valid,
R1/R2: logistic + refinement 60.56/56.23 in-sample-tuned vs ridge gain 61.25/55.54).

--model logistic: logistic regression with an L2 penalty (Newton's method; deterministic), pointwise over all candidates.
Features listed in --fixed keep the given weight and enter as an offset (for signals the data cannot show, such as
paragraph starts in single-paragraph records). The regression predicts whether a sentence belongs to a summary,
not how much of the reference it covers, so --refine then adjusts the non-fixed weights by coordinate ascent on a
ROUGE proxy of the top-k sentences of every record: unigram plus bigram F1 of the chosen sentences' words
against the reference (or title) words, clipped counts, summed over the sentences. Then mmrLambda is chosen on
the same data by real ROUGE (/work/shared/tools/score-summaries or --scorer) among --lambdas.

Needs numpy (Debian python3-numpy or PyPI numpy). Usage:
  scripts/learn-summary-weights.py --fr2en .build/release/fr2en --data bbc-valid.jsonl --language en \
      --target extract --budget 3 --out Lexicons/en.summary.weights.tsv
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

PARAMETERS_DEFAULT = {
    "mmrLambda": 0.8,
    "maxSentences": 200,
    "pronounTolerance": 0.05,
    "shortSentenceWords": 6,
    "datelineMaxCharacters": 60,
    "titleMaxWords": 25,
    "lowLetterThreshold": 0.8,
    "textRankDamping": 0.85,
    "textRankIterations": 50,
}


def words(text):
    return re.findall(r"\w+", text.lower())


def normalise(text):
    return " ".join(words(text))


def unigram_f1(a, b):
    a, b = words(a), words(b)
    if not a or not b:
        return 0.0
    from collections import Counter
    overlap = sum((Counter(a) & Counter(b)).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(a), overlap / len(b)
    return 2 * p * r / (p + r)


def dump_features(fr2en, data, language, weights):
    cmd = [fr2en, "summarize", "--jsonl-input", data, "--input-language", language, "--dump-features"]
    if weights:
        cmd += ["--weights", weights]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def labels_for(rows, records, target):
    by_id = {r["id"]: r for r in records}
    labels = np.zeros(len(rows))
    if target == "extract":
        refs = {i: " " + normalise(r["summary"]) + " " for i, r in by_id.items()}
        for k, row in enumerate(rows):
            text = normalise(row["text"])
            if len(text.split()) >= 4 and (" " + text + " ") in refs[row["id"]]:
                labels[k] = 1
    else:
        best = {}
        for k, row in enumerate(rows):
            score = unigram_f1(row["text"], by_id[row["id"]].get("title", ""))
            if row["id"] not in best or score > best[row["id"]][0]:
                best[row["id"]] = (score, k)
        for score, k in best.values():
            if score > 0:
                labels[k] = 1
    return labels


def fit_logistic(x, y, offset, l2):
    """Newton's method for L2-penalised logistic regression (the bias column is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(100):
        z = x @ w + offset
        p = 1 / (1 + np.exp(-z))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


class Proxy:
    """Unigram + bigram F1 of the top-k sentences per record, from per-sentence clipped overlaps."""

    def __init__(self, rows, records, target, k, unigram_weight=1.0):
        from collections import Counter
        by_id = {r["id"]: r for r in records}
        self.k = k
        self.unigram_weight = unigram_weight
        self.docs = {}
        self.m1, self.m2, self.n1, self.n2 = (np.zeros(len(rows)) for _ in range(4))
        self.r1, self.r2 = {}, {}
        for i, row in enumerate(rows):
            doc = row["id"]
            reference = by_id[doc]["summary"] if target == "extract" else by_id[doc].get("title", "")
            if doc not in self.r1:
                ref = words(reference)
                self.r1[doc], self.r2[doc] = Counter(ref), Counter(zip(ref, ref[1:]))
            sent = words(row["text"])
            uni, bi = Counter(sent), Counter(zip(sent, sent[1:]))
            self.m1[i] = sum(min(c, self.r1[doc][w]) for w, c in uni.items())
            self.m2[i] = sum(min(c, self.r2[doc][w]) for w, c in bi.items())
            self.n1[i], self.n2[i] = len(sent), max(len(sent) - 1, 0)
            self.docs.setdefault(doc, []).append(i)
        self.docs = [np.array(v) for v in self.docs.values()]
        self.ref_len = [(sum(self.r1[d].values()), sum(self.r2[d].values())) for d in self.r1]

    def score(self, logits):
        total = 0.0
        for idx, (l1, l2) in zip(self.docs, self.ref_len):
            top = idx[np.argsort(-logits[idx], kind="stable")[: self.k]]
            for m, n, r, weight in ((self.m1, self.n1, l1, self.unigram_weight), (self.m2, self.n2, l2, 1.0)):
                hit, size = m[top].sum(), n[top].sum()
                if hit > 0 and size > 0 and r > 0:
                    p, rec = hit / size, min(hit / r, 1.0)
                    total += weight * 2 * p * rec / (p + rec)
        return total / len(self.docs)


def refine(x, weights_vector, names, fixed, proxy):
    """Coordinate ascent on the proxy over the non-fixed, non-bias weights; deterministic."""
    w = weights_vector.copy()
    logits = x @ w
    best = proxy.score(logits)
    for step in (1.0, 0.5, 0.25, 0.1):
        improved = True
        while improved:
            improved = False
            for j, name in enumerate(names):
                if name == "bias" or name in fixed:
                    continue
                for delta in (step, -step):
                    trial = logits + delta * x[:, j]
                    value = proxy.score(trial)
                    if value > best + 1e-6:
                        best, logits = value, trial
                        w[j] += delta
                        improved = True
                        break
    return w, best


def write_weights(path, features, weights, parameters, header):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n" if line else "#\n")
        f.write("# kind\tname\tvalue\n")
        for name in features:
            f.write(f"feature\t{name}\t{weights[name]:.4f}\n")
        for name, value in parameters.items():
            value = int(value) if float(value).is_integer() else value
            f.write(f"parameter\t{name}\t{value}\n")


def rouge(fr2en, data, language, weights, budget, scorer):
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        subprocess.run([fr2en, "summarize", "--jsonl-input", data, "--input-language", language,
                        "--output-language", language, "--weights", weights] + budget,
                       check=True, stdout=out)
    result = subprocess.run([scorer, out.name, data, language], check=True, capture_output=True, text=True).stdout
    os.unlink(out.name)
    return {k: float(v) for k, v in re.findall(r"(R1|R2|RLsum)=([\d.]+)", result)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fr2en", required=True, help="path of a (release) fr2en binary")
    ap.add_argument("--data", required=True, help="training JSON Lines: id, text, summary (and title)")
    ap.add_argument("--language", choices=["en", "fr"], required=True, help="language of the data")
    ap.add_argument("--target", choices=["extract", "title"], required=True)
    ap.add_argument("--model", choices=["logistic", "gain"], default="logistic")
    ap.add_argument("--length-cost", type=float, default=0.45, help="--model gain: C, cost per sentence word")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--fixed", default="", help="name=weight,... features held at a prior weight")
    ap.add_argument("--budget", default="3", help="summary sentences for the ROUGE check (or wN for words)")
    ap.add_argument("--lambdas", default="1.0,0.9,0.8,0.7,0.6")
    ap.add_argument("--refine", type=int, default=3, help="k for the ROUGE-proxy refinement (0: none)")
    ap.add_argument("--unigram-weight", type=float, default=1.0, help="weight of unigram F1 against bigram F1")
    ap.add_argument("--scorer", default="/work/shared/tools/score-summaries")
    ap.add_argument("--base", help="weight file whose parameters are kept (default: built-in defaults)")
    ap.add_argument("--note", action="append", default=[], help="extra header line")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    records = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    parameters = dict(PARAMETERS_DEFAULT)
    if args.base:
        for line in open(args.base, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] == "parameter":
                parameters[parts[1]] = float(parts[2])
    rows = dump_features(args.fr2en, args.data, args.language, args.base)
    features = list(rows[0]["features"].keys())
    assert features[0] == "bias", "the first feature must be the bias"
    fixed = {}
    for item in filter(None, args.fixed.split(",")):
        name, value = item.split("=")
        assert name in features, f"unknown feature {name}"
        fixed[name] = float(value)
    free = [name for name in features if name not in fixed]
    x = np.array([[row["features"][name] for name in free] for row in rows])
    offset = np.array([sum(row["features"][name] * w for name, w in fixed.items()) for row in rows])
    y = labels_for(rows, records, args.target)
    # Standardise the free columns for a scale-free penalty, then map the weights back.
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    xs = (x - mean) / std
    if args.model == "gain":
        proxy = Proxy(rows, records, args.target, 3, args.unigram_weight)
        gain = args.unigram_weight * proxy.m1 + proxy.m2 - args.length_cost * proxy.n1
        penalty = args.l2 * np.eye(xs.shape[1])
        penalty[0, 0] = 0.0
        ws = np.linalg.solve(xs.T @ xs + penalty, xs.T @ gain)
        # Calibrate: logistic(a * prediction + b + fixed priors) on the labels; fold a and b into the weights.
        z = xs @ ws
        zs = (z - z.mean()) / z.std()
        ab = fit_logistic(np.column_stack([np.ones(len(z)), zs]), y, offset, 0.0)
        assert ab[1] > 0, "calibration must keep the ranking"
        scale = ab[1] / z.std()
        ws = ws * scale
        ws[0] += ab[0] - scale * z.mean()
    else:
        ws = fit_logistic(xs, y, offset, args.l2)
    w = ws / std
    w[0] = ws[0] - np.sum(ws[1:] * mean[1:] / std[1:])
    weights = dict(zip(free, w))
    weights.update(fixed)
    print(f"{len(records)} records, {len(rows)} candidates, {int(y.sum())} positive", file=sys.stderr)
    refined_note = ""
    if args.refine > 0:
        full = np.array([[row["features"][name] for name in features] for row in rows])
        vector = np.array([weights[name] for name in features])
        proxy = Proxy(rows, records, args.target, args.refine, args.unigram_weight)
        before = proxy.score(full @ vector)
        vector, after = refine(full, vector, features, fixed, proxy)
        weights = dict(zip(features, vector))
        refined_note = (f"ROUGE-proxy refinement (k={args.refine}, unigram weight {args.unigram_weight}): "
                        f"{before:.4f} -> {after:.4f}.")
        print(f"  {refined_note}", file=sys.stderr)
    for name in features:
        print(f"  {name:18s} {weights[name]:+.4f}{'  (fixed)' if name in fixed else ''}", file=sys.stderr)

    budget = ["--words", args.budget[1:]] if args.budget.startswith("w") else ["--sentences", args.budget]
    best = None
    for lam in [float(v) for v in args.lambdas.split(",")]:
        parameters["mmrLambda"] = lam
        write_weights(args.out, features, weights, parameters, [])
        scores = rouge(args.fr2en, args.data, args.language, args.out, budget, args.scorer)
        print(f"  mmrLambda={lam}: {scores}", file=sys.stderr)
        key = scores["R1"] + scores["R2"]
        if best is None or key > best[0]:
            best = (key, lam, scores)
    parameters["mmrLambda"] = best[1]
    header = [
        f"Extractive summariser weights ({args.language}): "
        + ("ridge regression of ROUGE gain, calibrated by a logistic fit" if args.model == "gain"
           else "logistic regression") + " over fr2en's own features.",
        f"Made by scripts/learn-summary-weights.py --model {args.model} --target {args.target} --l2 {args.l2}"
        + (f" --length-cost {args.length_cost}" if args.model == "gain" else "")
        + (f" --fixed {args.fixed}" if args.fixed else "") + f" --refine {args.refine} --unigram-weight {args.unigram_weight} --budget {args.budget} --lambdas {args.lambdas}",
        f"on {os.path.basename(args.data)} ({len(records)} records, {len(rows)} candidates, {int(y.sum())} positive);",
        f"mmrLambda chosen by R1+R2 on the same data: {best[2]}.",
    ] + ([refined_note] if refined_note else []) + [
    ] + args.note + [
        "Score = logistic(sum of weight x feature); features are described in SummaryFeature.swift.",
    ]
    write_weights(args.out, features, weights, parameters, header)
    print(f"wrote {args.out} (mmrLambda={best[1]})", file=sys.stderr)


if __name__ == "__main__":
    main()
