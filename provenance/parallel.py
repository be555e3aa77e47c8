"""Parallel parsing: prepare articles in worker processes, in input order, a few at a time.

Parsing an article and deriving its rows (:func:`provenance.batch.prepare`)
is a pure function of the article, so it can run in any process; writing
them must happen in one, since SQLite has one writer. :func:`in_order`
sends articles to ``jobs`` worker processes in small chunks and hands the
results back in the order the articles came, so a parallel build writes
exactly what a sequential one does. Only a bounded number of chunks is in
flight at any time: the input is read as the results are written, never
all at once, so memory stays flat however large the input is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

CHUNK = 8
CHUNKS_PER_JOB = 4


def in_order(
    work: Callable[[list[Item]], list[Result]],
    items: Iterable[Item],
    jobs: int,
    chunk: int = CHUNK,
) -> Iterator[tuple[Item, Result]]:
    """Each item with ``work``'s result for it, in the order of ``items``.

    ``work`` takes a list of items and returns their results in order; it
    must be a module-level function (it is sent to other processes). With
    ``jobs`` 1 everything runs here, one item at a time.
    """
    iterator = iter(items)
    if jobs <= 1:
        for item in iterator:
            yield item, work([item])[0]
        return
    chunks = iter(lambda: list(islice(iterator, chunk)), [])
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
        try:
            for items_chunk in chunks:
                pending.append((items_chunk, pool.submit(work, items_chunk)))
                if len(pending) >= jobs * CHUNKS_PER_JOB:
                    done, future = pending.popleft()
                    yield from zip(done, future.result(), strict=True)
            while pending:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        finally:
            for _, future in pending:
                future.cancel()
