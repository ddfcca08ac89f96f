"""Extraction on a Dask cluster and in a process pool stores what a one-process run stores."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsclaims import scale

pytestmark = pytest.mark.model


def test_dask_cluster_run_equals_single_process_run(tmp_path: Path, seed_dir: Path, reference, cli, read_store) -> None:
    distributed = pytest.importorskip("dask.distributed")
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = cli("analyze", seed_dir, "--db", url, "--scheduler", cluster.scheduler_address, "--quiet")
    assert result.exit_code == 0, result.output
    assert read_store(url) == reference


def test_worker_pool_run_equals_single_process_run(tmp_path: Path, seed_dir: Path, reference, cli, read_store) -> None:
    url = f"sqlite:///{tmp_path / 'pool.db'}"
    result = cli("analyze", seed_dir, "--db", url, "--workers", "2", "--quiet")
    assert result.exit_code == 0, result.output
    assert read_store(url) == reference


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "nonsense://x"])
def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, seed_dir: Path, address: str, cli,
                                                monkeypatch) -> None:
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "1s")
    result = cli("analyze", seed_dir, "--db", f"sqlite:///{tmp_path / 'x.db'}", "--scheduler", address)
    assert result.exit_code == 2
    assert "Dask scheduler" in result.output


def test_scheduler_without_dask_names_the_extra(tmp_path: Path, seed_dir: Path, cli, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if the extra were not installed
    result = cli("analyze", seed_dir, "--db", f"sqlite:///{tmp_path / 'x.db'}", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert "pip install 'newsclaims[dask]'" in result.output
