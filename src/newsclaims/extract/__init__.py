"""Extraction: Article -> Findings, one pure function per document (see :func:`extract`)."""
