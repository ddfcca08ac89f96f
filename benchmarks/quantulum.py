"""quantulum3 beside newsclaims: number detection on the annotated claims set.

Run ``.venv/bin/python benchmarks/quantulum.py``. quantulum3 (0.10.0, without its classifier
extra) reads the same cleaned text our pipeline reads; each quantity it finds (its value and span)
is matched to the gold mentions by the rules of ``benchmarks/claims.py``. quantulum3 has no notion
of a claim, so only detection is scored: a quantity is right when it lands on a gold claim's number.
Prints a Markdown table of both tools, ready for ``benchmarks/README.md``.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims  # noqa: E402  (the sibling benchmark module)


def quantulum_predictions(doc: claims.GoldDoc, raw: str) -> list[claims.Prediction]:
    """quantulum3's quantities in the cleaned article, carried back to raw offsets."""
    with warnings.catch_warnings():  # "classifier dependencies not installed": expected
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        article = claims.read_article(doc, raw)
        found = parser.parse(article.text)
    aligner = claims.Aligner(raw, article.text)
    predictions = []
    for quantity in found:
        start, end = aligner.span(*quantity.span)
        predictions.append(claims.Prediction(quantity.surface, start, end, quantity.value))
    return predictions


def table(rows: dict[str, dict[str, float]]) -> str:
    """A Markdown table of detection scores, one row per tool."""
    lines = ["| tool | predicted | detection P | detection R | detection F1 |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, m in rows.items():
        lines.append(f"| {name} | {m['predicted']} | {m['detection_p']:.3f} | {m['detection_r']:.3f} "
                     f"| {m['detection_f1']:.3f} |")
    return "\n".join(lines)


def main() -> int:
    ours = claims.evaluate().metrics()
    theirs = claims.evaluate(quantulum_predictions).metrics()
    print(f"{ours['gold_claims']} gold claims\n")
    print(table({"newsclaims": ours, "quantulum3 0.10.0": theirs}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
