"""The claim tests' shared helper module (``sentence_claims``), importable from every test here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # sentence_claims
