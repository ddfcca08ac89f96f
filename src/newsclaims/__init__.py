"""newsclaims: who claims what, when, and who disagrees - across the news."""

__version__ = "0.1.0"
