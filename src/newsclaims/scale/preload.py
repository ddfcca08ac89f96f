"""Imported by the worker pool's forkserver process (``set_forkserver_preload``): loads the
model and warms the rules once there, so that every worker forked from it starts ready, its
model pages shared with the others until written. A failure here (say, no model installed) is
left for the workers' own start-up to report."""

from .work import warm

try:
    warm()
except Exception:  # noqa: BLE001 - reported by each worker's initializer instead
    pass
