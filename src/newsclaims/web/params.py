"""Query parameters shared by the search page and the JSON API.

HTML forms send empty fields as empty strings; every optional filter treats "" as absent,
so a form submitted with blank fields searches everything instead of failing validation.
Every parameter is bounded (text length, page, offset): an absurd value is 422, never a
database error.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator, StringConstraints

from ..model import MEASURES
from .views import SearchFilters


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


MeasureName = Literal[MEASURES]  # type: ignore[valid-type]
Optional = BeforeValidator(_blank_to_none)

MAX_TEXT = 500  # characters of a search text or a name filter
MAX_PAGE = 1_000_000
MAX_OFFSET = 1_000_000_000

Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
TextQ = Annotated[Text | None, Optional, Query(description="text the sentence contains (any case)")]
MeasureQ = Annotated[MeasureName | None, Optional, Query(description="one measure")]
NameQ = Annotated[Text | None, Optional, Query()]
PageQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
OffsetQ = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
DateQ = Annotated[dt.date | None, Optional, Query(description="as-of date bound, YYYY-MM-DD")]


def search_filters(
    q: TextQ = None,
    measure: MeasureQ = None,
    subject: Annotated[Text | None, Optional, Query(description="whose count: any of its names, or the start of a word of one (DPRK, korea)")] = None,
    source: Annotated[Text | None, Optional, Query(description="who says so: any of its names or aliases, or the start of a word of one (NIS, british)")] = None,
    outlet: Annotated[Text | None, Optional, Query(description="the outlet that printed it, or the start of a word of its name")] = None,
    since: DateQ = None,
    until: DateQ = None,
) -> SearchFilters:
    """The claim filters of a request (a FastAPI dependency)."""
    return SearchFilters(
        text=q.strip() if q else None, measure=measure, subject=subject, source=source, outlet=outlet,
        since=since, until=until,
    )
