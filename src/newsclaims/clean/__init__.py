"""Cleaning: RawDocument -> Article (main text, title, outlet, publication date)."""
