"""The command line: a thin adapter over the library.

Each command parses its options, calls one library function and renders the result.
Library errors are translated here: bad documents are reported one line each on stderr
(exit 1 when any was skipped), misuse exits 2.
"""

from __future__ import annotations

import datetime as dt
import sys
import urllib.parse
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
import typer.core
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import output, records
from .errors import NewsclaimsError
from .output import Format
from .pipeline import DEFAULT_MAX_BYTES, Options, analyze as run_analyze, default_workers
from .store import Store
from .store.engine import database_message

# typer vendors its own click: its UsageError is BadParameter's base, not click.UsageError.
_UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


class _OneLineErrors(typer.core.TyperGroup):
    """A bad option or argument is one line on stderr and exit 2 (no usage block)."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except _UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":
                raise
            err.print(f"newsclaims: error: {exc.format_message()}", markup=False)
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=_OneLineErrors,
    help="newsclaims: who claims what, when, and who disagrees - across the news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL (postgresql+psycopg://...).")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
DEFAULT_DB = "newsclaims.db"
MAX_LIMIT = 1_000_000_000
MAX_WINDOW = 3650  # days
MAX_BYTES_CAP = 1 << 34  # 16 GiB: more is no document

CLAIM_COLUMNS = {
    "document": "document", "text": "figure", "measure": "measure", "counted": "counted",
    "subject": "subject", "source": "source", "modality": "modality", "as_of": "as of",
}
ARTICLE_COLUMNS = {
    "document": "document", "title": "title", "outlet": "outlet", "published": "published",
    "published_basis": "basis", "words": "words", "claims": "claims",
}


def _edge(func: Callable[..., Any]) -> Callable[..., Any]:
    """Translate library errors and database failures into a one-line message and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsclaimsError as exc:
            err.print(f"newsclaims: error: {exc}", markup=False)
            raise typer.Exit(2) from None
        except SQLAlchemyError as exc:  # read-only, locked, corrupted: the driver's first line only
            err.print(f"newsclaims: error: database: {database_message(exc)}", markup=False)
            raise typer.Exit(2) from None

    return wrapper


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@app.command()
@_edge
def analyze(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl/.warc files or http(s) URLs.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(min=0, max=1024, help="Worker processes for extraction (default: all cores).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (tcp://host:port).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date for sources without one (YYYY-MM-DD).")] = None,
    max_bytes: Annotated[int, typer.Option(min=1, max=MAX_BYTES_CAP, help="Skip documents larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on loopback/private/link-local addresses.")] = False,
    report: Annotated[Optional[Path], typer.Option(help="Also write the HTML report to this file.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Read, clean and extract claims from articles into the database.

    Example: newsclaims analyze examples/ https://example.org/story.html --db story.db
    """
    options = Options(
        max_bytes=max_bytes, allow_private=allow_private, published=_date(published),
        workers=workers or default_workers(), scheduler=scheduler,
    )
    with Store(db) as store, _progress(quiet) as advance:
        result = run_analyze(
            sources, store, options,
            on_skip=lambda s: err.print(f"skipped {s.uri}: {s.reason}", markup=False),
            on_progress=advance,
        )
        if report is not None:
            from . import report as report_module

            report_module.write(store, report)
    if not quiet:
        err.print(
            f"{len(result.added)} added, {len(result.unchanged)} unchanged, {len(result.skipped)} skipped"
            + (f"; report: {report}" if report else "")
        )
    raise typer.Exit(0 if result.ok else 1)


class _progress:
    """A Rich progress bar on stderr (indeterminate total: sources stream)."""

    def __init__(self, quiet: bool) -> None:
        self.bar = None if quiet or not sys.stderr.isatty() else Progress(
            TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True
        )

    def __enter__(self) -> Callable[[int], None]:
        if self.bar is None:
            return lambda n: None
        self.bar.start()
        task = self.bar.add_task("analyze", total=None)
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
@_edge
def articles(db: DbOption = DEFAULT_DB, format: FormatOption = Format.table) -> None:
    """List stored articles with their outlet, publication date and how it was established.

    Example: newsclaims articles --format csv > articles.csv
    """
    with Store(db) as store:
        rows = [records.article(a) for a in store.articles()]
    output.write(rows, format, sys.stdout, fields=records.ARTICLE_FIELDS, columns=ARTICLE_COLUMNS, title="Articles")


@app.command()
@_edge
def claims(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    measure: Annotated[Optional[str], typer.Option(help="Only this measure (killed, deployed, ...).")] = None,
    subject: Annotated[Optional[str], typer.Option(help="Only this subject.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only this source.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
    since: Annotated[Optional[str], typer.Option(help="As of this date or later (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="As of this date or earlier (YYYY-MM-DD).")] = None,
    search: Annotated[Optional[str], typer.Option(help="Only sentences containing this text.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=0, max=MAX_LIMIT, help="At most this many claims.")] = None,
) -> None:
    """List every claim: figure, what it counts, whose, who says so, as of when.

    Example: newsclaims claims --measure killed --format json
    """
    with Store(db) as store:
        found = store.claims(
            measure=measure, subject=subject, source=source, outlet=outlet,
            since=_date(since), until=_date(until), text=search, limit=limit,
        )
    rows = [records.claim(c) for c in found]
    if format is Format.table:
        rows = [{**row, "document": _short(row["document"])} for row in rows]
    output.write(rows, format, sys.stdout, fields=records.CLAIM_FIELDS, columns=CLAIM_COLUMNS, title="Claims")


@app.command()
@_edge
def facts(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="Only conflicting facts, claims side by side.")] = False,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
) -> None:
    """Group claims into facts and judge each: consistent, evolving or conflicting.

    Example: newsclaims facts --conflicts
    """
    from . import reconcile
    from .reconcile.facts import fact_record

    with Store(db) as store:
        found = reconcile.facts(store.claims(), window_days=window, aliases=store.aliases())
    if conflicts:
        found = [f for f in found if f.status == "conflicting"]
    rows = [fact_record(f) for f in found]
    if format is not Format.table:
        output.write(rows, format, sys.stdout, fields=list(rows[0]) if rows else ["subject"])
        return
    if conflicts:
        _print_conflicts(found)
        return
    output.write(rows, format, sys.stdout, fields=(), title="Facts", columns={
        "status": "status", "summary": "summary", "low": "low", "best": "best", "high": "high",
        "sources": "sources", "independent_sources": "independent",
    })


def _print_conflicts(found: list[Any]) -> None:
    from rich.table import Table

    out = Console(highlight=False)
    by_id = {}
    for fact in found:
        for assertion in fact.assertions:
            for c in assertion.claims:
                by_id[c.id] = c
        out.print(f"[bold]{fact.summary}[/bold]")
        t = Table(show_header=True, header_style="bold", show_lines=True)
        for header in ("claim", "claim", "reason"):
            t.add_column(header, overflow="fold")
        for a, b, reason in fact.conflicts:
            t.add_row(_claim_cell(by_id.get(a)), _claim_cell(by_id.get(b)), reason)
        out.print(t)


def _claim_cell(stored: Any) -> str:
    if stored is None:
        return ""
    c = stored.claim
    when = c.as_of.isoformat() if c.as_of else "undated"
    return f"{c.quantity.text} - {c.source or stored.outlet or 'unattributed'} ({when}, {_short(stored.document)})\n{c.sentence}"


@app.command()
@_edge
def timeline(db: DbOption = DEFAULT_DB, format: FormatOption = Format.table) -> None:
    """List dated happenings across all articles, merged, in order, with their sources.

    Example: newsclaims timeline --format json
    """
    from .reconcile import timeline as timeline_module

    with Store(db) as store:
        entries = timeline_module.build(store.events())
    rows = [records.timeline_entry(e) for e in entries]
    if format is Format.table:
        rows = [{**row, "sources": [_short(s) for s in row["sources"]]} for row in rows]
    output.write(rows, format, sys.stdout, fields=records.TIMELINE_FIELDS, title="Timeline", columns={
        "date": "date", "granularity": "precision", "summary": "what happened", "sources": "sources",
    })


@app.command()
@_edge
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write into (created if missing).")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or csv.")] = Format.json,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
) -> None:
    """Write articles, claims, facts and the timeline as files in one directory.

    Example: newsclaims export --out story-export --format csv
    """
    from .export import export as run_export

    if format is Format.table:
        raise typer.BadParameter("export writes json, jsonl or csv")
    with Store(db) as store:
        written = run_export(store, out, format.value, window_days=window)
    for path in written:
        err.print(f"wrote {path}")


@app.command()
@_edge
def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("report.html"),
    db: DbOption = DEFAULT_DB,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
) -> None:
    """Write one self-contained HTML report (charts, conflicts, timeline, highlighted articles).

    Example: newsclaims report --out story.html
    """
    from . import report as report_module

    with Store(db) as store:
        path = report_module.write(store, out, window_days=window)
    err.print(f"wrote {path}")


@app.command()
@_edge
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    allow_private: Annotated[bool, typer.Option(help="Allow adding URLs on private addresses.")] = False,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        "--allowed-host", help="Another Host name the app answers for (besides loopback names); repeatable.")] = None,
) -> None:
    """Serve the web app and its JSON API over the database.

    Example: newsclaims serve --db story.db --port 8080 --allowed-host claims.lan
    """
    from . import web

    web.serve(db, host=host, port=port, allow_private=allow_private, allowed_hosts=tuple(allowed_host or ()))


def _short(uri: str) -> str:
    """A document as a table cell: a file's name, a URL's host and last path segment
    (machine formats keep the full path or URL)."""
    base, hash_, line = uri.partition("#")
    if base.startswith(("http://", "https://")):
        parts = urllib.parse.urlsplit(base)
        segments = [s for s in parts.path.split("/") if s]
        host = parts.hostname or ""
        short = host if not segments else f"{host}/{segments[-1]}" if len(segments) == 1 else f"{host}/…/{segments[-1]}"
        return short + hash_ + line
    return Path(base).name + hash_ + line


def main() -> None:  # pragma: no cover
    app()
