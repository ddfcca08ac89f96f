"""CSV downloads: any claim search, with the same filters as ``/api/claims`` and the search
page, as one flat row per claim (the same columns as ``newsclaims claims --format csv``)."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from .. import output, records
from .errors import ERROR_RESPONSES
from .params import search_filters
from .views import SearchFilters, Views

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)
CSV_RESPONSE = {200: {"content": {"text/csv": {}}, "description": "one row per claim, with a header line"}}


def views(request: Request) -> Views:
    return request.app.state.views


@router.get("/claims.csv", response_class=Response, responses=CSV_RESPONSE)
def claims_csv(
    v: Annotated[Views, Depends(views)],
    filters: Annotated[SearchFilters, Depends(search_filters)],
) -> Response:
    """Every claim matching the filters as CSV (UTF-8 with a byte-order mark, for spreadsheets)."""
    found = v.search(filters, limit=None, offset=0).items
    stream = io.StringIO()
    stream.write("\ufeff")
    output.write_csv([records.claim(c) for c in found], stream, fields=records.CLAIM_FIELDS)
    return Response(stream.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="claims.csv"'})
