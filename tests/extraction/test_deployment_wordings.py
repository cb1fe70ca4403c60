"""Deployments told in wordings the first rules did not meet: forces named by what they are (mercenaries), a place
told before ("sent troops there"), and the like. One grammatical case per row. Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import deployment_rows

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    # hired fighters are a state's force like its soldiers
    ("Russian mercenaries have been deployed to Mali, officials said.", [("Russia", "Mali")]),
    ("Turkey sent Syrian mercenaries to Libya last year.", [("Turkey", "Libya")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_deployment_wordings(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Envoys of Russia and Belarus met in Minsk on the drills. Moscow later sent 9,000 troops there.",
     [("Russia", "Belarus")]),
    ("The president visited Poland. He said the US has 10,000 troops there.", [("United States", "Poland")]),
])
def test_there_names_the_place_told_before(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Pentagon approved the deployment of 3,000 more soldiers to Europe. The troops will be based in Poland.",
     [("United States", "Poland")]),
    ("Canada will send 500 more soldiers to Europe, Ottawa said. The soldiers will be stationed in Latvia.",
     [("Canada", "Latvia")]),
])
def test_forces_sent_to_no_state_are_the_senders_in_the_next_sentence(extractor: Extractor, text: str,
                                                                      expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia flew in additional fighter jets to its Hmeimim air base in Syria this week.", [("Russia", "Syria")]),
    ("Britain flew in additional paratroopers to Estonia on Tuesday.", [("United Kingdom", "Estonia")]),
])
def test_a_force_flown_in_is_sent_not_a_visit(extractor: Extractor, text: str, expected: list) -> None:
    found = extractor.extract(text, PUB)
    assert [(d.from_state, d.to_state) for d in found.deployments] == expected and found.contacts == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The US will rotate up to 2,500 Marines through Darwin each year.", [("United States", "Australia")]),
    ("Japan is to dispatch up to two destroyers to Djibouti.", [("Japan", "Djibouti")]),
])
def test_a_count_up_to_read_as_a_preposition_is_the_force(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base named by a compound before "base" is the state the gazetteer of regions says it is in
    ("Some 300 French troops arrived at the Tapa base on Tuesday.", [("France", "Estonia")]),
    ("US jets were moved to the Spangdahlem air base.", [("United States", "Germany")]),
    # a force word of two words, the first an adjective
    ("Canada will send 40 combat engineers to Poland.", [("Canada", "Poland")]),
    ("China sent 200 military engineers to Lebanon.", [("China", "Lebanon")]),
    ("The company sent engineers to Poland.", []),
])
def test_force_and_place_words(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a translated release: the ministry named down a chain of "of"s, and a verb of informing
    ("The Ministry of Defence of the Kingdom of Spain informs that a contingent of 350 military personnel has been "
     "deployed to the Republic of Latvia.", [("Spain", "Latvia")]),
    ("The Ministry of National Defence of the Republic of Poland will send 200 soldiers to Latvia.",
     [("Poland", "Latvia")]),
])
def test_a_ministry_named_by_its_state_sends(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


def test_a_gerund_read_as_a_compound_on_its_force(extractor: Extractor) -> None:
    text = "Satellite images show Russia massing tanks and artillery along its border with Ukraine."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("Russia", "Ukraine")]


@pytest.mark.parametrize(("text", "expected"), [
    # "to waters off B" read as an infinitive ("to water") still names the state off whose coast
    ("The Pentagon sent the USS Eisenhower to waters off Israel.", [("United States", "Israel")]),
    ("The Pentagon ordered the carrier strike group to waters off Israel.", [("United States", "Israel")]),
])
def test_a_place_noun_read_as_an_infinitive(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 200 US troops arrived at Camp Bondsteel on Monday.", [("United States", "Kosovo")]),
    ("Russia has been ferrying troops to Syria by sea.", [("Russia", "Syria")]),
    ("The ferry carried passengers to Greece.", []),
])
def test_base_names_and_ferrying(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


def test_boots_on_the_ground_are_people(extractor: Extractor) -> None:
    text = "French boots on the ground in Estonia now number 300."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("France", "Estonia")]


def test_a_headline_verb_read_as_a_noun_with_its_force_glued_on(extractor: Extractor) -> None:
    text = "14:05 - More US troops land in Poland."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("United States", "Poland")]


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon's name after a demonym the tagger read as a name ("Spanish" compounded on "Eurofighters")
    ("Four Spanish Eurofighters have been deployed to Bulgaria.", [("Spain", "Bulgaria")]),
    ("The New England Patriots arrived in Germany for a game.", []),
])
def test_weapon_names_after_a_demonym(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people of an army named by their trade
    ("London is ready to send a small team of British army engineers to Poland.", [("United Kingdom", "Poland")]),
    ("Tunisia will not send military elements to Syria, the president said.", [("Tunisia", "Syria")]),
    ("Moscow sent about 100 military virologists and medics to Italy in March.", [("Russia", "Italy")]),
    ("Military experts said Russia could not sustain the offensive.", []),
])
def test_military_trades_are_forces(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India denied that Chinese troops had crossed into its territory.", [("China", "India", "denied")]),
    ("Georgia dismissed claims that Russian troops had massed near its border.", [("Russia", "Georgia", "denied")]),
])
def test_its_territory_in_a_denial_is_the_denier(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy will deploy a SAMP/T air-defence system to Latvia this summer.", [("Italy", "Latvia")]),
    ("The US will deploy the Aegis defense system to Poland.", [("United States", "Poland")]),
    ("The country's defence system is weak, Latvia said.", []),
])
def test_a_defence_system_is_a_force(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "from" that measures a distance says where the forces are near
    ("The Kremlin has massed some 90,000 soldiers not far from Ukraine's border.", [("Russia", "Ukraine")]),
    ("Russia has massed troops 30 kilometres from the Ukrainian border.", [("Russia", "Ukraine")]),
    ("Belarusian units were stationed a few miles from the Polish border.", [("Belarus", "Poland")]),
])
def test_a_distance_from_a_border(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


def test_a_host_in_a_purpose_clause_is_the_subject_above(extractor: Extractor) -> None:
    text = "Lithuania will build barracks to host a German brigade of 5,000 troops."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("Germany", "Lithuania")]


def test_a_force_of_two_states_joined_by_a_hyphen(extractor: Extractor) -> None:
    text = "A Dutch-German Patriot unit has arrived in Slovakia."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [
        ("Germany", "Slovakia"), ("Netherlands", "Slovakia")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A British-led battlegroup arrived in Estonia.", [("United Kingdom", "Estonia")]),
    ("The German-led NATO battlegroup in Lithuania will grow to 5,000 troops.", [("Germany", "Lithuania")]),
])
def test_a_force_led_by_a_demonym_before_led(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The command is located at Al Udeid Air Base in Qatar, home to some 10,000 US troops.",
     [("United States", "Qatar")]),
    ("The talks were held in Doha, home to many exiles.", []),
])
def test_a_place_set_as_home_to_a_force(extractor: Extractor, text: str, expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain offered to send soldiers to Chad, but Italy said it would not deploy troops.",
     [("Italy", "Chad", "denied"), ("Spain", "Chad", "proposed")]),
    # (not into an adverbial clause of the same sentence: "saying its fleet was committed")
    ("Norway declined a request to send frigates to Iceland, saying its fleet was committed to exercises.",
     [("Norway", "Iceland", "denied")]),
])
def test_a_sending_in_a_coordinated_clause_goes_where_the_first_went(extractor: Extractor, text: str,
                                                                      expected: list) -> None:
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == expected
