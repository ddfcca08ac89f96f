"""Query parameters shared by the search page and the JSON API.

HTML forms send empty fields as empty strings; every optional filter treats "" as absent,
so a form submitted with blank fields searches everything instead of failing validation.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator

from ..model import MEASURES
from .views import SearchFilters


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


MeasureName = Literal[MEASURES]  # type: ignore[valid-type]
Optional = BeforeValidator(_blank_to_none)

TextQ = Annotated[str | None, Optional, Query(description="text the sentence contains (any case)")]
MeasureQ = Annotated[MeasureName | None, Optional, Query(description="one measure")]
NameQ = Annotated[str | None, Optional, Query()]
DateQ = Annotated[dt.date | None, Optional, Query(description="as-of date bound, YYYY-MM-DD")]


def search_filters(
    q: TextQ = None,
    measure: MeasureQ = None,
    subject: Annotated[str | None, Optional, Query(description="whose count: any of its names, or the start of a word of one (DPRK, korea)")] = None,
    source: Annotated[str | None, Optional, Query(description="who says so: any of its names or aliases, or the start of a word of one (NIS, british)")] = None,
    outlet: Annotated[str | None, Optional, Query(description="the outlet that printed it, or the start of a word of its name")] = None,
    since: DateQ = None,
    until: DateQ = None,
) -> SearchFilters:
    """The claim filters of a request (a FastAPI dependency)."""
    return SearchFilters(
        text=q.strip() if q else None, measure=measure, subject=subject, source=source, outlet=outlet,
        since=since, until=until,
    )
