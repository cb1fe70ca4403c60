"""The extraction lexicon: word lists kept as data (YAML beside this file), loaded once into frozen maps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["Bloc", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Bloc:
    """A fixed set of states reporting counts as a group ("the eight SAARC countries"), era by era: the members
    after each year a member joined or left."""

    name: str
    eras: tuple[frozenset[str], ...]
    whole: bool = False  # a format that only ever meets complete ("Quad leaders", "the E3 ministers"): no count needed

    def counted(self, count: int) -> tuple[str, ...]:
        """The members when the bloc had as many as a phrase counts; none when no era had that many or eras of
        that size differ in who they were."""
        fits = {era for era in self.eras if len(era) == count}
        return tuple(sorted(next(iter(fits)))) if len(fits) == 1 else ()


class _StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key told twice in one mapping: the second would silently replace the first list (two
    people adding the same key to a lexicon file would otherwise lose one's words without a sign)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"lexicon key {key!r} told twice ({key_node.start_mark})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(text: str) -> Any:
    """A lexicon file's data, refusing duplicated keys."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a SafeLoader)


def _read(name: str) -> Any:
    return read_yaml(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Case- and punctuation-insensitive form of a place or title phrase ("the U.S." → "us")."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"^the\s+", "", text)
    text = text.replace(".", "")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules look words up in; built once per process by ``load_lexicon``."""

    country_names: dict[str, str]  # folded name/alias → canonical country
    demonyms: dict[str, str]  # folded demonym → canonical country
    places: dict[str, str]  # folded capital/city → canonical country
    capitals: dict[str, str]  # folded capital → canonical country (a capital can stand for its government)
    metonyms: dict[str, str]  # folded seat of government → canonical country
    country_codes: dict[str, str]  # canonical country → ISO alpha-2
    contact_verbs: dict[str, str]
    travel_verbs: frozenset[str]
    return_verbs: frozenset[str]
    light_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    contact_nouns: dict[str, str]
    manner: dict[str, str]  # word → contact type it fixes
    non_actors: frozenset[str]
    official_nouns: frozenset[str]
    pair_heads: frozenset[str]
    setting_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    invitation_nouns: frozenset[str]
    invitation_receivers: frozenset[str]
    participation_verbs: frozenset[str]
    gathering_role_verbs: frozenset[str]  # "X, who will chair it": "it" is the gathering the sentence tells
    gathering_nouns: frozenset[str]  # "A summit was held on Monday": open for members named after it
    presence_predicates: frozenset[str]  # "with A expected alongside B": A is present at the contact
    presence_settings: frozenset[str]  # "with A in attendance": A is present at the contact
    attendance_nouns: frozenset[str]  # "In attendance were A and B": the gathering's members follow
    presence_verbs: frozenset[str]  # "sat in on the talks", "witnessed by C": present beside those told
    seating_nouns: frozenset[str]  # "sat across the table from X": X is at the contact
    flanking_determiners: frozenset[str]  # "on either side of B": B is flanked, at the contact
    relation_verbs: frozenset[str]
    one_way_verbs: frozenset[str]
    counterpart_words: frozenset[str]
    led_party_nouns: frozenset[str]
    direct_object_verbs: frozenset[str]
    non_state_modifiers: frozenset[str]  # "business leaders": no one speaking for a state
    joint_modifiers: frozenset[str]  # "a three-way call with A and B": one contact of them all
    prospective_verbs: frozenset[str]  # "is due to see Sisi": a contact only as one to come
    welcomed_to_verbs: frozenset[str]  # "welcomes B to pay a visit": the welcome is an invitation
    topic_verbs: frozenset[str]
    arranging_verbs: frozenset[str]
    agent_bound_verbs: frozenset[str]  # "was briefed by the ambassador": a contact only in the passive with its agent
    interview_nouns: frozenset[str]  # "has had an interview with the Minister of X": a calque of "entretien"
    presence_nouns: frozenset[str]
    place_presence_nouns: frozenset[str]  # "in front of the Kremlin": a state or a place after them is no side
    uniformed_nouns: frozenset[str]  # "police officers arrived in Haiti": a force, no delegation
    uniformed_modifiers: frozenset[str]
    line_bound_verbs: frozenset[str]  # "joined Vega by video link": a call only with a manner of calling
    form_nouns: frozenset[str]  # "in the format of a videoconference": the contact's form, not one of its own
    party_nouns: frozenset[str]
    delegation_lead_verbs: frozenset[str]  # "a delegation led by X": X takes part for it
    state_nouns: frozenset[str]  # "the two countries", "both governments": states as a group
    hospitality_nouns: frozenset[str]  # "hosted a dinner for B": the guest is the other side
    commemoration_nouns: frozenset[str]  # "the 1972 anniversary summit": the year is what is remembered
    granted_nouns: frozenset[str]  # "granted an audience to B": the one it is granted to is the other side
    departure_verbs: frozenset[str]  # "left for Doha on a visit": the visit's destination
    reporter_labels: frozenset[str]  # "QUESTION:": a transcript turn that asks, states nothing
    guest_modifiers: frozenset[str]  # "the visiting minister": the guest of the last visit
    guest_nouns: frozenset[str]  # "the visitor", "his guest": the guest of the last visit or hosted meeting
    host_nouns: frozenset[str]  # "his host": the other side of the owner's last contact away from home
    companion_verbs: frozenset[str]  # "accompanied by Y": Y takes part in the contact
    passive_companion_verbs: frozenset[str]  # "flanked by Y", "joined by Y" (passive only)
    companion_adverbs: frozenset[str]  # "together with Y", "along with Y"
    membership_verbs: frozenset[str]  # "the talks included A and B"
    participant_nouns: frozenset[str]  # "Participants included A and B": members of the gathering just told
    trip_maker_verbs: frozenset[str]  # "a visit to Beijing that Macron had planned": who plans a trip makes it
    figurative_adverbs: frozenset[str]  # "meet China halfway": a figure of speech, not a meeting
    partitive_nouns: frozenset[str]  # "a round of talks": the contact keeps the modality of what governs them
    assent_nouns: frozenset[str]  # "won the king's approval at a meeting": the one whose assent it was took part
    joint_body_nouns: frozenset[str]  # "a joint commission … will hold its first session": a body of two states
    round_nouns: frozenset[str]  # "a second round was put off": alone, a further round of the talks just told
    kin_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    offering_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]  # "the call took place on March 4": the verb's date is its subject's event's
    reschedule_verbs: frozenset[str]  # "it has been rescheduled for June": the contact told before, on a new date
    date_moving_verbs: frozenset[str]  # "was moved to March 20": a plan's new day, only with "to" and a date
    signing_verbs: frozenset[str]  # "A, B and C signed the accord in Geneva": people who sign together meet
    object_bound_verbs: dict[str, frozenset[str]]  # verb → the objects it needs to state a contact
    particle_bound_verbs: dict[str, frozenset[str]]  # verb → the particle it needs ("brought together")
    principle_nouns: frozenset[str]  # "the importance of dialogue": bare, a way rather than a contact
    exchanged_nouns: frozenset[str]  # "exchanged messages": a contact only as what is exchanged
    handing_verbs: frozenset[str]  # "handed the list to Qatari officials": giver and receiver in contact
    preposition_bound_verbs: dict[str, frozenset[str]]  # verb → prepositions of its other side ("appear alongside")
    leg_verbs: dict[str, frozenset[str]]  # verb → the prepositions that name a trip's place ("stopped in Manaus")
    leg_nouns: dict[str, frozenset[str]]  # noun → the prepositions that name a trip's place ("a stop in Manaus")
    state_groups: dict[str, tuple[str, ...]]  # "koreas" → the states the plural name stands for
    blocs: dict[str, tuple[Bloc, ...]]  # folded name or modifier ("saarc", "nordic") → the blocs it may name
    modality: dict[str, dict[str, frozenset[str]]]
    deploy_verbs: frozenset[str]
    deploy_nouns: frozenset[str]
    ship_prefixes: dict[str, str]  # "USS" → United States
    force_subject_verbs: frozenset[str]
    place_object_verbs: frozenset[str]  # "troops entered Syria": the direct object is where the force goes
    host_verbs: frozenset[str]  # "Poland hosts US troops": the subject is where the force is
    reinforce_verbs: frozenset[str]  # "reinforce its garrison in B with 900 troops": the force comes after "with"
    forces: frozenset[str]
    destinations: frozenset[str]
    place_nouns: frozenset[str]
    not_deployments: frozenset[str]
    place_bound_verbs: frozenset[str]  # "has troops in B" states a deployment only with the place said
    career_verbs: frozenset[str]  # "General Smith, who led the British contingent in B": a career, not a sending
    leader_verbs: frozenset[str]  # "a battalion led by Canada": the leader is whose force it is
    posting_participles: frozenset[str]  # "troops based in B": the participle says where the force is
    offer_verbs: frozenset[str]  # "pledged 60 soldiers": a deployment proposed, not made
    heading_words: frozenset[str]  # "left port bound for Djibouti": the clause says where the force goes
    visit_phrases: frozenset[str]  # "made a port call in B": a warship's visit
    military_nouns: frozenset[str]  # "Russia's deployment in Belarus": forces moved, though none is named
    companions: frozenset[str]  # "stationed alongside a French contingent": the other force goes too
    border_nouns: frozenset[str]  # "along its border with B": the line between two states
    attribution_words: frozenset[str]  # "according to X": a source, never a destination
    occasion_words: frozenset[str]  # "after the attack on B": a phrase of when or why, never a destination
    composition_verbs: frozenset[str]  # "the contingent includes units of X": parts of a force sent
    allegation_verbs: frozenset[str]  # "accounts claim A is sending troops": an allegation, not a fact
    report_nouns: frozenset[str]  # "denied reports that A had moved troops": a noun of what is said
    request_verbs: frozenset[str]  # "asked Germany to send tanks": a sending asked of another
    request_nouns: frozenset[str]  # "a Ukrainian request to send tanks": asked of another, not the asker's
    condition_marks: frozenset[str]  # "if Britain sends troops, …": a sending only supposed
    foreign_owners: frozenset[str]  # "NATO troops", "rebel forces": a force no state's own institutions name
    water_words: frozenset[str]  # "the East China Sea", "the Gulf of Mexico": a country's name inside a sea's
    force_names: dict[str, str]  # "JMSDF" → Japan: an armed service's abbreviation says whose force it is
    regions: dict[str, str]  # folded "crimea" → Ukraine: a region or base town, as a deployment's destination
    munitions: frozenset[str]  # "missiles landed near Japan": weapons fired, not forces moved
    civilian_modifiers: frozenset[str]  # "a cargo ship", "medical equipment": a civilian thing, no force
    civilian_cargo: frozenset[str]  # "two planes of aid", "a plane full of tents": a vehicle that carries, no force
    aircraft_designations: frozenset[str]  # "F" of "F-16s": a warplane's designation is a force
    aid_verbs: frozenset[str]  # "send forces to help Finland": the state helped is where the forces go
    aid_nouns: frozenset[str]  # "send forces to Niger's aid": the state aided is where the forces go
    origin_participles: frozenset[str]  # "a contingent drawn from Austria": "from" names whose force it is
    contribution_verbs: frozenset[str]  # "provide a battalion for the force": a sending only to a force or mission
    mission_nouns: frozenset[str]  # "the mission", "the operation": what states contribute forces to
    massing_words: frozenset[str]  # "massed in A near B's border": the border's state is where forces point
    making_verbs: frozenset[str]  # "building its own defence force": a force made, placed only with a place said
    government_nouns: frozenset[str]  # "the Biden administration", "the government of Chad": the state as sender
    country_nouns: frozenset[str]  # "stay in the country": a state named again
    weapon_names: frozenset[str]  # "four Eurofighters": a weapon system's name, a force only when capitalized
    personnel: frozenset[str]  # "soldiers", "a brigade": forces that are people, not equipment
    wish_verbs: frozenset[str]  # "hoped Germany would send troops": a sending wished of another
    deliberation_verbs: frozenset[str]  # "is weighing whether to send troops": a sending considered, proposed
    moving_phrases: frozenset[str]  # "set off", "take up positions": verbs that move their force subject so
    force_adjectives: frozenset[str]  # "a naval presence": an adjective that makes a deployment noun's force
    permission_verbs: frozenset[str]  # "a pact allowing troops to be deployed": no sending yet
    instrument_nouns: frozenset[str]  # pact, treaty, law: texts that allow a sending
    way_nouns: frozenset[str]  # "on their way to B", "en route to B": forces going where the way's "to" says
    rotation_words: frozenset[str]  # "a rotation of Marines through Darwin": "through" names where forces go
    title_words: frozenset[str]
    portfolios: frozenset[str]
    ranks: frozenset[str]
    courtesy: frozenset[str]
    generic_role_words: frozenset[str]
    unique_modifiers: frozenset[str]  # "Beijing's top diplomat": one office, held by the one the article names
    document_nouns: frozenset[str]  # "Readout of Secretary X's Call": what a document is of, no part of a title
    office_nouns: frozenset[str]  # "officials at the Chinese commerce ministry": the ministry says whose they are
    honorifics: frozenset[str]
    given_name_honorifics: frozenset[str]  # "Don", "U": a form of address only before a name of two words or more
    honorific_openers: frozenset[str]  # "Tan" of "Tan Sri": a form of address only before another one
    title_suffixes: frozenset[str]  # "-elect", "-designate": a title still
    royal_styles: frozenset[str]  # "Foreign Minister Prince X": a style, no office, after an office
    organization_acronyms: frozenset[str]  # "the AU chairman": a body's acronym, never a role's initials
    monarch_titles: frozenset[str]  # the offices "His Majesty" is said of
    state_forms: frozenset[str]  # "the Kingdom" names again "the Kingdom of Saudi Arabia"
    state_halves: frozenset[str]  # "the North" names again North Korea
    distinct_offices: frozenset[str]  # "both presidents": only holders of that office
    name_styles: frozenset[str]  # "Sheikh Tamim …": a style kept in the name as written
    post_nominals: frozenset[str]  # "David Okoro MP": letters after a name, no part of it
    title_abbreviations: frozenset[str]  # "Hon.", "Lt.-Gen.": one token each, so no sentence ends inside a name
    organization_words: frozenset[str]  # "Council", "Bank": a capitalized run with one is no person's name
    lesser_offices: frozenset[str]  # "Vice President" is no president: a description of the office is not his
    past_office_words: frozenset[str]  # "former": a role so told gives way to an office held now
    succession_nouns: frozenset[str]  # "his predecessor": the holder of the owner's office at another time
    portfolio_nouns: frozenset[str]  # "foreign policy aide": a noun that closes a portfolio inside a title
    head_roles: frozenset[str]  # inside a role, these make it a head of state's or government's ("the leader")
    organization_names: frozenset[str]  # "Hamas", "Reuters": one such word where a person stands is no person
    outlet_verbs: frozenset[str]  # "Xinhua reported": the subject is a news outlet
    female_words: frozenset[str]  # "Ms", "Queen", "spokeswoman": the person is a woman ("her" may be her)
    male_words: frozenset[str]  # "Mr", "King", "spokesman": the person is a man
    surface_forms: frozenset[str]  # every place name as the lexicon writes it ("U.S.", "Washington D.C.")

    @cached_property
    def modality_nouns(self) -> frozenset[str]:
        """Nouns that give the event inside them a modality ("the cancellation of the summit")."""
        return frozenset(w for cues in self.modality.values() for w in cues.get("nouns", ()))

    @cached_property
    def schedule_words(self) -> frozenset[str]:
        """The verbs and adjectives of a plan ("scheduled", "due", "pencilled in"): a date phrase under them still
        dates the event planned."""
        planned = self.modality["planned"]
        return planned["governors"] | planned["adjectives"] | {p.split()[0] for p in planned["particles"]}

    @cached_property
    def prepositional_proposals(self) -> frozenset[str]:
        """The verbs of the proposals made only with a preposition ("call" of "call for")."""
        return frozenset(phrase.split()[0] for phrase in self.modality["proposed"]["prepositional"])

    @cached_property
    def people_words(self) -> frozenset[str]:
        """Nouns that name people by office or as a group ("ministers", "the President", "counterparts")."""
        return self.official_nouns | self.title_words

    @cached_property
    def group_heads(self) -> frozenset[str]:
        """Heads of a phrase that may mean several people told before ("the two leaders", "the ministers")."""
        return self.pair_heads | self.official_nouns | self.title_words

    def heads_state(self, role: str | None) -> bool:
        """Whether a role is a head of state's or government's ("President", "Prime Minister of X"), read word by
        word (no "president" inside "Vice-Presidential"), and not a lesser office ("Vice President", "former Prime
        Minister": ``lesser_offices``)."""
        words = f" {(role or '').lower()} "
        return any(f" {w} " in words for w in self.head_roles) and not any(
            f" {w} " in words for w in self.lesser_offices)

    def country(self, phrase: str, *, demonym: bool = True, places: bool = True) -> str | None:
        """The country a phrase names: a country name, an alias, a metonym, a capital/city or a demonym."""
        key = fold(phrase)
        found = self.country_names.get(key) or self.metonyms.get(key)
        if found is None and places:
            found = self.places.get(key)
        if found is None and demonym:
            found = self.demonyms.get(key)
        return found


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    countries: dict[str, dict[str, Any]] = _read("countries.yaml")
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    places: dict[str, str] = {}
    capitals: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    codes: dict[str, str] = {}
    surface: set[str] = set()
    for canonical, entry in countries.items():
        names[fold(canonical)] = canonical
        for alias in entry.get("aliases") or []:
            names.setdefault(fold(alias), canonical)
        for word in entry.get("demonyms") or []:
            demonyms.setdefault(fold(word), canonical)
        for place in (entry.get("capitals") or []) + (entry.get("cities") or []):
            places.setdefault(fold(place), canonical)
        for place in entry.get("capitals") or []:
            capitals.setdefault(fold(place), canonical)
        for place in entry.get("metonyms") or []:
            metonyms.setdefault(fold(place), canonical)
        for key in ("aliases", "capitals", "cities", "metonyms"):
            surface.update(str(v) for v in entry.get(key) or [])
        surface.add(canonical)
        if entry.get("code"):
            codes[canonical] = str(entry["code"])
    contacts = _read("contacts.yaml")
    modality = _read("modality.yaml")
    deploy = _read("deployments.yaml")
    titles = _read("titles.yaml")
    return Lexicon(
        country_names=names,
        demonyms=demonyms,
        places=places,
        capitals=capitals,
        metonyms=metonyms,
        country_codes=codes,
        contact_verbs=dict(contacts["verbs"]),
        contact_nouns=dict(contacts["nouns"]),
        object_bound_verbs={str(v): _words(objs) for v, objs in contacts["object_bound_verbs"].items()},
        particle_bound_verbs={str(v): _words(ps) for v, ps in contacts["particle_bound_verbs"].items()},
        preposition_bound_verbs={str(v): _words(ps) for v, ps in contacts["preposition_bound_verbs"].items()},
        leg_verbs={str(v): _words(ps) for v, ps in contacts["leg_verbs"].items()},
        leg_nouns={str(v): _words(ps) for v, ps in contacts["leg_nouns"].items()},
        state_groups={str(k): _known_states(members, names) for k, members in contacts["state_groups"].items()},
        blocs=_blocs(_read("blocs.yaml"), names),
        manner={word: kind for kind, words in contacts["manner"].items() for word in words},
        modality={kind: {cue: _words(words) for cue, words in cues.items()} for kind, cues in modality.items()},
        deploy_verbs=_words(deploy["verbs"]),
        deploy_nouns=_words(deploy["nouns"]),
        ship_prefixes={str(k): str(v) for k, v in deploy["ship_prefixes"].items()},
        force_names={str(k): str(v) for k, v in deploy["force_names"].items()},
        regions={fold(str(k)): _known_states([v], names)[0] for k, v in deploy["regions"].items()},
        surface_forms=frozenset(surface),
        **_word_lists(contacts, _CONTACT_LISTS),
        **_word_lists(deploy, _DEPLOYMENT_LISTS),
        **_word_lists(titles, _TITLE_LISTS),
    )


# The plain word lists of each YAML file: each is a ``Lexicon`` field of the same name.
_CONTACT_LISTS = ("travel_verbs", "return_verbs", "light_verbs", "addressee_verbs", "non_actors", "official_nouns",
                  "pair_heads", "setting_nouns", "occasion_nouns", "invitation_nouns", "invitation_receivers",
                  "participation_verbs", "gathering_role_verbs", "gathering_nouns", "presence_predicates",
                  "presence_settings", "attendance_nouns", "presence_verbs", "seating_nouns", "flanking_determiners",
                  "relation_verbs", "one_way_verbs", "non_state_modifiers", "joint_modifiers", "prospective_verbs",
                  "welcomed_to_verbs", "direct_object_verbs", "led_party_nouns", "counterpart_words",
                  "topic_verbs",
                  "arranging_verbs", "presence_nouns", "place_presence_nouns", "form_nouns",
                  "line_bound_verbs", "handing_verbs", "principle_nouns", "exchanged_nouns", "uniformed_nouns",
                  "uniformed_modifiers", "party_nouns",
                  "delegation_lead_verbs", "partitive_nouns", "round_nouns", "joint_body_nouns", "assent_nouns",
                  "figurative_adverbs",
                  "hospitality_nouns", "commemoration_nouns", "granted_nouns", "departure_verbs", "reporter_labels",
                  "state_nouns",
                  "kin_nouns", "collective_nouns", "offering_verbs",
                  "occurrence_verbs",
                  "reschedule_verbs", "date_moving_verbs",
                  "signing_verbs", "guest_modifiers", "guest_nouns", "host_nouns",
                  "companion_verbs", "passive_companion_verbs", "companion_adverbs",
                  "membership_verbs", "participant_nouns",
                  "interview_nouns", "agent_bound_verbs",
                  "trip_maker_verbs")
_DEPLOYMENT_LISTS = ("force_subject_verbs", "place_object_verbs", "host_verbs", "reinforce_verbs", "forces",
                     "destinations", "place_nouns", "not_deployments", "place_bound_verbs", "career_verbs",
                     "leader_verbs",
                     "posting_participles", "companions", "military_nouns", "visit_phrases", "heading_words",
                     "offer_verbs", "border_nouns", "attribution_words", "occasion_words", "composition_verbs",
                     "allegation_verbs", "report_nouns", "request_verbs", "request_nouns", "condition_marks",
                     "foreign_owners", "water_words", "aircraft_designations", "civilian_modifiers",
                     "civilian_cargo", "munitions",
                     "aid_verbs", "aid_nouns", "origin_participles", "contribution_verbs", "mission_nouns",
                     "massing_words", "making_verbs", "government_nouns",
                     "country_nouns", "weapon_names", "personnel",
                     "wish_verbs", "deliberation_verbs", "rotation_words",
                     "moving_phrases", "way_nouns",
                     "force_adjectives", "permission_verbs", "instrument_nouns")
_TITLE_LISTS = ("title_words", "portfolios", "ranks", "courtesy", "generic_role_words", "unique_modifiers",
                "document_nouns",
                "office_nouns", "honorifics", "given_name_honorifics", "honorific_openers",
                "title_suffixes", "royal_styles",
                "title_abbreviations", "organization_acronyms", "name_styles", "post_nominals", "monarch_titles",
                "state_forms",
                "state_halves", "distinct_offices",
                "organization_words", "head_roles", "lesser_offices", "past_office_words", "organization_names",
                "succession_nouns", "portfolio_nouns",
                "outlet_verbs",
                "female_words", "male_words")


def _words(values: list[Any]) -> frozenset[str]:
    return frozenset(str(v) for v in values)


def _known_states(members: list[Any], names: dict[str, str]) -> tuple[str, ...]:
    """The canonical names of a group's states; a name the countries file does not have is an error."""
    unknown = [m for m in members if names.get(fold(str(m))) != m]
    if unknown:
        raise ValueError(f"state_groups: not canonical country names: {unknown}")
    return tuple(str(m) for m in members)


def _blocs(entries: dict[str, dict[str, Any]], names: dict[str, str]) -> dict[str, tuple[Bloc, ...]]:
    """Each bloc under every name it goes by, with its members era by era (blocs.yaml)."""
    found: dict[str, list[Bloc]] = {}
    for name, entry in entries.items():
        members = _known_states(entry["members"], names)
        joined, left = entry.get("joined") or {}, entry.get("left") or {}
        _known_states([*joined, *left], names)
        turns = sorted({0, *joined.values(), *left.values()})
        eras = tuple(dict.fromkeys(
            frozenset(m for m in members if joined.get(m, 0) <= year and left.get(m, 10_000) > year)
            for year in turns))
        for alias in entry["names"]:
            found.setdefault(fold(str(alias)), []).append(Bloc(str(name), eras, bool(entry.get("whole", False))))
    return {alias: tuple(blocs) for alias, blocs in found.items()}


def _word_lists(section: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: _words(section[key]) for key in keys}
