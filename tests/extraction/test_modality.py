"""Modality of one trigger word, one mechanism per row: (sentence, trigger word, expected modality).
Sentences are the project's own; the trigger is the first token with that exact text."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.modality import modality_of

CASES = [
    # a refusal to refuse leaves the event open; a refusal alone denies it
    ("The premier refused to rule out a meeting with the Chilean president.", "meeting", "proposed"),
    ("The premier refused to meet the Chilean president.", "meet", "denied"),
    # an infinitive the parser hung as a conjunct of the verb is what that verb agreed to; a finite one is its own
    ("The two sides agreed to a truce and to meet again in Lima next month.", "meet", "planned"),
    ("The two sides met in Quito and will meet again in Lima next month.", "met", "occurred"),
    # a bare verb coordinated with one that has an auxiliary shares it; a verb with a tense of its own does not
    ("The premier will visit Havana next week and meet Cuban President Ana Soto.", "meet", "planned"),
    ("The premier is expected to visit Havana and meet Cuban President Ana Soto.", "meet", "planned"),
    ("The premier visited Havana on Monday and met Cuban President Ana Soto.", "met", "occurred"),
    # a "to" clause the parser hangs as relative, with no relative pronoun, is the complement of the noun
    ("Officials said there were no plans for the premier to speak with Chilean President Ana Soto.", "speak",
     "denied"),
    ("There are plans for the premier to visit Santiago in May.", "visit", "planned"),
    ("The premier has rejected calls to negotiate with the rebels' leader, Ana Soto.", "negotiate", "denied"),
    # an event "on the agenda" is planned, one "not on the agenda" denied
    ("A meeting between the two presidents is on the agenda for next week.", "meeting", "planned"),
    ("The spokesman said a meeting between the two presidents was not on the agenda.", "meeting", "denied"),
    # an event that "has been discussed" is only talked of
    ("A visit by the premier to Santiago has been discussed but not decided.", "visit", "proposed"),
    # a headline's infinitive, however the parser hangs it, is a plan
    ("Macron, Soto to visit Quito as allies weigh peace force", "visit", "planned"),
    # a relative clause tells its own fact, not that of the verb its noun hangs from
    ("The envoys, who met in Oslo last spring, agreed to hold further talks.", "met", "occurred"),
    ("The delegation that had travelled to Lisbon was refused a meeting.", "travelled", "occurred"),
    # a gerund one stops is called off; "stopped to talk" is a purpose
    ("The two envoys stopped meeting in Quito after the coup.", "meeting", "cancelled"),
    ("The envoys stopped to talk in Quito on their way home.", "talk", "occurred"),
    # a gerund decided against is refused
    ("The premier decided against travelling to Quito in June.", "travelling", "denied"),
    # a gerund one is kept from is refused; a noun one is kept from keeps its own fate
    ("The envoy was barred from meeting the deposed president on Monday.", "meeting", "denied"),
    ("The junta prevented the envoy from travelling to Niamey.", "travelling", "denied"),
    ("The rebel leader, who was barred from the talks, said the talks in Quito went well.", "talks", "occurred"),
    # what someone should do is only advised
    ("Commentators argue that the premier should meet her Chilean counterpart soon.", "meet", "proposed"),
    ("Lisbon ought to send a frigate to Madeira, the admiral wrote.", "send", "proposed"),
    # a disposition to meet is an offer
    ("The president said she is disposed to meet with her Peruvian counterpart.", "meet", "proposed"),
    # a second verb of the trigger's subject tells its fate
    ("The visit to Lima had to be postponed because of the storm.", "visit", "cancelled"),
    ("The summit was pencilled in for May and later postponed.", "summit", "cancelled"),
    ("The summit was pencilled in for May.", "summit", "planned"),
    # a negated plan "as planned" was called off; a bare negation denies
    ("The premier will not fly to Accra on Monday as planned.", "fly", "cancelled"),
    ("The premier will not fly to Accra on Monday.", "fly", "denied"),
    # a plan in the pluperfect has fallen through
    ("The two envoys had been due to confer in Tunis on Friday.", "confer", "cancelled"),
    ("The chancellor had planned to travel to Rome on Friday.", "travel", "cancelled"),
    ("The chancellor plans to travel to Rome on Friday.", "travel", "planned"),
    ("The meeting, which had been scheduled for months, took place on Monday.", "meeting", "occurred"),
    # "not since <date>" dates the last contact instead of denying one
    ("The two leaders have not spoken since March 2020.", "spoken", "occurred"),
    ("The two leaders have not spoken for months.", "spoken", "denied"),
    # an event that begins or resumes on a day ahead, told in the present, is scheduled
    ("The king's state visit to Oslo begins on Tuesday.", "visit", "planned"),
    ("The talks between the two sides resume on Monday in Geneva.", "talks", "planned"),
    ("The border talks resumed on Tuesday in Geneva.", "talks", "occurred"),
    # talks a trip told in the present is for: ahead with it
    ("The premier flies to Quito on Sunday for talks with President Luis Vega.", "talks", "planned"),
    ("The premier flew to Quito on Sunday for talks with President Luis Vega.", "talks", "occurred"),
    # "neither A nor B" negates the clause as "not" does
    ("Neither the Chilean president nor the Peruvian president has shown any willingness to meet.", "meet",
     "denied"),
    # a meeting said to be possible is only proposed; a summit skipped did not happen for the one who skipped it
    ("Officials said a meeting between the two presidents was possible but no date had been agreed.", "meeting",
     "proposed"),
    ("The prime minister skipped the summit hosted by the king in Rabat.", "summit", "denied"),
    # a contact measured out after "of" keeps the modality of what governs it
    ("Army commanders of both sides are expected to hold a new round of talks next week.", "talks", "planned"),
    ("The envoys held two hours of talks on Monday.", "talks", "occurred"),
    ("The two envoys are due to meet in Oslo next week for a fresh round of talks.", "talks", "planned"),
    # preparations for an event: it is planned
    ("Officials reviewed preparations for the president's visit to Hanoi next month.", "visit", "planned"),
    # refusal and cancellation outrank the plan or the request they act on
    ("A planned visit by the king was called off.", "visit", "cancelled"),
    ("The minister declined repeated invitations to a meeting with his rival.", "meeting", "denied"),
    ("The governor ruled out talks with the rebels.", "talks", "denied"),
    ("The court ruled that the talks with the rebels were lawful.", "talks", "occurred"),  # "rule" needs "out"
    ("Brussels wants to call off the summit with Ankara.", "summit", "cancelled"),
    # particle verbs: "turned down", "pushed back"
    ("Kyiv turned down an offer of talks with Moscow.", "talks", "denied"),
    ("The hosts pushed back the summit by a week.", "summit", "cancelled"),
    # a cue noun speaks for the event named in its "of"-phrase; an ordinary noun does not
    ("The cancellation of the summit angered Paris.", "summit", "cancelled"),
    ("Officials raised the prospect of talks with Tehran.", "talks", "proposed"),
    ("Analysts welcomed the postponement of the visit to Kyiv.", "visit", "cancelled"),
    ("A new set of talks began in Doha.", "talks", "occurred"),
    # a governor the parser mis-lemmatizes ("hopes" → "hop") is still a plan
    ("The premier hopes to meet the emir next week.", "meet", "planned"),
    # an event that has not come about; not when the event is only an adjunct of the complement
    ("The two envoys have yet to meet.", "meet", "denied"),
    ("The admiral failed to meet his counterpart.", "meet", "denied"),
    ("The envoy failed to reach a deal in talks with the rebels.", "talks", "occurred"),
    # a contact that is only the setting of another verb's action keeps its own modality; its tense carries
    ("The two leaders agreed in a phone call to expand trade.", "call", "occurred"),
    ("The minister set out his demands at the meeting.", "meeting", "occurred"),
    ("The minister will sign the accord at the summit.", "summit", "planned"),
    ("The minister is expected to sign the accord at the summit.", "summit", "planned"),
    ("The minister refused to take part in the talks.", "talks", "denied"),
    # words that are cues only in one of their uses
    ("The talks went ahead on Monday despite the storm.", "talks", "occurred"),
    ("The minister is going to meet his counterpart.", "meet", "planned"),
    # as good as expected; but "likely to be his last meeting" describes a meeting, it plans none
    ("The regent is likely to meet the sultan in Brunei next week.", "meet", "planned"),
    ("The regent is poised to meet the sultan in Brunei next week.", "meet", "planned"),
    ("The regent held what is likely to be his last meeting with the sultan.", "meeting", "occurred"),
    # a plan told in the simple past with "was/were" did not hold; not for an event that only sets the plan's aim
    ("The regent and the sultan were supposed to meet in Bandar on Friday.", "meet", "cancelled"),
    ("The regent and the sultan were to have met in Bandar on Friday.", "met", "cancelled"),
    ("The regent and the sultan are supposed to meet in Bandar on Friday.", "meet", "planned"),
    ("The decree was meant to follow up on the summit between the regent and the sultan.", "summit", "occurred"),
    # a plan dropped
    ("The regent will no longer travel to Brunei next week.", "travel", "cancelled"),
    # a plan on a condition is on offer
    ("If the sultan lifts the tariffs, the regent will travel to Brunei.", "travel", "proposed"),
    # an accepted invitation is a plan; "unlikely" as good as rules it out; "would have met" did not happen
    ("The regent has accepted an invitation to visit Brunei.", "visit", "planned"),
    ("The regent is unlikely to meet the sultan during the summit.", "meet", "denied"),
    ("The regent would have met the sultan on Monday had the flight not been cancelled.", "met", "cancelled"),
    # a plan only asked about is not yet one
    ("The regent declined to say whether he would meet the sultan.", "meet", "proposed"),
    ("It is unclear whether the regent will meet the sultan next week.", "meet", "proposed"),
    # a proposal answered in a coordinated clause: taken up it is planned, turned down denied
    ("The regent sought a meeting with the sultan, but Brunei has declined.", "meeting", "denied"),
    ("The regent proposed a meeting with the sultan, and the sultan accepted.", "meeting", "planned"),
    # an existential whose "for"-phrase the parser hangs on "be": the noun it says there is (none of) tells the fate
    ("The spokesman told reporters that there were no plans yet for a meeting between the two presidents.",
     "meeting", "denied"),
    ("There are plans for a meeting between the two presidents in May.", "meeting", "planned"),
    # refraining from an event, or being unwilling to, refuses it
    ("The premier refrained from meeting the Chilean president in Lima.", "meeting", "denied"),
    ("The premier is unwilling to meet the Chilean president.", "meet", "denied"),
    # a contact planned in a "where" clause of an event's place shares that event's fate; a past one keeps its own
    ("The premier boycotted the summit in Lima, where he was due to meet the Chilean president.", "meet", "denied"),
    ("The premier will attend the summit in Lima, where he is due to meet the Chilean president.", "meet",
     "planned"),
    ("The premier cancelled his trip to Lima, where he met the Chilean president last year.", "met", "occurred"),
    # plans that fall through are called off
    ("Plans for a summit between the two presidents fell through.", "summit", "cancelled"),
    # an event put off that a coordinated verb says then took place occurred; one set again is planned
    ("The summit was delayed by a day and took place in Quito on Tuesday.", "summit", "occurred"),
    ("The summit was postponed by a day and held in Quito on Tuesday.", "summit", "occurred"),
    ("The summit was postponed and will be held in May.", "summit", "planned"),
    # the proposal named again as what is turned down; another object is something else refused
    ("The regent proposed a meeting with the sultan, but Brunei rejected the idea.", "meeting", "denied"),
    ("The regent offered to meet the sultan in Bandar, but the sultan turned the offer down.", "meet", "denied"),
    ("The regent proposed a meeting with the sultan, but Brunei rejected the charge.", "meeting", "proposed"),
    # a clause before a semicolon keeps its own tense, whatever the parser hangs it on
    ("The regent met the sultan in Bandar on Friday; the two will meet again in November.", "met", "occurred"),
    # the future of a past narrative came about
    ("The regent would later meet the sultan in Bandar in 2019.", "meet", "occurred"),
    ("The two sides opened talks in Vienna on Monday.", "talks", "occurred"),
    ("Moscow is open to talks with Kyiv.", "talks", "proposed"),
    ("He cut short his visit to Paris.", "visit", "occurred"),
    ("Pyongyang cut off talks with Seoul.", "talks", "cancelled"),
    # a copula with a plan adjective; a fixed phrase; a new date is still a plan
    ("Talks are due to resume next week.", "Talks", "planned"),
    ("The talks were productive.", "talks", "occurred"),
    ("The trip was put on hold.", "trip", "cancelled"),
    ("The talks were rescheduled for Friday.", "talks", "planned"),
    # a decision reversed, a plan frozen or paused, a pledge backtracked on: called off
    ("The envoy reversed his decision to travel to Quito.", "travel", "cancelled"),
    ("The regent has frozen plans to visit Brunei.", "visit", "cancelled"),
    ("The ministry has paused the deployment of the frigate.", "deployment", "cancelled"),
    ("The envoy backtracked on his pledge to travel to Quito.", "travel", "cancelled"),
    # a particle phrase whose words the parser hangs apart
    ("The premier has put on hold her visit to Brunei.", "visit", "cancelled"),
    # a verb that proposes only with its preposition, a reporting verb among them
    ("The regent insisted on a meeting with the sultan.", "meeting", "proposed"),
    ("The regent insisted that the meeting with the sultan went well.", "meeting", "occurred"),
    # what someone shows towards an event not yet agreed; a cue noun's gerund is what it is about
    ("The regent floated the idea of a summit with the sultan.", "summit", "proposed"),
    ("The regent signalled his readiness to meet the sultan.", "meet", "proposed"),
    ("The regent expressed interest in meeting the sultan.", "meeting", "proposed"),
    ("The regent discussed the plan in a phone call with the sultan.", "call", "occurred"),
    # "would" of a wish proposes; "would" of reported speech plans
    ("The regent said he would like to meet the sultan.", "meet", "proposed"),
    ("The regent said he would welcome a meeting with the sultan.", "meeting", "proposed"),
    ("The regent said he would meet the sultan.", "meet", "planned"),
    # copulas other than "be"
    ("A meeting between the regent and the sultan remains possible.", "meeting", "proposed"),
    ("The talks remain scheduled for Monday.", "talks", "planned"),
    # what is done to reports of an event is done to the event
    ("Officials dismissed reports of a meeting between the regent and the sultan.", "meeting", "denied"),
    ("Reports of a meeting between the regent and the sultan surfaced on Monday.", "meeting", "occurred"),
    # "would be happy to meet": the adjective of a wish; "was happy to meet" tells of a meeting held
    ("The regent said he would be happy to meet the sultan.", "meet", "proposed"),
    ("The regent was happy to meet the sultan in Bandar.", "meet", "occurred"),
    # an event under consideration is proposed
    ("A visit by the regent to Brunei is under consideration.", "visit", "proposed"),
    # a planned event that did not take place was called off; an event merely not held is denied
    ("The planned call between the regent and the sultan did not take place.", "call", "cancelled"),
    ("The meeting between the regent and the sultan, scheduled for Friday, did not take place.", "meeting",
     "cancelled"),
    ("The meeting between the regent and the sultan did not take place.", "meeting", "denied"),
    # an adjective's copula carries the cues of its auxiliaries and negation to the event the adjective takes
    ("The regent said he might be able to meet the sultan.", "meet", "proposed"),
    ("The regent was able to meet the sultan in Bandar.", "meet", "occurred"),
    ("The regent was not able to meet the sultan.", "meet", "denied"),
    # a request agreed to is planned
    ("The regent requested a meeting with the sultan, and the sultan agreed.", "meeting", "planned"),
    # "not since" an event with a date dates the last contact; "not since taking office" may deny any
    ("The regent has not spoken to the sultan since the summit in March.", "spoken", "occurred"),
    ("The regent has not spoken to the sultan since taking office.", "spoken", "denied"),
    # a hope or wish told in the pluperfect fell through, as a plan does ("hoped" is lemmatized "hop")
    ("The regent had hoped to meet the sultan in Bandar.", "meet", "cancelled"),
    ("The regent had wanted to visit Brunei in May.", "visit", "cancelled"),
    # interested in meeting: the gerund is what the adjective is about, not its setting
    ("The regent is interested in meeting the sultan.", "meeting", "proposed"),
    ("The regent is not interested in meeting the sultan.", "meeting", "denied"),
    # an event missed did not happen for the one who missed it
    ("The regent missed a scheduled meeting with the sultan.", "meeting", "denied"),
    # a verb of saying whose subject is the event tells how settled it is
    ("A meeting between the regent and the sultan has been confirmed for Tuesday.", "meeting", "planned"),
    ("A meeting between the regent and the sultan has not yet been confirmed.", "meeting", "proposed"),
    ("The palace confirmed that the regent met the sultan on Tuesday.", "met", "occurred"),
    # a door shut on an event refuses it; one not shut leaves it open
    ("The regent shut the door on talks with the sultan.", "talks", "denied"),
    ("The regent did not close the door to a meeting with the sultan.", "meeting", "proposed"),
    ("The regent closed the door behind him after the meeting with the sultan.", "meeting", "occurred"),
    # an event that has yet to take place or failed to materialise did not; one yet to be confirmed is unsettled
    ("The meeting between the regent and the sultan has yet to take place.", "meeting", "denied"),
    ("The promised summit between the regent and the sultan failed to materialise.", "summit", "denied"),
    ("The meeting between the regent and the sultan has yet to be confirmed.", "meeting", "proposed"),
    # an event put off and set again in the future is planned again
    ("The meeting between the regent and the sultan, postponed last week, will now take place on May 28.", "meeting",
     "planned"),
    ("The postponed meeting between the regent and the sultan will be held on May 28.", "meeting", "planned"),
    ("The meeting between the regent and the sultan, scheduled for May 28, has been postponed.", "meeting",
     "cancelled"),
    # a particle the parser takes for a preposition before "of" still makes the cue
    ("The regent pulled out of a planned meeting with the sultan.", "meeting", "cancelled"),
    # a proposal not (yet) answered is still open, not refused
    ("The regent has not responded to the sultan's proposal for a meeting.", "meeting", "proposed"),
    ("The regent has yet to reply to the sultan's offer of talks.", "talks", "proposed"),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_modality_cases(extractor: Extractor, text: str, word: str, expected: str) -> None:
    doc = extractor.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert modality_of(trigger, extractor.lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Anna Berg meets her Kenyan counterpart Peter Oduya on Monday.", ("planned", "2019-07-01")),
        ("Foreign Minister Anna Berg is travelling to Nairobi next week.", ("planned", "2019-07")),
        ("President Carlos Ruiz hosts Argentine President Juan Ferro in Asuncion tomorrow.", ("planned", "2019-06-30")),
        # the past tense keeps the day behind
        ("Foreign Minister Anna Berg met her Kenyan counterpart Peter Oduya on Monday.", ("occurred", "2019-06-24")),
    ],
)
def test_present_tense_with_a_day_ahead_is_a_plan(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    contacts = extractor.extract(text, dt.date(2019, 6, 29)).contacts
    assert [(c.modality, c.date) for c in contacts] == [expected]


def test_a_correction_denies_the_contact_it_corrects(extractor: Extractor) -> None:
    text = ("An earlier version of this article incorrectly stated that Argentine Foreign Minister Diana Mondino "
            "met Chilean Foreign Minister Alberto van Klaveren in Santiago on Monday.")
    [contact] = extractor.extract(text, dt.date(2024, 8, 7)).contacts
    assert contact.modality == "denied"


def test_what_an_earlier_version_reported_is_denied(extractor: Extractor) -> None:
    text = ("An earlier version of the article stated that Lithuanian President Gitanas Nauseda met Polish "
            "President Andrzej Duda in Warsaw on Monday. An earlier version reported that Germany had decided to "
            "send Patriot batteries to Latvia.")
    found = extractor.extract(text, dt.date(2022, 3, 10))
    assert [c.modality for c in found.contacts] == ["denied"]
    assert [d.modality for d in found.deployments] == ["denied"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev agreed a ceasefire by phone on "
     "Monday.", ["occurred"]),
    ("Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev signed the deal on Monday without "
     "meeting.", ["denied"]),
])
def test_what_the_contact_was_for_or_without(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert [c.modality for c in extractor.extract(text, dt.date(2020, 11, 10)).contacts] == expected


@pytest.mark.parametrize(("answer", "expected"), [
    ("said it had no plans to do so", "denied"),
    ("said it was looking at the request", "proposed"),
])
def test_a_sending_asked_about_is_what_the_answer_says(extractor: Extractor, answer: str, expected: str) -> None:
    text = f"Germany, asked whether it would send air defence units to Estonia, {answer}."
    assert [d.modality for d in extractor.extract(text, dt.date(2025, 3, 10)).deployments] == [expected]


def test_a_time_clause_of_a_plan_is_planned(extractor: Extractor) -> None:
    # English tells the future in a time clause in the present tense
    found = extractor.extract("President Ana Soto will sign the accord when she visits Lima in May.",
                              dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality, c.date) for c in found] == [("visit", "planned", "2023-05")]
    found = extractor.extract("President Ana Soto signed the accord when she visited Lima in May.",
                              dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality, c.date) for c in found] == [("visit", "occurred", "2022-05")]


def test_a_trip_begun_on_a_day_ahead_in_the_present_tense_is_planned(extractor: Extractor) -> None:
    text = ("President Ana Soto begins a three-day visit to Peru on Sunday, during which she will meet President "
            "Luis Vega.")
    found = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality, c.date) for c in found] == [("visit", "planned", "2023-03-19")]


@pytest.mark.parametrize(("verb", "expected"), [("will fly", "planned"), ("flew", "occurred")])
def test_the_next_leg_of_a_trip_shares_its_plan(extractor: Extractor, verb: str, expected: str) -> None:
    # a subjectless "before continuing to Quito" is as planned as the travel it follows
    text = f"Foreign Minister Ana Soto {verb} to Lima on Monday before continuing to Ecuador on Wednesday."
    found = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert sorted((c.participants[-1].label, c.modality) for c in found) == [
        ("STATE:Ecuador", expected), ("STATE:Peru", expected)]


def test_what_a_plan_is_not_during_or_after_keeps_its_own_time(extractor: Extractor) -> None:
    # a hope raised during a call plans no call; a visit a plan comes after has its own time
    text = ("Foreign Minister Ana Soto said she had raised Chile's hopes for a bigger role during a call with "
            "Secretary Luis Vega last week.")
    calls = [c for c in extractor.extract(text, dt.date(2023, 3, 15)).contacts
             if "Luis Vega" in {p.label for p in c.participants}]
    assert [(c.type, c.modality) for c in calls] == [("phone_call", "occurred")]
    text = "After her visit to Lima, President Ana Soto will meet President Luis Vega in Quito on Friday."
    found = {c.type: c.modality for c in extractor.extract(text, dt.date(2023, 3, 15)).contacts}
    assert found == {"visit": "occurred", "meeting": "planned"}


@pytest.mark.parametrize(("verb", "expected"), [("is due to meet", "planned"), ("met", "occurred")])
def test_what_a_contact_happens_during_shares_its_plan(extractor: Extractor, verb: str, expected: str) -> None:
    # the visit a planned meeting takes place during is ahead too; a hope "for a role during the call" plans nothing
    text = f"President Ana Soto {verb} President Luis Vega during a state visit to Lima."
    found = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality) for c in found] == [("visit", expected)]



@pytest.mark.parametrize(("answer", "expected"), [
    ("and Vega accepted", ("2023-10", "planned")),
    ("but Vega declined", ("2023-10", "denied")),  # the visit offered lay ahead
    ("and Vega will reply next week", ("2023-10", "proposed")),
])
def test_an_invitation_answered_in_the_same_sentence(extractor: Extractor, answer: str,
                                                     expected: tuple[str | None, str]) -> None:
    text = f"President Ana Soto invited President Luis Vega to visit Lima in October, {answer}."
    visits = [(c.date, c.modality) for c in extractor.extract(text, dt.date(2023, 3, 8)).contacts]
    assert visits == [expected]


def test_the_one_who_has_not_answered_an_invitation_is_the_one_invited(extractor: Extractor) -> None:
    text = ("President Luis Vega met President Carlos Rojas on Monday. Vega has not responded to President Ana "
            "Soto's invitation to visit Santiago.")
    contacts = extractor.extract(text, dt.date(2023, 3, 8)).contacts
    assert sorted((sorted(p.label for p in c.participants), c.modality) for c in contacts) == [
        (["Ana Soto", "Luis Vega"], "proposed"), (["Carlos Rojas", "Luis Vega"], "occurred")]


def test_a_headline_infinitive_after_another_clause_is_planned_and_keeps_its_date(extractor: Extractor) -> None:
    # "…; X to visit Y next month" in a headline is X's plan; "next month" is the visit's, not the discussion's
    text = ("Chile, Peru leaders discuss border crisis; Soto to visit Lima next month\n\n"
            "SANTIAGO - Chilean President Ana Soto and Peruvian President Luis Vega discussed the border by phone on "
            "Tuesday.")
    found = extractor.extract(text, dt.date(2024, 3, 12)).contacts
    visits = [(c.type, c.modality, c.date) for c in found if c.type == "visit"]
    assert visits == [("visit", "planned", "2024-04")]
    assert all(c.date != "2024-04" for c in found if c.type != "visit")


def test_no_details_of_a_call_do_not_deny_the_call(extractor: Extractor) -> None:
    # "no details" denies what is known of the call, not the call told just before
    text = "President Ana Soto spoke by phone with President Luis Vega on Monday. No details on who initiated the call."
    contacts = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality, c.date) for c in contacts] == [("phone_call", "occurred", "2023-03-13")]


def test_not_spoken_since_tells_the_last_contact_not_a_denial(extractor: Extractor) -> None:
    # a bare "since" counts from the contact told before: it says they last met then, it denies no contact
    text = "President Ana Soto met President Luis Vega in Lima in November. The two leaders have not spoken since."
    contacts = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.modality, c.date) for c in contacts] == [("meeting", "occurred", "2022-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Tanaka and Kowalczyk, meeting in Krakow on Tuesday, agreed on rail links.",
        "Foreign ministers Hiro Tanaka and Ewa Kowalczyk, meeting in Krakow on Tuesday, agreed to build a rail link.",
    ],
)
def test_a_participle_before_an_agreeing_is_its_circumstance_not_its_plan(extractor: Extractor, text: str) -> None:
    # the meeting set off by commas before "agreed" happened; what was agreed is what follows the verb
    found = extractor.extract(text, dt.date(2025, 3, 14)).contacts
    assert [(c.modality, c.date) for c in found] == [("occurred", "2025-03-11")]
