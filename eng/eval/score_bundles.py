#!/usr/bin/env python3
"""Score `corroborate analyze --format json` on every bundle folder (one holding gold.json) under the given roots.

usage: score_bundles.py [--cli PATH] [--keep DIR] [--details] ROOT[=GOLD]...
Prints one row per bundle and a macro average over them. Scoring is ../shared/eval/score.py's own `compute`, imported
from the shared folder beside the checkout, so the figures are the scorer's. Exit 0 unless a bundle could not be run.
"""
import importlib.util, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCORER = os.path.join(os.path.dirname(REPO), "shared", "eval", "score.py")
COLUMNS = [("seg", "segmentation_recall"), ("leak", "boilerplate_leak_rate"), ("outlet", "outlet_accuracy"),
           ("title", "title_accuracy"), ("storyF", "story_f1"), ("eventF", "event_f1"), ("confR", "conflict_recall"),
           ("confP", "conflict_precision"), ("corrR", "corroboration_recall"), ("unrR", "unreliable_recall"),
           ("unrP", "unreliable_precision")]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bundles(roots):
    """(folder, gold path) of each bundle; ROOT=GOLD names a folder whose gold reading lies elsewhere (the seeds)."""
    for root in roots:
        if "=" in root:
            folder, gold = root.split("=", 1)
            yield folder, gold
            continue
        if os.path.isfile(os.path.join(root, "gold.json")):
            yield root, os.path.join(root, "gold.json")
            continue
        for name in sorted(os.listdir(root)):
            path = os.path.join(root, name)
            if os.path.isfile(os.path.join(path, "gold.json")):
                yield path, os.path.join(path, "gold.json")


def main():
    args = sys.argv[1:]
    cli = os.path.join(REPO, "corroborate")
    keep = None
    details = False
    roots = []
    while args:
        a = args.pop(0)
        if a == "--cli":
            cli = args.pop(0)
        elif a == "--keep":
            keep = args.pop(0)
        elif a == "--details":
            details = True
        else:
            roots.append(a)
    scorer = load_scorer()
    rows = []
    failed = False
    out_dir = keep or tempfile.mkdtemp(prefix="bundles-")
    os.makedirs(out_dir, exist_ok=True)
    for bundle, gold_path in bundles(roots):
        name = os.path.basename(os.path.normpath(bundle))
        docs = [os.path.join(bundle, f) for f in sorted(os.listdir(bundle)) if f != "gold.json" and not f.startswith(".")
                and f.lower().endswith((".txt", ".html", ".htm"))]
        out_path = os.path.join(out_dir, name + ".json")
        run = subprocess.run([cli, "analyze", *docs, "--format", "json", "--out", out_path], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{name}: analyze failed ({run.returncode}): {run.stderr.strip()[:300]}")
            failed = True
            continue
        gold = json.load(open(gold_path, encoding="utf-8"))
        out = json.load(open(out_path, encoding="utf-8"))
        metrics, leaks = scorer.compute(gold, out)
        rows.append((name, metrics))
        if details:
            print(f"## {name}")
            if leaks:
                print("  leaks: " + "; ".join(leaks))
            for c in out.get("conflicts", []):
                print("  conflict: " + c.get("summary", ""))
            for g in gold.get("conflicts", []):
                print(f"  gold conflict: {g['kind']} {g['a']['phrase']} / {g['b']['phrase']}")
            for x in out.get("assessments", []):
                if x.get("reliability", 1) < 0.5:
                    print(f"  flagged: {x['article']} {x['reliability']}")
    width = max([len(n) for n, _ in rows] + [7])
    print("bundle".ljust(width) + "".join(h.rjust(8) for h, _ in COLUMNS))
    for name, m in rows:
        print(name.ljust(width) + "".join(f"{m[k]:8.2f}" for _, k in COLUMNS))
    if rows:
        print("mean".ljust(width) + "".join(f"{sum(m[k] for _, m in rows) / len(rows):8.2f}" for _, k in COLUMNS))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
