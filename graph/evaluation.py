"""Score extraction against gold annotations, with the metrics of the annotation format (FORMAT.md).

A corpus folder holds ``NNN.json`` articles with ``NNN.gold.json`` beside them (or, like the seed,
``article.txt`` with ``gold.json``). Scores are micro-averaged over the corpus:
- pair: unordered participant pairs per article (every pair of a multi-party event);
- dated: (pair, date) per article; a null gold date accepts any predicted date;
- deploy: (from, to, negated) per article;
- type / modality accuracy over the dated tuples that matched.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Protocol

from graph.extraction.records import ArticleExtraction

__all__ = ["CorpusArticle", "Score", "EvalReport", "load_corpus", "evaluate", "extraction_to_gold"]


class _Extractor(Protocol):
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction: ...


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    text: str
    published_at: dt.date | None
    gold: dict[str, Any]


def load_corpus(folder: Path) -> list[CorpusArticle]:
    """Every annotated article of a folder, in file-name order."""
    articles = []
    seed_text, seed_gold = folder / "article.txt", folder / "gold.json"
    if seed_text.exists() and seed_gold.exists():
        gold = json.loads(seed_gold.read_text(encoding="utf-8"))
        published = gold.get("published_at")
        articles.append(CorpusArticle(str(gold.get("id", "seed")), seed_text.read_text(encoding="utf-8"),
                                      dt.date.fromisoformat(published) if published else None, gold))
    for gold_path in sorted(folder.glob("*.gold.json")):
        article_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".json")
        article = json.loads(article_path.read_text(encoding="utf-8"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        published = article.get("published_at") or gold.get("published_at")
        articles.append(CorpusArticle(str(article.get("id", article_path.stem)), article["text"],
                                      dt.date.fromisoformat(published[:10]) if published else None, gold))
    return articles


def extraction_to_gold(extraction: ArticleExtraction) -> dict[str, Any]:
    """Predictions in the annotation format, so they can be diffed against gold or kept as a file."""
    return {
        "officials": [
            {"name": o.name, "aliases": list(o.aliases), "country": o.country, "role": o.role}
            for o in extraction.officials
        ],
        "contacts": [
            {
                "participants": [p.label for p in c.participants],
                "type": c.type,
                "date": c.date,
                "modality": c.modality,
                "location": c.location,
                "confidence": c.confidence,
                "evidence": c.evidence[0].sentence if c.evidence else None,
            }
            for c in extraction.contacts
        ],
        "deployments": [
            {"from": d.from_state, "to": d.to_state, "what": d.what, "date": d.date, "modality": d.modality,
             "evidence": d.evidence[0].sentence if d.evidence else None}
            for d in extraction.deployments
        ],
    }


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleResult:
    id: str
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    mislabelled: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    pair: Score = field(default_factory=Score)
    dated: Score = field(default_factory=Score)
    deploy: Score = field(default_factory=Score)
    type_hits: int = 0
    modality_hits: int = 0
    matched: int = 0
    articles: list[ArticleResult] = field(default_factory=list)
    predictions: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def type_accuracy(self) -> float:
        return self.type_hits / self.matched if self.matched else 1.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_hits / self.matched if self.matched else 1.0

    def summary(self) -> dict[str, float]:
        return {
            "pair_precision": self.pair.precision, "pair_recall": self.pair.recall, "pair_f1": self.pair.f1,
            "dated_precision": self.dated.precision, "dated_recall": self.dated.recall,
            "dated_f1": self.dated.f1,
            "deploy_precision": self.deploy.precision, "deploy_recall": self.deploy.recall,
            "deploy_f1": self.deploy.f1,
            "type_accuracy": self.type_accuracy, "modality_accuracy": self.modality_accuracy,
        }


class _Names:
    """Maps predicted names onto gold canonical names: canonical name, an alias, or the surname."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.lookup: dict[str, str] = {}
        for official in gold.get("officials", []):
            name = official["name"]
            for form in [name, *official.get("aliases", [])]:
                self.lookup.setdefault(form.lower(), name)
            self.lookup.setdefault(name.split()[-1].lower(), name)

    def canonical(self, label: str) -> str:
        if label.startswith("STATE:"):
            return label
        key = label.lower()
        if not key:
            return label
        return self.lookup.get(key) or self.lookup.get(key.split()[-1], label)


def _pairs(participants: Iterable[str]) -> Iterator[tuple[str, str]]:
    yield from combinations(sorted(set(participants)), 2)


