#!/usr/bin/env python3
"""Why each gold conflict of a bundle was or was not reported: a development aid, not a scorer.

usage: conflict_misses.py OUT_DIR ROOT...
OUT_DIR holds the `analyze --format json` outputs that `score_bundles.py --keep OUT_DIR` wrote (one NAME.json per
bundle). For every gold conflict it prints the facts the output holds for each side (the facts cited from the side's
document in a sentence holding the side's phrase, whose value or text shares the phrase's figures or words) and one
verdict: reported, no fact, split story, split event, different keys, or same key not flagged. A tally ends the list.
"""
import collections, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score_bundles import bundles, load_scorer  # noqa: E402

SCORER = load_scorer()


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return re.sub(r"[^a-z0-9]", "", s)


def figures(s):
    return set(re.findall(r"\d+(?:[.,]\d+)*", s or ""))


def words(s):
    return {w for w in re.findall(r"[a-z]{4,}", unicodedata.normalize("NFKC", s or "").lower())}


def side_facts(out, doc_of, side):
    phrase = squash(side["phrase"])
    found = []
    for f in out.get("facts", []):
        for src in f.get("sources", []):
            if doc_of.get(src.get("article")) != side["doc"] or phrase not in squash(src.get("sentence")):
                continue
            own = (f.get("text") or "") + " " + (f.get("value") or "")
            if figures(side["phrase"]) & figures(own) or (not figures(side["phrase"]) and words(side["phrase"]) & words(own)):
                found.append(f)
                break
    return found


def reported(out, doc_of, g):
    """The output conflict the scorer matches to gold conflict g (both phrases in its summary or claim texts), if any."""
    for c in out.get("conflicts", []):
        text = " || ".join([SCORER.norm(c.get("summary", ""))] + [SCORER.norm(cl.get("text", "")) for cl in c.get("claims", [])])
        if SCORER.norm(g["a"]["phrase"]) in text and SCORER.norm(g["b"]["phrase"]) in text:
            return c
    return None


def verdict(out, doc_of, g):
    if reported(out, doc_of, g):
        return "reported", [], []
    fa, fb = side_facts(out, doc_of, g["a"]), side_facts(out, doc_of, g["b"])
    if not fa or not fb:
        return "no fact " + ("a" if not fa else "") + ("b" if not fb else ""), fa, fb
    if not {f["story"] for f in fa} & {f["story"] for f in fb}:
        return "split story", fa, fb
    if not {f["event"] for f in fa} & {f["event"] for f in fb}:
        return "split event", fa, fb
    if not {f["key"] for f in fa} & {f["key"] for f in fb}:
        return "different keys", fa, fb
    return "same key not flagged", fa, fb


def main():
    out_dir, roots = sys.argv[1], sys.argv[2:]
    tally = collections.Counter()
    for bundle, gold_path in bundles(roots):
        name = os.path.basename(os.path.normpath(bundle))
        path = os.path.join(out_dir, name + ".json")
        if not os.path.isfile(path):
            continue
        out = json.load(open(path, encoding="utf-8"))
        gold = json.load(open(gold_path, encoding="utf-8"))
        doc_of = {a["id"]: os.path.basename(str(a.get("document", ""))) for a in out.get("articles", [])}
        print(f"## {name}")
        for g in gold.get("conflicts", []):
            v, fa, fb = verdict(out, doc_of, g)
            tally[(g["kind"], v.split(" a")[0].split(" b")[0] if v.startswith("no fact") else v)] += 1
            print(f"  [{v}] {g['kind']}: {g['a']['phrase']} ({g['a']['doc'][:18]}) / {g['b']['phrase']} ({g['b']['doc'][:18]})")
            for label, fs in (("a", fa), ("b", fb)):
                for f in fs[:3]:
                    print(f"      {label}: {f['key']} = {f.get('value')} [{f['event'][-6:]}/{f['story'][-6:]}]")
    print("## tally")
    for (kind, v), n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {kind:9s} {v}")


if __name__ == "__main__":
    main()
