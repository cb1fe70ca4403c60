"""The reference article (read from ../shared/seed, never copied) yields exactly its gold."""

from pathlib import Path

import pytest

from graph.evaluation import EvalReport, load_corpus, score_article
from graph.extraction import Extractor

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"


@pytest.mark.skipif(not (SEED / "article.txt").exists(), reason=f"reference article not found at {SEED}")
def test_seed_yields_exactly_its_gold(extractor: Extractor) -> None:
    from graph.evaluation import extraction_to_gold

    (article,) = load_corpus(SEED)
    report = EvalReport()
    predicted = extraction_to_gold(extractor.extract(article.text, article.published_at))
    result = score_article(article, predicted, report)
    assert (result.missed, result.extra, result.mislabelled) == ([], [], [])
    assert report.pair.f1 == report.dated.f1 == report.deploy.f1 == 1.0
    assert report.type_accuracy == report.modality_accuracy == 1.0
    # Dates and modalities of the gold, exactly (the metric lets a null gold date accept any date).
    gold_dated = sorted((sorted(c["participants"]), c["date"], c["type"], c["modality"], c["location"])
                        for c in article.gold["contacts"])
    got = sorted((sorted(c["participants"]), c["date"], c["type"], c["modality"], c["location"])
                 for c in predicted["contacts"])
    assert got == gold_dated
    gold_deploy = sorted((d["from"], d["to"], d["date"], d["modality"]) for d in article.gold["deployments"])
    assert sorted((d["from"], d["to"], d["date"], d["modality"]) for d in predicted["deployments"]) == gold_deploy
