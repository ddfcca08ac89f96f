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

from . import __version__, output, records
from .errors import NewsclaimsError, UsageError
from .model import MEASURES, UNKNOWN_OUTLET
from .output import Format
from .pipeline import DEFAULT_MAX_BYTES, Options, analyze as run_analyze
from .pipeline import reanalyze as run_reanalyze, refresh_facts
from .scale.runners import default_workers
from .store import Store, require_existing
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
ExcelOption = Annotated[bool, typer.Option("--excel", help="CSV for spreadsheets: start with a UTF-8 byte-order mark.")]
StoryOption = Annotated[Optional[str], typer.Option("--story", help="Only this story (its id, see `newsclaims stories`).")]
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
    "published_basis": "basis", "published_confidence": "confidence", "words": "words", "claims": "claims", "story": "story",
}
STORY_COLUMNS = {
    "id": "story", "label": "label", "articles": "articles", "outlets": "outlets",
    "first": "first", "last": "last", "facts": "facts", "conflicts": "conflicts",
}


def _show_version(value: bool) -> None:
    if value:
        print(f"newsclaims {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """newsclaims: who claims what, when, and who disagrees - across the news."""


def _reading(db: str) -> Store:
    """The database a command only reads: one that does not exist is an error, never created."""
    require_existing(db)
    return Store(db)


def _choice(value: Optional[str], valid: tuple[str, ...], option: str) -> Optional[str]:
    if value is not None and value not in valid:
        raise UsageError(f"{option} {value!r} is not one of: {', '.join(valid)}")
    return value


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
    sources: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, .jsonl/.warc files or http(s) URLs.")] = None,
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(min=0, max=1024, help="Worker processes for extraction (default: all cores).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (tcp://host:port).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date for sources that carry none of their own (YYYY-MM-DD).")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name for sources that name none (no site name, copyright line or URL).")] = None,
    max_bytes: Annotated[int, typer.Option(min=1, max=MAX_BYTES_CAP, help="Skip documents larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on loopback/private/link-local addresses.")] = False,
    report: Annotated[Optional[Path], typer.Option(help="Also write the HTML report to this file.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    reanalyze: Annotated[bool, typer.Option(help="First extract every stored document again with the current rules (keeps corrections and stories).")] = False,
) -> None:
    """Read, clean and extract claims from articles into the database.

    Example: newsclaims analyze examples/ https://example.org/story.html --db story.db
    """
    if not sources and not reanalyze:
        raise typer.BadParameter("give at least one source, or --reanalyze", param_hint="SOURCES")
    options = Options(
        max_bytes=max_bytes, allow_private=allow_private, published=_date(published), outlet=outlet,
        workers=workers or default_workers(), scheduler=scheduler,
    )
    with Store(db) as store, _progress(quiet, sources or []) as advance:
        again = run_reanalyze(store, options, on_skip=_print_skip, on_progress=advance) if reanalyze else None
        result = run_analyze(
            sources or [], store, options,
            on_skip=_print_skip,
            on_progress=advance,
        )
        if report is not None:
            from . import report as report_module

            report_module.write(store, report)
    if not quiet:
        err.print(
            (f"{len(again.reanalyzed)} re-extracted, " if again else "")
            + f"{len(result.added)} added, {len(result.unchanged)} unchanged, {len(result.skipped)} skipped"
            + (f"; report: {report}" if report else "")
        )
    if again and again.unmet_corrections:
        err.print(f"{again.unmet_corrections} correction(s) no longer meet a claim "
                  "(the new rules do not read their number as one): see `newsclaims corrections`")
    raise typer.Exit(0 if result.ok and (again is None or again.ok) else 1)


def _print_skip(skipped: Any) -> None:
    err.print(f"skipped {skipped.uri}: {skipped.reason}", markup=False)


class _progress:
    """A Rich progress bar on stderr (a terminal only): documents done of the total when the
    sources can be counted up front (:func:`newsclaims.ingest.count.documents`), else a
    running count (never "0/?")."""

    def __init__(self, quiet: bool, sources: list[str]) -> None:
        from .ingest.count import documents

        shown = not quiet and sys.stderr.isatty()
        self.total = documents(sources) if shown else None
        counted = (BarColumn(), MofNCompleteColumn()) if self.total else (TextColumn("{task.completed} documents"),)
        self.bar = None if not shown else Progress(
            TextColumn("analyzing"), *counted, TimeElapsedColumn(), console=err, transient=True
        )

    def __enter__(self) -> Callable[[int], None]:
        if self.bar is None:
            return lambda n: None
        self.bar.start()
        task = self.bar.add_task("analyze", total=self.total)

        def advance(n: int) -> None:  # a URL that was a feed holds more than the one counted
            done = self.bar.tasks[0].completed + n
            self.bar.update(task, advance=n, total=max(self.total, done) if self.total else None)

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
@_edge
def articles(db: DbOption = DEFAULT_DB, format: FormatOption = Format.table, story: StoryOption = None,
             excel: ExcelOption = False) -> None:
    """List stored articles with their outlet, publication date, how it was established, and story.

    Example: newsclaims articles --format csv > articles.csv
    """
    with _reading(db) as store:
        rows = [records.article(a) for a in store.articles(story=story)]
    output.write(rows, format, sys.stdout, excel=excel, fields=records.ARTICLE_FIELDS, columns=ARTICLE_COLUMNS, title="Articles")


@app.command()
@_edge
def stories(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
    excel: ExcelOption = False,
) -> None:
    """List stories (one developing event each): articles, outlets, dates, facts and conflicts.

    Example: newsclaims stories --format json
    """
    from . import overview

    with Store(db) as store:
        found = overview.index(store, window_days=window)
    rows = [records.story(s.story, len(s.facts), s.conflicts) for s in found]
    output.write(rows, format, sys.stdout, excel=excel, fields=records.STORY_FIELDS, columns=STORY_COLUMNS, title="Stories")


@app.command()
@_edge
def claims(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    measure: Annotated[Optional[str], typer.Option(help=f"Only this measure ({', '.join(MEASURES)}).")] = None,
    subject: Annotated[Optional[str], typer.Option(help="Only this subject.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only this source.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
    since: Annotated[Optional[str], typer.Option(help="As of this date or later (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="As of this date or earlier (YYYY-MM-DD).")] = None,
    search: Annotated[Optional[str], typer.Option(help="Only sentences containing this text.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=0, max=MAX_LIMIT, help="At most this many claims.")] = None,
    excel: ExcelOption = False,
    story: StoryOption = None,
) -> None:
    """List every claim: figure, what it counts, whose, who says so, as of when.

    Example: newsclaims claims --measure killed --format json
    """
    with _reading(db) as store:
        found = store.claims(
            measure=_choice(measure, MEASURES, "--measure"), subject=subject, source=source, outlet=outlet,
            since=_date(since), until=_date(until), text=search, limit=limit, story=story,
        )
    rows = [records.claim(c) for c in found]
    if format is Format.table:
        rows = [{**row, "document": _short(row["document"])} for row in rows]
    output.write(rows, format, sys.stdout, fields=records.CLAIM_FIELDS, columns=CLAIM_COLUMNS, title="Claims", excel=excel)


@app.command()
@_edge
def facts(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="Only conflicting facts, claims side by side.")] = False,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
    everything: Annotated[bool, typer.Option("--all", help="Also multipliers, measurements and lone 'other' figures.")] = False,
    story: StoryOption = None,
    excel: ExcelOption = False,
) -> None:
    """Group claims into facts and judge each: consistent, evolving, revised or conflicting.

    Example: newsclaims facts --conflicts
    """
    from .overview import story_facts
    from .reconcile.records import fact_record

    with _reading(db) as store:
        found = story_facts(store, story, window_days=window, noise=everything)
    if conflicts:
        found = [f for f in found if f.status == "conflicting"]
    rows = [fact_record(f) for f in found]
    if format is not Format.table:
        output.write(rows, format, sys.stdout, excel=excel, fields=list(rows[0]) if rows else ["subject"], expand="assertions")
        return
    if conflicts:
        _print_conflicts(found)
        return
    output.write(rows, format, sys.stdout, excel=excel, fields=(), title="Facts", columns={
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
    return f"{c.quantity.text} - {c.source or stored.outlet or UNKNOWN_OUTLET} ({when}, {_short(stored.document)})\n{c.sentence}"


@app.command()
@_edge
def timeline(db: DbOption = DEFAULT_DB, format: FormatOption = Format.table, story: StoryOption = None,
             excel: ExcelOption = False) -> None:
    """List dated happenings across all articles, merged, in order, with their sources.

    Example: newsclaims timeline --format json
    """
    from .reconcile import timeline as timeline_module

    with _reading(db) as store:
        entries = timeline_module.build(store.events(story=story))
    rows = [records.timeline_entry(e) for e in entries]
    if format is Format.table:
        rows = [{**row, "sources": [_short(s) for s in row["sources"]]} for row in rows]
    output.write(rows, format, sys.stdout, excel=excel, fields=records.TIMELINE_FIELDS, title="Timeline", expand="events", columns={
        "date": "date", "granularity": "precision", "summary": "what happened", "sources": "sources",
    })


@app.command()
@_edge
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write into (created if missing).")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or csv.")] = Format.json,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
    excel: ExcelOption = False,
    story: StoryOption = None,
) -> None:
    """Write articles, claims, facts, the timeline and the stories as files in one directory.

    Example: newsclaims export --out story-export --format csv
    """
    from .export import export as run_export

    if format is Format.table:
        raise typer.BadParameter("export writes json, jsonl or csv")
    with _reading(db) as store:
        written = run_export(store, out, format.value, window_days=window, excel=excel, story=story)
    for path in written:
        err.print(f"wrote {path}")


@app.command()
@_edge
def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("report.html"),
    db: DbOption = DEFAULT_DB,
    window: Annotated[int, typer.Option(min=0, max=MAX_WINDOW, help="Days within which figures count as 'about the same date'.")] = 14,
    story: StoryOption = None,
) -> None:
    """Write one self-contained HTML report (charts, conflicts, timeline, highlighted articles).

    Example: newsclaims report --out story.html
    """
    from . import report as report_module

    with _reading(db) as store:
        path = report_module.write(store, out, window_days=window, story=story)
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

    require_existing(db)
    web.serve(db, host=host, port=port, allow_private=allow_private, allowed_hosts=tuple(allowed_host or ()))


# --- corrections ------------------------------------------------------------------------------

correct_app = typer.Typer(
    help="Correct an article or a claim; corrections survive re-analysis.\n\n"
    'Example: newsclaims correct claim 42 --source "National Intelligence Service" --why "the NIS briefing"',
    no_args_is_help=True,
)
app.add_typer(correct_app, name="correct")
ByOption = Annotated[str, typer.Option("--by", help="Who makes the correction (default: your user name).")]
WhyOption = Annotated[Optional[str], typer.Option("--why", help="Why: the evidence or reason.")]
Field = Annotated[Optional[str], typer.Option(help="New value (\"\" clears it).")]
CORRECTION_COLUMNS = {"id": "id", "target": "on", "document_id": "document", "number": "number",
                      "field": "field", "value": "new value", "by": "by", "why": "why", "at": "at",
                      "applies": "applies"}


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "unknown"


@correct_app.command("article")
@_edge
def correct_article(
    id: Annotated[str, typer.Argument(help="The article's id or uri (see `newsclaims articles`).")],
    outlet: Field = None, published: Field = None, title: Field = None, story: Field = None,
    by: ByOption = "", why: WhyOption = None, db: DbOption = DEFAULT_DB,
) -> None:
    """Correct an article's outlet, publication date, title or story.

    Example: newsclaims correct article harbour-courier.txt --outlet "Harbour Courier" --why "masthead"
    """
    changes = _given(outlet=outlet, published=published, title=title, story=story)
    with Store(db) as store:
        made = store.correct_article(id, changes, by=by or _user(), why=why)
        refresh_facts(store)
    _print_corrections(made)


@correct_app.command("claim")
@_edge
def correct_claim(
    id: Annotated[int, typer.Argument(help="The claim's id (see `newsclaims claims --format json`).")],
    value: Field = None, measure: Field = None, counted: Field = None, subject: Field = None,
    place: Field = None, source: Field = None, via: Field = None, modality: Field = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="New as-of date (YYYY-MM-DD).")] = None,
    not_a_claim: Annotated[bool, typer.Option("--not-a-claim", help="This number is not a claim: hide it.")] = False,
    by: ByOption = "", why: WhyOption = None, db: DbOption = DEFAULT_DB,
) -> None:
    """Correct a claim's figure, measure, counted noun, subject, place, source, via, modality or
    as-of date, or mark it as not a claim.

    Example: newsclaims correct claim 42 --source "National Intelligence Service" --why "the NIS briefing"
    """
    changes = _given(value=value, measure=measure, counted=counted, subject=subject, place=place,
                     source=source, via=via, modality=modality, as_of=as_of)
    if not_a_claim:
        changes["not_a_claim"] = "true"
    with Store(db) as store:
        made = store.correct_claim(id, changes, by=by or _user(), why=why)
        refresh_facts(store)
    _print_corrections(made)


@app.command()
@_edge
def corrections(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Format.table,
    all: Annotated[bool, typer.Option("--all", help="Also the corrections that were undone.")] = False,
    undo: Annotated[Optional[int], typer.Option(help="Undo the correction with this id.")] = None,
    excel: ExcelOption = False,
) -> None:
    """List the corrections in force (who, when, why), or undo one.

    Example: newsclaims corrections --undo 3
    """
    with Store(db) as store:
        if undo is not None:
            store.undo_correction(undo)
            refresh_facts(store)
            err.print(f"undid correction {undo}")
            return
        found = store.corrections(undone=all)
    rows = [records.correction(c) for c in found]
    output.write(rows, format, sys.stdout, excel=excel, fields=records.CORRECTION_FIELDS, columns=CORRECTION_COLUMNS, title="Corrections")


def _given(**fields: Optional[str]) -> dict[str, Optional[str]]:
    """The fields given on the command line ("" clears a field)."""
    return {name: value for name, value in fields.items() if value is not None}


def _print_corrections(made: list[Any]) -> None:
    for c in made:
        err.print(f"correction {c.id}: {c.target} {c.document_id} {c.field} = {c.value!r}", markup=False)


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
