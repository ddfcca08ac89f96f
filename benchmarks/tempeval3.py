"""TempEval-3 temporal-expression benchmark: strict/relaxed extent P/R/F1 and value F1.

Usage::

    .venv/bin/python benchmarks/tempeval3.py ../shared/benchmarks/tempeval3 [--errors]

DIR holds ``te3-platinum/*.tml`` (gold TimeML; a directory of ``.tml`` files works too). Each
document's raw text is its TEXT element with the tags removed (the same text as the task's
``.TE3input`` files); it is parsed the way extraction parses an article
(``newsclaims.extract.nlp.parse``: selective parsing with the model of ``nlp.load()``) and our
``timex.extract`` runs with the document creation time (DCT) as reference.

Scoring follows the official TempEval-3 script (UzZaman et al., 2013, ``evaluate_entities.py``):
the DCT timex (t0) is not scored; a system and a gold timex match *relaxed* when their extents
overlap (one to one) and *strict* when the extents are identical; P = matches / system timexes,
R = matches / gold timexes. Value (and type) accuracy is computed over relaxed matches, and
attribute F1 = accuracy x relaxed F1 (which equals the F1 of attribute-correct matches).
Anchors on this set: HeidelTime value F1 0.776, SUTime 0.674.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    dct: dt.date
    text: str
    timexes: tuple[Gold, ...]


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def p(self, n: int) -> float:
        return n / self.system if self.system else 0.0

    def r(self, n: int) -> float:
        return n / self.gold if self.gold else 0.0

    def f1(self, n: int) -> float:
        p, r = self.p(n), self.r(n)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.f1(self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.f1(self.relaxed)


def read_document(path: Path) -> Document:
    """Raw text, DCT and gold TIMEX3s (DCT excluded) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    parts: list[str] = []
    timexes: list[Gold] = []
    _walk(root.find("TEXT"), parts, timexes)
    return Document(path.name, dt.date.fromisoformat(dct.get("value")[:10]), "".join(parts), tuple(timexes))


def _walk(element: ET.Element, parts: list[str], timexes: list[Gold]) -> None:
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        _walk(child, parts, timexes)
        if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            timexes.append(Gold(start, end, text, child.get("type", ""), child.get("value", "")))
        parts.append(child.tail or "")


def documents(directory: Path) -> list[Document]:
    gold = directory / "te3-platinum" if (directory / "te3-platinum").is_dir() else directory
    return [read_document(path) for path in sorted(gold.glob("*.tml"))]


def score_document(doc: Document, found, scores: Scores) -> None:
    """Add one document's counts: one-to-one overlap matching in text order."""
    scores.gold += len(doc.timexes)
    scores.system += len(found)
    unused = list(found)
    for gold in doc.timexes:
        match = next((t for t in unused if t.start < gold.end and gold.start < t.end), None)
        if match is None:
            scores.errors.append(f"{doc.name}: missed {gold.text!r} {gold.type} {gold.value}")
            continue
        unused.remove(match)
        scores.relaxed += 1
        scores.strict += (match.start, match.end) == (gold.start, gold.end)
        scores.type += match.type == gold.type
        scores.value += match.value == gold.value
        if match.value != gold.value:
            scores.errors.append(f"{doc.name}: {gold.text!r} gold {gold.value} got {match.text!r} {match.value}")
    scores.errors += [f"{doc.name}: spurious {t.text!r} {t.type} {t.value}" for t in unused]


def evaluate(directory: Path, nlp=None) -> Scores:
    """Run the extractor over every gold document in ``directory`` and score it."""
    from newsclaims.extract import nlp as nlp_module, time as timex

    nlp = nlp or nlp_module.load()
    scores = Scores()
    for doc in documents(Path(directory)):
        score_document(doc, timex.extract(nlp_module.parse(doc.text, nlp), doc.dct), scores)
    return scores


def report(scores: Scores) -> str:
    lines = [f"gold timexes {scores.gold}, system timexes {scores.system}"]
    for name, n in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        lines.append(f"{name} extent  P {scores.p(n):.3f}  R {scores.r(n):.3f}  F1 {scores.f1(n):.3f}")
    lines.append(f"type accuracy {scores.type_accuracy:.3f}  type F1 {scores.type_f1:.3f}")
    lines.append(f"value accuracy {scores.value_accuracy:.3f}")
    lines.append(f"value F1 {scores.value_f1:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: benchmarks/tempeval3.py ../shared/benchmarks/tempeval3")
    parser.add_argument("directory", type=Path, help="TempEval-3 directory (with te3-platinum/)")
    parser.add_argument("--errors", action="store_true", help="list misses, wrong values and spurious timexes")
    args = parser.parse_args(argv)
    if not documents(args.directory):
        print(f"no .tml files under {args.directory}", file=sys.stderr)
        return 2
    scores = evaluate(args.directory)
    if args.errors:
        print("\n".join(scores.errors))
    print(report(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