def _event_tuples(contacts: list[dict[str, Any]], names: _Names) -> list[tuple[tuple[str, str], Any, dict]]:
    tuples = []
    for contact in contacts:
        canon = [names.canonical(p) for p in contact["participants"]]
        for pair in _pairs(canon):
            tuples.append((pair, contact.get("date"), contact))
    return tuples


def score_article(article: CorpusArticle, predicted: dict[str, Any], report: EvalReport) -> ArticleResult:
    names = _Names(article.gold)
    result = ArticleResult(article.id)
    gold_contacts = article.gold.get("contacts", [])
    pred_contacts = predicted.get("contacts", [])

    gold_pairs = {p for c in gold_contacts for p in _pairs(names.canonical(x) for x in c["participants"])}
    pred_pairs = {p for c in pred_contacts for p in _pairs(names.canonical(x) for x in c["participants"])}
    report.pair.tp += len(gold_pairs & pred_pairs)
    report.pair.fp += len(pred_pairs - gold_pairs)
    report.pair.fn += len(gold_pairs - pred_pairs)

    gold_tuples = _event_tuples(gold_contacts, names)
    pred_tuples = _event_tuples(pred_contacts, names)
    unmatched = list(range(len(pred_tuples)))
    seen_gold: set[tuple[tuple[str, str], Any]] = set()
    # dated gold tuples first: a null gold date accepts any date, so it takes what the dated ones left over
    for pair, date, gold_contact in sorted(gold_tuples, key=lambda t: t[1] is None):
        if (pair, date) in seen_gold:
            continue
        seen_gold.add((pair, date))
        exact = [i for i in unmatched if pred_tuples[i][0] == pair and pred_tuples[i][1] == date]
        loose = [i for i in unmatched if pred_tuples[i][0] == pair] if date is None else []
        hit: int | None = (exact or loose)[0] if exact or loose else None
        if hit is None:
            report.dated.fn += 1
            result.missed.append(
                f"{' + '.join(pair)} {date} {gold_contact['type']}/{gold_contact['modality']}"
                f"  «{(gold_contact.get('evidence') or '')[:120]}»"
            )
            continue
        unmatched.remove(hit)
        report.dated.tp += 1
        report.matched += 1
        predicted_contact = pred_tuples[hit][2]
        report.type_hits += predicted_contact["type"] == gold_contact["type"]
        report.modality_hits += predicted_contact["modality"] == gold_contact["modality"]
        if predicted_contact["type"] != gold_contact["type"] or predicted_contact["modality"] != gold_contact[
            "modality"
        ]:
            result.mislabelled.append(
                f"{' + '.join(pair)} {date}: predicted {predicted_contact['type']}/{predicted_contact['modality']}"
                f", gold {gold_contact['type']}/{gold_contact['modality']}"
            )
    # a set of (pair, date) tuples: a second prediction of a tuple gold has (a call and a meeting of the same two
    # on one day) is that tuple again, not an extra
    extras = {(pred_tuples[i][0], pred_tuples[i][1]): pred_tuples[i][2] for i in unmatched
              if (pred_tuples[i][0], pred_tuples[i][1]) not in seen_gold}
    report.dated.fp += len(extras)
    for (pair, date), contact in sorted(extras.items(), key=str):
        result.extra.append(f"{' + '.join(pair)} {date} {contact['type']}/{contact['modality']}"
                            f"  «{(contact.get('evidence') or '')[:120]}»")

    def deploy_set(items: list[dict[str, Any]]) -> set[tuple[str, str, bool]]:
        return {(d["from"], d["to"], d["modality"] in {"denied", "cancelled"}) for d in items}

    gold_deploy = deploy_set(article.gold.get("deployments", []))
    pred_deploy = deploy_set(predicted.get("deployments", []))
    report.deploy.tp += len(gold_deploy & pred_deploy)
    report.deploy.fp += len(pred_deploy - gold_deploy)
    report.deploy.fn += len(gold_deploy - pred_deploy)
    result.missed += [f"deploy {d}" for d in sorted(gold_deploy - pred_deploy)]
    result.extra += [f"deploy {d}" for d in sorted(pred_deploy - gold_deploy)]
    return result


def evaluate(articles: list[CorpusArticle], extractor: _Extractor) -> EvalReport:
    report = EvalReport()
    for article in articles:
        predicted = extraction_to_gold(extractor.extract(article.text, article.published_at))
        report.predictions[article.id] = predicted
        report.articles.append(score_article(article, predicted, report))
    return report
