"""Readers: turn what the user names (files, directories, URLs, JSONL, WARC, feeds) into RawDocuments.

    >>> for item in ingest.read("examples/"): ...

Each item is a :class:`RawDocument` or a :class:`Skipped` with a one-line reason; a bad source
never stops the stream.
"""
