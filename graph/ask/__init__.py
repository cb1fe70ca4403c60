"""Questions in plain English over the stored graph, answered offline with spaCy, rules and networkx."""

from graph.ask.answer import answer, answer_graph
from graph.ask.forms import FORMS
from graph.ask.models import Answer, Interpretation
from graph.ask.parse import QuestionNotUnderstood

__all__ = ["answer", "answer_graph", "Answer", "Interpretation", "QuestionNotUnderstood", "FORMS"]
