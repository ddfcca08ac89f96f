"""Every error the app answers has one shape: ``{"error": {"code": ..., "message": ...}}``.

Library errors are translated here, at the edge: a missing fact or article is 404
``not_found``, bad input data 422 ``bad_input``, misuse 400 ``bad_request``, a request that
fails validation 422 ``invalid_request`` (naming the first bad parameter), anything
unexpected 500 ``internal_error`` (without internals). Pages (paths outside ``/api``) get the
same code and message as an HTML page.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..errors import InputError, NewsclaimsError, UsageError
from .views import NotFound

log = logging.getLogger(__name__)

STATUS_CODES = {
    400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large", 422: "invalid_request",
}


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


ERROR_RESPONSES = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid request or unusable input"},
}


class ApiError(Exception):
    """An error to answer as-is, with its status and code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def install(app: FastAPI, render_page) -> None:
    """Register the handlers; ``render_page(status, code, message)`` draws the HTML error page."""

    def answer(request: Request, status: int, code: str, message: str) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
        return HTMLResponse(render_page(status, code, message), status_code=status)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return answer(request, exc.status, exc.code, exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        code = STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return answer(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return answer(request, 422, "invalid_request", validation_message(exc))

    @app.exception_handler(NewsclaimsError)
    async def library_error(request: Request, exc: NewsclaimsError) -> Response:
        status, code = library_status(exc)
        return answer(request, status, code, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return answer(request, 500, "internal_error", "internal error; see the server log")


def library_status(exc: NewsclaimsError) -> tuple[int, str]:
    if isinstance(exc, NotFound):
        return 404, "not_found"
    if isinstance(exc, InputError):
        return 422, "bad_input"
    if isinstance(exc, UsageError):
        return 400, "bad_request"
    return 500, "internal_error"


def validation_message(exc: RequestValidationError) -> str:
    """"query.since: Input should be a valid date ..." for the first error, and how many more."""
    errors = exc.errors()
    if not errors:
        return "invalid request"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"
