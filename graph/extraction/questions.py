"""Events a sentence only asks about: "asked whether it would send troops", "declined to say whether he would
meet Vega", "asked whether Modi had met Xi". ``modality`` asks these; the answer a sentence gives ("said it had
no plans to do so") decides what was asked.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.lexicon import Lexicon

__all__ = ["asked_about", "asked_whether_it_would", "answered_no", "in_question"]


def asked_whether_it_would(trigger: Token, lex: Lexicon) -> bool:
    """Whether the trigger's clause is a question about what someone would do: "asked whether it would send
    troops" (not "asked whether Modi had met Xi", a question about the past: ``asked_about``)."""
    clause = _question_clause(trigger, lex)
    return clause is not None and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might"}
                                      for c in clause.children)


def asked_about(trigger: Token, lex: Lexicon) -> bool:
    """ "Reporters asked whether Modi had met Xi": a question about what happened states nothing."""
    return _question_clause(trigger, lex) is not None and not asked_whether_it_would(trigger, lex)


def _question_clause(trigger: Token, lex: Lexicon) -> Token | None:
    """The clause a question verb asks about ("asked whether …", "wondered if …") that holds the trigger."""
    asking = lex.modality["denied"]["question_verbs"]
    for clause in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children) and \
                clause.head.lemma_.lower() in asking:
            return clause
        if clause.dep_ not in {"xcomp", "conj"}:
            break
    return None


def answered_no(sent: Span, lex: Lexicon) -> bool:
    """ "… said it had no plans to do so", "… had no intention of doing so": the answer to the question is no."""
    text = " ".join(t.lower_ for t in sent)
    return any(answer in text for answer in lex.modality["denied"]["refusal_answers"])


def in_question(trigger: Token) -> bool:
    """ "declined to say whether he would meet Vega", "it is unclear whether they will meet": the clause asks."""
    for token in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
            return True
        if token.dep_ in {"ccomp", "advcl", "relcl", "csubj", "ROOT"}:
            return False
    return False
