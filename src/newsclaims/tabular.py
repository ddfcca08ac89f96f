"""Records as spreadsheet rows: one flat row per record, one value per cell.

Rules (CSV is what people open in a spreadsheet and paste from):

* a record that holds a list of records (a fact's ``assertions``, a timeline entry's
  ``events``) becomes one row per item of that list, with the parent's plain fields repeated
  and the item's fields prefixed (``assertion_value``, ``event_sentence``); a parent without
  items is one row with those cells empty;
* other lists of records (a fact's ``claims``, its ``conflicts``) are left out: they have
  files and rows of their own;
* a list of plain values is joined with ``"; "``; a mapping becomes ``key: value`` pairs
  joined the same way; never JSON;
* text is one line: runs of whitespace (newlines, blank lines, tabs) become one space and
  the ends are trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

SEPARATOR = "; "
_SPACE = re.compile(r"\s+")


def rows(records: Sequence[Mapping[str, Any]], fields: Sequence[str], expand: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """The column names and the flat rows of ``records`` (``expand``: the field whose items become rows)."""
    columns = [f for f in fields if f != expand and not _nested(records, f)]
    if expand:
        prefix = child_prefix(expand)
        columns += [prefix + k for k in _child_fields(records, expand)]
    flat = [row for record in records for row in _rows(record, columns, expand)]
    return columns, flat


def child_prefix(field: str) -> str:
    """``"assertions"`` -> ``"assertion_"``: the column prefix of an expanded list's items."""
    return field.removesuffix("s") + "_"


def cell(value: Any) -> Any:
    """One CSV cell: numbers and None as they are, everything else as one line of text."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Mapping):
        return SEPARATOR.join(f"{k}: {cell(v)}" for k, v in value.items() if v not in (None, "", [], ()))
    if isinstance(value, (list, tuple, set, frozenset)):
        return SEPARATOR.join(str(cell(v)) for v in value if v is not None)
    return _SPACE.sub(" ", str(value)).strip()


def _rows(record: Mapping[str, Any], columns: Sequence[str], expand: str | None) -> Iterator[dict[str, Any]]:
    base = {k: cell(record.get(k)) for k in columns if k in record}
    items = list(record.get(expand) or []) if expand else []
    if not items:
        yield base
        return
    prefix = child_prefix(expand or "")
    for item in items:
        yield {**base, **{prefix + k: cell(v) for k, v in item.items()}}


def _nested(records: Sequence[Mapping[str, Any]], field: str) -> bool:
    """Whether ``field`` holds lists of records (which a flat row cannot show)."""
    for record in records:
        value = record.get(field)
        if isinstance(value, (list, tuple)) and value:
            return isinstance(value[0], Mapping)
    return False


def _child_fields(records: Sequence[Mapping[str, Any]], expand: str) -> list[str]:
    names: dict[str, None] = {}
    for record in records:
        for item in record.get(expand) or []:
            names.update(dict.fromkeys(item))
    return list(names)
