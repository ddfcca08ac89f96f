"""Reconciling: stored claims -> Facts (agreement, conflict, evolution); events -> timeline."""

from .facts import conflicts, facts
from .records import fact_record

__all__ = ["conflicts", "fact_record", "facts"]
