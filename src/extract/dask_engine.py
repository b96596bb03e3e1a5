"""The Dask engine: the same per-batch work as a local run, on a Dask distributed cluster.

Contract: ``dask_executor(scheduler, parts, config, identity)`` returns an executor for
``batch.run_batch``. Each batch becomes one task; the worker that runs it loads the pipeline
once per process (``batch.process_items`` with a cached pipeline), writes the batch's records to
``parts/part-<run>-<n>.jsonl`` (written to a temporary name, then renamed, so a part file is
always whole) and returns them. The client passes them on to the run's sink (the store, by
default) as tasks finish, so results arrive in completion order, not input order. ``parts``
also gets ``manifest.json`` (the pipeline's identity), with which ``extract load`` can put the
parts into a store later, for example if the client died.

Needs ``dask[distributed]`` (``pip install "extract[dask]"``). At most ``2 * workers`` tasks
are in flight, so the client's memory does not grow with the input.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.batch import JSON, BatchConfig, Item, PipelineIdentity, cached_pipeline, process_items
from extract.errors import UsageError

MANIFEST = "manifest.json"


def dask_executor(
    scheduler: str, parts: Path, config: BatchConfig, identity: PipelineIdentity
) -> Any:
    """An executor running batches on the Dask cluster at ``scheduler`` (``tcp://host:8786``)."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise UsageError(
            '--engine dask needs Dask distributed: pip install "extract[dask]"'
        ) from exc
    try:
        client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    parts.mkdir(parents=True, exist_ok=True)
    write_manifest(parts, identity)
    tag = time.strftime("%Y%m%dT%H%M%S")

    def execute(batches: Iterable[list[Item]]) -> Iterator[list[JSON]]:
        from distributed import as_completed

        try:
            workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            window = as_completed()
            in_flight = 0
            for number, batch in enumerate(batches):
                part = str(parts / f"part-{tag}-{number:06d}.jsonl")
                window.add(
                    client.submit(
                        run_part, batch, config.model, config.batch_size, part, pure=False
                    )
                )
                in_flight += 1
                if in_flight >= 2 * workers:
                    yield next(window).result()
                    in_flight -= 1
            for future in window:
                yield future.result()
        finally:
            client.close()

    return execute


def run_part(items: list[Item], model: str | None, batch_size: int, part: str) -> list[JSON]:
    """The task a Dask worker runs: one batch's records, also written to ``part``."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    records = process_items(items, cached_pipeline(model, batch_size))
    temporary = f"{part}.tmp-{os.getpid()}"
    with open(temporary, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(temporary, part)
    return records


def write_manifest(parts: Path, identity: PipelineIdentity) -> None:
    manifest = json.dumps(dataclasses.asdict(identity), indent=2)
    (parts / MANIFEST).write_text(manifest + "\n", encoding="utf-8")


def read_manifest(parts: Path) -> dict[str, str] | None:
    """The identity a parts folder was written with, or None without a manifest."""
    file = parts / MANIFEST
    if not file.is_file():
        return None
    data: dict[str, str] = json.loads(file.read_text(encoding="utf-8"))
    return data
