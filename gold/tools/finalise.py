"""Finalise gold files written in a scratch folder: validate, normalise, strip research-only text.

Annotators label in a scratch folder with every span's ``text`` present, so each can be checked
against the raw text. This script checks every span (``raw[start:end] == text``), fills in
``text_sha256``, sorts the items as the guideline says, and writes ``gold/<doc_id>.json``; for a
document whose text is in a research-only dataset (``"text": {"dataset": ...}``) it drops the
span texts and the notes that quote them, which may not be committed, keeping the offsets.

    python gold/tools/finalise.py /tmp/gold-work/*.json --out gold/
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from extract.goldset import gold_text  # noqa: E402
from extract.records import iter_spans, offset_errors, text_sha256  # noqa: E402

RESEARCH_ONLY_NOTES = (
    "Judgement calls were noted in the scratch copy; they quote the research-only text, so they "
    "are not committed (GUIDELINES.md §1.3)."
)
KEY_ORDER = ("doc_id", "text", "text_sha256", "published", "annotation",
             "entities", "money", "dates", "relations")  # fmt: skip


def finalise(gold: dict[str, Any], shared: Path) -> tuple[dict[str, Any], list[str]]:
    raw = gold_text(gold, ROOT, shared)
    if raw is None:
        return gold, [f"{gold['doc_id']}: its text is not available here"]
    errors = [f"{gold['doc_id']}: {e}" for e in offset_errors(gold, raw)]
    errors += [
        f"{gold['doc_id']}: {where}: span without text in the scratch copy"
        for where, span in iter_spans(gold)
        if "text" not in span
    ]
    gold["text_sha256"] = text_sha256(raw)
    for layer in ("entities", "money", "dates"):
        gold[layer] = sorted(gold.get(layer, []), key=lambda i: (i["start"], i["end"]))
    for relation in gold.get("relations", []):
        relation.pop("rule", None)
        relation["args"] = dict(sorted(relation["args"].items()))
    gold["relations"] = sorted(
        gold.get("relations", []),
        key=lambda r: (
            r["evidence"]["start"],
            min(a["start"] for a in r["args"].values()),
            r["type"],
        ),
    )
    for layer in ("entities", "money", "dates"):
        for item in gold[layer]:
            item.pop("rule", None)
    if "dataset" in gold["text"]:
        for _, span in iter_spans(gold):
            span.pop("text", None)
        # Notes quote the text they discuss: for a research-only text they stay in the scratch
        # copy, and the committed file says so.
        for layer in ("entities", "money", "dates", "relations"):
            for item in gold.get(layer, []):
                item.pop("note", None)
        if gold.get("annotation", {}).get("notes"):
            gold["annotation"]["notes"] = RESEARCH_ONLY_NOTES
    ordered = {key: gold[key] for key in KEY_ORDER if key in gold}
    ordered.update({k: v for k, v in gold.items() if k not in ordered})
    return ordered, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "gold")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    failed = 0
    for path in args.files:
        gold, errors = finalise(json.loads(path.read_text(encoding="utf-8")), args.shared)
        for error in errors:
            print(f"{path}: {error}", file=sys.stderr)
        if errors:
            failed += 1
            continue
        target = args.out / f"{gold['doc_id']}.json"
        target.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path} -> {target}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
