#!/usr/bin/env python3
"""Extracts every test article with the release binary and scores it against
its gold file: one row per article, a mean per set (dev, each hold-out).

    cargo build --release && python3 scripts/score-articles.py
"""

import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "entente"


def score(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.with_name(gold["document"])
    with tempfile.TemporaryDirectory() as tmp:
        predicted = pathlib.Path(tmp) / "pred.json"
        subprocess.run([BINARY, "extract", article, "-o", predicted], check=True, capture_output=True)
        out = subprocess.run([BINARY, "eval", predicted, gold_path, "--json"], check=True, capture_output=True, text=True)
    s = json.loads(out.stdout)
    return s["entities"]["f1"], s["pairs"]["f1"], s["typed"]["f1"]


def main():
    folders = [ROOT / "tests" / "articles"] + sorted(p for p in (ROOT / "tests" / "articles").iterdir() if p.is_dir())
    for folder in folders:
        rows = []
        for gold in sorted(folder.glob("*.gold.json")):
            rows.append((gold.name.removesuffix(".gold.json"), *score(gold)))
        if not rows:
            continue
        name = "dev" if folder.name == "articles" else folder.name
        print(f"\n{name}")
        for row in rows:
            print(f"  {row[0]:<50} {row[1]:.2f}  {row[2]:.2f}  {row[3]:.2f}")
        mean = [sum(r[k] for r in rows) / len(rows) for k in (1, 2, 3)]
        print(f"  {'mean':<50} {mean[0]:.2f}  {mean[1]:.2f}  {mean[2]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
