"""What the resolvers of a contact's sides share: the dependency labels of a clause's sides, and one sentence's state.

``sides.Sides`` is the core (names, pronouns); ``clause_sides.ClauseSides`` (a clause's subjects and objects),
``group_sides.GroupSides`` ("they", "the two men"), ``described_sides.DescribedSides`` ("his Russian counterpart",
with ``named_descriptions`` and ``paired_descriptions``) and ``listed_sides.ListedSides`` (the items of a list the
parser broke) are its mixins. Each part calls the others through the methods declared here, so the mixins need not
import ``Sides`` (which inherits from them).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import SUBJECTS
from graph.extraction.records import ActorRef

__all__ = ["SideResolver", "SUBJECTS", "PREP_DEPS", "WITH_PREPS", "RELATIVE_TAGS"]

# The parser labels "to" after a ditransitive verb "dative" ("sent troops to Poland", "spoke to Kuleba").
PREP_DEPS = {"prep", "dative"}
WITH_PREPS = {"with", "between", "among", "alongside", "from"}
# Tags of relative pronouns ("which", "that", "who"), which stand for the noun their clause hangs on.
RELATIVE_TAGS = {"WDT", "WP"}


class SideResolver:
    """Resolves the tokens of one sentence to actors, with the article's people and what was said before."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
        self.sent = sent
        self.actors = actors
        self.lex = lex
        self.discourse = discourse
        self.anaphoric = False  # the last resolution went through a pronoun or "the pair"
        self.current: list[ContactMention] = []  # what this sentence has stated so far
        self.looking_back = False  # read for the sentence after it ("they" there): it looks back no further
        self.resolving: set[int] = set()  # the phrases being resolved now, so none leads back to itself

    # ---- the core's entry points (``sides.Sides``) ------------------------------------------
    def refs(self, token: Token) -> list[ActorRef]:
        """Actors a noun phrase head stands for, its conjuncts included."""
        raise NotImplementedError

    def listed(self, token: Token) -> list[Token]:
        """A phrase head and the items listed with it."""
        raise NotImplementedError

    def _refs_one(self, token: Token) -> list[ActorRef]:
        """Actors one list item stands for."""
        raise NotImplementedError

    def subject_of(self, verb: Token) -> list[ActorRef]:
        """The sides a verb's subject stands for, up the clause chain."""
        raise NotImplementedError

    def _reader_of(self, sent: Span) -> SideResolver:
        """A resolver of another sentence of the article, reading it as it stands."""
        raise NotImplementedError

    # ---- groups (``group_sides.GroupSides``) ------------------------------------------------
    def _is_pair_phrase(self, token: Token) -> bool:
        """ "the pair", "both", "the two admirals": sides named just before."""
        raise NotImplementedError

    def _pair(self, token: Token) -> list[ActorRef]:
        """The sides of the last contact that has as many as the phrase counts."""
        raise NotImplementedError

    def _told_groups(self) -> list[frozenset[ActorRef]]:
        """The sides of the contacts told so far, latest first."""
        raise NotImplementedError

    def _counted_states(self, token: Token) -> list[ActorRef]:
        """ "the three countries": the countries of the last list of that many."""
        raise NotImplementedError

    def _group_beside_subject(self, token: Token) -> list[ActorRef]:
        """ "Soto will host the ministers again": the others of the subject's last contact with a group."""
        raise NotImplementedError

    # ---- descriptions (``described_sides.DescribedSides``) -----------------------------------
    def _country_cues(self, token: Token) -> list[str]:
        """Countries that modify an unnamed official ("Russian counterpart")."""
        raise NotImplementedError
