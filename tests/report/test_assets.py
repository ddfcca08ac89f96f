"""Inlined assets (newsclaims.report.assets): script escaping, CSP hashes, the bundle cache."""

from __future__ import annotations

import base64
import hashlib
from importlib import metadata

import pytest

from newsclaims.report import assets


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ('s = "</script><b>"', 's = "<\\/script><b>"'),
        ('s = "</SCRIPT >"', 's = "<\\/SCRIPT >"'),
        ("a < b && c > d", "a < b && c > d"),
        ("x = '</div>'", "x = '</div>'"),
    ],
)
def test_inline_script_cannot_end_the_element(code, expected):
    assert assets.inline_script(code) == expected


def test_csp_hash_is_the_base64_sha256():
    digest = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert assets.csp_hash("alert(1)") == f"'sha256-{digest}'"


def test_bundle_defines_vega_embed_and_cannot_close_its_tag():
    bundle = assets.vega_bundle()
    assert assets.BUNDLE_MARKER in bundle and "</script" not in bundle.lower()


def test_the_bundle_is_read_from_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_CACHE", str(tmp_path))
    assert assets.cache_dir() == tmp_path
    name = f"vega-bundle-{metadata.version('vl-convert-python')}-{assets.VEGA_LITE_VERSION}.js"
    (tmp_path / name).write_text("/* cached */ " + assets.BUNDLE_MARKER + "f;", encoding="utf-8")
    assets.vega_bundle.cache_clear()
    try:
        assert assets.vega_bundle().startswith("/* cached */")
    finally:
        assets.vega_bundle.cache_clear()
