"""Rendering records for the terminal and files: Rich tables, JSON, JSON Lines, CSV.

CSV is flat (see :mod:`newsclaims.tabular`): one row per record, or per item of the field
named by ``expand``, one value per cell, never JSON.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import tabular


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def write(
    records: Sequence[Mapping[str, Any]],
    fmt: Format,
    stream: TextIO,
    *,
    fields: Sequence[str],
    columns: Mapping[str, str] | None = None,
    title: str | None = None,
    expand: str | None = None,
    excel: bool = False,
) -> None:
    """Write ``records``: all ``fields`` for machine formats, ``columns`` (field -> header) for tables.

    In CSV each item of the field ``expand`` (a list of records) is a row of its own; with
    ``excel`` the CSV starts with a UTF-8 byte-order mark, so that spreadsheets read it as UTF-8."""
    if fmt is Format.json:
        json.dump([_pick(r, fields) for r in records], stream, indent=2, ensure_ascii=False, default=str)
        stream.write("\n")
    elif fmt is Format.jsonl:
        for r in records:
            stream.write(json.dumps(_pick(r, fields), ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        if excel:
            stream.write("\ufeff")
        write_csv(records, stream, fields=fields, expand=expand)
    else:
        table(records, columns or {f: f for f in fields}, stream, title=title)


def write_csv(records: Sequence[Mapping[str, Any]], stream: TextIO, *, fields: Sequence[str], expand: str | None = None) -> None:
    """Flat CSV rows (:func:`newsclaims.tabular.rows`) with a header line."""
    columns, rows = tabular.rows(records, fields, expand)
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def table(records: Iterable[Mapping[str, Any]], columns: Mapping[str, str], stream: TextIO, *, title: str | None = None) -> None:
    console = Console(file=stream, width=_width(stream), soft_wrap=False)
    t = Table(title=title, show_lines=False, header_style="bold")
    for header in columns.values():
        t.add_column(header, overflow="fold")
    for r in records:
        t.add_row(*(_text(r.get(k)) for k in columns))
    console.print(t)


def _pick(record: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    return {k: record.get(k) for k in fields}


def _text(value: Any) -> Text:
    """A cell as plain text: article words like "[percent]" or "[/b]" are never Rich markup."""
    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}")
    if isinstance(value, (list, tuple)):
        return Text(", ".join(map(str, value)))
    return Text(str(value))


def _width(stream: TextIO) -> int | None:
    return None if stream.isatty() else 160
