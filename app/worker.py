"""The ingestion worker: claims queued articles and runs them through extraction into the graph.

The same ``Worker`` runs embedded in ``diplograph serve`` (a background thread) and standalone in
``diplograph worker`` (the main thread, stopped by SIGTERM/SIGINT). Any number may share one database:
the queue hands each article to exactly one of them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import socket
import threading
import time

from sqlalchemy import Engine

from graph.extraction.records import ArticleExtraction
from graph.ingestion import SupportsExtract, run_once

logger = logging.getLogger(__name__)

_serial = itertools.count(1)


def new_worker_id(role: str | None = None) -> str:
    """``host:pid:n``, unique across machines and across the workers of one process.

    A role prefix ("api@…" for requests processed in-line, "cli@…" for ``ingest --wait``) tells an
    operator reading ``article.claimed_by`` who held a claim.
    """
    worker_id = f"{socket.gethostname()}:{os.getpid()}:{next(_serial)}"
    return f"{role}@{worker_id}" if role else worker_id


class SerialExtractor:
    """One extractor shared by threads, used by one thread at a time.

    spaCy pipelines make no promise of thread safety, and the embedded worker and ``?wait=true`` requests
    run in different threads; loading a second model per thread would double the memory instead.
    """

    def __init__(self, extractor: SupportsExtract) -> None:
        self._extractor = extractor
        self._lock = threading.Lock()

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        with self._lock:
            return self._extractor.extract(text, published_at)


class Worker:
    """A poll loop over ``graph.ingestion.run_once``, stoppable between articles."""

    def __init__(
        self,
        engine: Engine,
        extractor: SupportsExtract,
        *,
        poll_seconds: float,
        stale_after_seconds: int = 600,
        worker_id: str | None = None,
    ) -> None:
        self.engine = engine
        self.extractor = extractor
        self.poll_seconds = poll_seconds
        self.stale_after_seconds = stale_after_seconds
        self.worker_id = worker_id or new_worker_id()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.processed = 0

    def run(self) -> None:
        """Process articles until ``stop()``; sleep ``poll_seconds`` whenever the queue is empty.

        An error never ends the loop: ``run_once`` records a failing article and goes on, and a database
        that is briefly away (a restart, migrations still running) is retried after the idle wait.
        """
        logger.info("worker %s started", self.worker_id)
        while not self._stop.is_set():
            started = time.perf_counter()
            try:
                article_id = run_once(
                    self.engine, self.extractor, self.worker_id, stale_after_seconds=self.stale_after_seconds
                )
            except Exception:
                logger.exception("worker %s: ingestion failed", self.worker_id)
                self._stop.wait(self.poll_seconds)
                continue
            if article_id is None:
                self._stop.wait(self.poll_seconds)
                continue
            self.processed += 1
            logger.info(
                "worker %s: article %d processed in %.2f s",
                self.worker_id,
                article_id,
                time.perf_counter() - started,
            )
        logger.info("worker %s stopped after %d articles", self.worker_id, self.processed)

    def start(self) -> None:
        """Run in a daemon thread (the embedded worker of ``serve``)."""
        self._thread = threading.Thread(target=self.run, name=self.worker_id, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Finish the article in hand, then return; an article cut off by a kill is reclaimed later.

        A claim older than ``stale_claim_seconds`` goes back to the queue, so nothing is lost even when
        ``timeout`` expires first.
        """
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
            if self._thread.is_alive():
                logger.warning("worker %s still busy after %.0f s; leaving it", self.worker_id, timeout or 0)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
