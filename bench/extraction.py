"""Extraction speed as a ratio against the bare spaCy pipeline, both measured in this run.

The rules run on top of the parse; the ratio says what they cost beyond spaCy itself, whatever the
machine. Run with ``make bench``.
"""

from __future__ import annotations

import time
from pathlib import Path

from graph.evaluation import load_corpus
from graph.extraction import Extractor

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "dev"


def best_of(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    articles = load_corpus(CORPUS)
    extractor = Extractor()
    texts = [a.text for a in articles]
    reference = best_of(3, lambda: [extractor.nlp(t) for t in texts])
    full = best_of(3, lambda: [extractor.extract(a.text, a.published_at) for a in articles])
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars} characters")
    print(f"spaCy parse alone : {reference:.3f} s ({chars / reference:,.0f} chars/s)")
    print(f"full extraction   : {full:.3f} s ({chars / full:,.0f} chars/s)")
    print(f"ratio full / parse: {full / reference:.2f}")


if __name__ == "__main__":
    main()
