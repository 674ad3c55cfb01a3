"""Stored texts analysed in bulk: a large store's index reads hundreds of thousands of phrasings and answers, which
are shared out over the machine's cores. The result is the same as analysing them one at a time, in order.

Worker processes are forked, so that they inherit the analyser instead of receiving a copy of it; they send back
only the keys. Forking is used only where it is safe and pays: on Linux, with no other thread running (a thread
holding a lock at the fork would leave the child waiting forever), and for many texts.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from qa.analysis import Analyzer

if TYPE_CHECKING:  # (multiprocessing is imported only to fork: `qa ask` with a cached index never needs it)
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

# Below this many texts, starting a process costs more than it saves (a text takes some 50 microseconds).
PARALLEL_FROM = 20_000

# What a forked worker reads: set just before the fork, inherited by the child, cleared after.
_work: list[tuple[Analyzer, Sequence[str]]] = []


def term_keys(analyzer: Analyzer, texts: Sequence[str]) -> list[tuple[str, ...]]:
    """The keys of the terms of each text (analysed as a stored phrasing: `repair=False`), in order."""
    workers = _workers(len(texts))
    if workers > 1:
        try:
            return _in_parallel(analyzer, texts, workers)
        except OSError:  # no processes to be had (a limit, a sandbox): one at a time, as below
            pass
    return _keys(analyzer, texts, 0, len(texts))


def _keys(analyzer: Analyzer, texts: Sequence[str], start: int, stop: int) -> list[tuple[str, ...]]:
    return [analyzer.stored_keys(texts[i]) for i in range(start, stop)]


def _workers(count: int) -> int:
    if count < PARALLEL_FROM or not sys.platform.startswith("linux"):
        return 1  # (macOS has fork, but its system libraries may not survive one: it is not used there)
    if threading.active_count() > 1:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, count // (PARALLEL_FROM // 2)))


def _in_parallel(analyzer: Analyzer, texts: Sequence[str], workers: int) -> list[tuple[str, ...]]:
    """Each forked worker analyses a slice and sends its keys back; this process analyses the first slice."""
    import multiprocessing

    bounds = [len(texts) * w // workers for w in range(workers + 1)]
    context = multiprocessing.get_context("fork")
    children: list[tuple[BaseProcess, Connection]] = []
    _work.append((analyzer, texts))
    try:
        for w in range(1, workers):
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_worker, args=(bounds[w], bounds[w + 1], sender), daemon=True)
            child.start()
            sender.close()
            children.append((child, receiver))
        keys = _keys(analyzer, texts, bounds[0], bounds[1])
        for _, receiver in children:
            part: list[tuple[str, ...]] = receiver.recv()
            keys += part
        return keys
    except EOFError as error:  # a worker died without answering (killed, out of memory)
        raise OSError("a worker process ended early") from error
    finally:
        _work.clear()
        for process, receiver in children:
            receiver.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def _worker(start: int, stop: int, sender: Connection) -> None:
    analyzer, texts = _work[0]
    sender.send(_keys(analyzer, texts, start, stop))
    sender.close()
