"""Reconciling: stored claims -> Facts (agreement, conflict, evolution); events -> timeline."""
