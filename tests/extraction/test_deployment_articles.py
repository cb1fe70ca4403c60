"""Deployments in texts of more than one sentence: what a sentence that leaves out its destination or its sender
borrows from the ones before (``deployments.find_deployments``'s scene), allegations the sender denies later, and the
rules whose counterpart needs a sentence before it. Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import deployment_rows

PUB = dt.date(2019, 6, 14)  # Friday


def test_a_destination_left_out_is_the_last_one_named(extractor: Extractor) -> None:
    text = (
        "Rwanda sent 1,000 soldiers to Mozambique in July.\n\n"
        "Botswana has said it will contribute 296 soldiers."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "quantity") == [
        ("Botswana", "Mozambique", 296),
        ("Rwanda", "Mozambique", 1000),
    ]


def test_a_force_named_for_a_place_is_where_contributions_go(extractor: Extractor) -> None:
    text = (
        "NATO approved a rapid-reaction force for Kosovo on Monday.\n\n"
        "The alliance has not said when it will arrive.\n\n"
        "Hungary said it would contribute 200 soldiers."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "quantity") == [("Hungary", "Kosovo", 200)]


def test_a_force_whose_purpose_names_a_place_is_where_contributions_go(extractor: Extractor) -> None:
    text = (
        "The bloc ordered the activation of a standby force to restore order in Gabon.\n\n"
        "Leaders met for hours.\n\n"
        "Cameroon would provide a battalion of 600 soldiers for the force, and Chad would also contribute troops."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("Cameroon", "Gabon"), ("Chad", "Gabon")]


def test_a_force_with_a_purpose_but_no_place_gives_contributions_none(extractor: Extractor) -> None:
    text = "The bloc ordered the activation of a standby force to restore calm.\n\nChad would contribute troops."
    assert not extractor.extract(text, PUB).deployments


def test_a_force_built_without_a_place_borrows_no_destination(extractor: Extractor) -> None:
    """ "building its own army" makes a force; "building up forces" (or building them somewhere) moves them."""
    text = (
        "Sweden will send a battalion to Finland.\n\n"
        "Asked whether Iceland would consider building its own army, the minister said no.\n\n"
        "Norway is building up forces, the minister added."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [
        ("Norway", "Finland"), ("Sweden", "Finland")]


@pytest.mark.parametrize(("where", "expected"), [(" in Somalia", [("Uganda", "Somalia")]), ("", [])])
def test_part_of_a_force_in_a_place_names_where_the_next_sending_goes(extractor: Extractor, where: str,
                                                                       expected: list) -> None:
    text = (f"Kenya has begun to draw down some of its troops{where}, diplomats say; Uganda has sent thousands of "
            "soldiers to fight with the mission.")
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


def test_being_part_of_a_force_is_joining_it(extractor: Extractor) -> None:
    text = (
        "Britain will send troops to Estonia.\n\n"
        "No Canadian troops would be part of the mission, and Belgian diplomats will be part of the talks."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Canada", "Estonia", "denied"), ("United Kingdom", "Estonia", "planned")]


def test_being_part_of_a_force_with_no_place_in_the_story_is_nothing(extractor: Extractor) -> None:
    assert not extractor.extract("Dutch soldiers will be part of the mission.", PUB).deployments


def test_forces_named_in_a_place_give_an_unknown_town_its_country(extractor: Extractor) -> None:
    text = (
        "The ministers reviewed NATO's forces in Lithuania.\n\n"
        "Germany leads the battlegroup in Velmora, where about 800 German soldiers are stationed."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "quantity") == [
        ("Germany", "Lithuania", 800)
    ]


def test_a_deployment_noun_without_a_place_does_not_borrow_one(extractor: Extractor) -> None:
    text = (
        "The United States sent 500 troops to Poland on Monday.\n\n"
        "Analysts said Russia's deployment was a provocation."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [("United States", "Poland")]


def test_parts_of_a_force_sent_go_where_it_went(extractor: Extractor) -> None:
    text = (
        "Regional peacekeeping forces were sent to Lesotho on Monday.\n\n"
        "The force includes soldiers from Botswana and Namibia."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [
        ("Botswana", "Lesotho"), ("Namibia", "Lesotho")]


def test_a_bare_border_is_the_one_across_from_the_last_deployment(extractor: Extractor) -> None:
    text = (
        "Peru has massed 2,000 soldiers along its border with Ecuador.\n\n"
        "Ecuador said it would not send troops to the border."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Ecuador", "Peru", "denied"), ("Peru", "Ecuador", "occurred")]


def test_a_bare_border_with_no_deployment_before_it_goes_nowhere(extractor: Extractor) -> None:
    text = "Ecuador said it would not send troops to the border."
    assert not extractor.extract(text, PUB).deployments


def test_a_from_phrase_after_the_last_part_is_that_parts(extractor: Extractor) -> None:
    text = (
        "Peacekeeping forces were sent to Lesotho on Monday.\n\n"
        "The contingent includes units of the Russian Airborne Forces and servicemen from Belarus and Armenia."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [
        ("Armenia", "Lesotho"), ("Belarus", "Lesotho"), ("Russia", "Lesotho")]


def test_a_force_sent_by_nobody_named_is_not_a_deployment_by_itself(extractor: Extractor) -> None:
    text = "The contingent includes engineers and cooks."
    assert not extractor.extract(text, PUB).deployments


def test_an_allegation_the_sender_denies_is_dropped(extractor: Extractor) -> None:
    text = (
        "Bloggers in Quito claim Peru is sending troops to Ecuador.\n\n"
        "Peru has not sent and will not send troops to Ecuador, the foreign ministry said."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Peru", "Ecuador", "denied")
    ]


def test_an_allegation_nobody_denies_is_kept(extractor: Extractor) -> None:
    text = "Bloggers in Quito claim Peru is sending troops to Ecuador."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Peru", "Ecuador", "occurred")
    ]



def test_an_accusation_the_accused_denies_is_dropped(extractor: Extractor) -> None:
    text = (
        "Serbia accused Croatia of sending special forces to Bosnia.\n\n"
        "Zagreb denied sending troops to Bosnia."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Croatia", "Bosnia and Herzegovina", "denied")]


def test_an_accusation_nobody_denies_is_kept(extractor: Extractor) -> None:
    found = extractor.extract("Serbia accused Croatia of sending special forces to Bosnia.", PUB)
    assert [(d.from_state, d.to_state, d.modality) for d in found.deployments] == [
        ("Croatia", "Bosnia and Herzegovina", "occurred")]


def test_a_state_the_parser_hung_elsewhere_is_the_subject_of_its_verb(extractor: Extractor) -> None:
    text = (
        "Britain will send 500 troops to Mali.\n\n"
        "France's president has ruled out sending French troops, and Belgium, which has a small army, says it "
        "has no plans to deploy soldiers to Mali."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Belgium", "Mali", "denied"), ("France", "Mali", "denied"), ("United Kingdom", "Mali", "planned")]


@pytest.mark.parametrize("speaker", ["His defence minister", "His defence minister, Ivan Velasquez,"])
def test_a_force_whose_owner_is_unsaid_is_the_speakers_leaders(extractor: Extractor, speaker: str) -> None:
    """ "His defence minister, X, said the troops…": "his" is the leader named before, never X himself."""
    text = (
        "Colombian President Gustavo Petro sent two battalions to the border with Venezuela.\n\n"
        f"{speaker} said the troops would not cross into Venezuela."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Colombia", "Venezuela", "denied"), ("Colombia", "Venezuela", "occurred")]


def test_an_offer_is_cancelled_only_by_a_refusal_not_by_any_turn(extractor: Extractor) -> None:
    kept = extractor.extract("Kenya offered 1,000 soldiers to Haiti, and in turn asked donors for funding.",
                             dt.date(2023, 7, 30)).deployments
    dropped = extractor.extract("Kenya offered 1,000 soldiers to Haiti, but the Haitian government turned the offer "
                                "down.", dt.date(2023, 7, 30)).deployments
    assert [(d.from_state, d.to_state, d.modality) for d in kept] == [("Kenya", "Haiti", "proposed")]
    assert dropped == ()


def test_a_sending_recalled_from_years_back_sets_no_scene(extractor: Extractor) -> None:
    text = (
        "Senegal announced on Monday it is sending 500 soldiers to Mali.\n\n"
        "Older residents remember 1998, when Senegal sent troops into Guinea-Bissau.\n\n"
        "The market was quiet. The radio was on. The fishermen were at sea.\n\n"
        "France has deployed about 2,500 troops since January 11. Chad says it will send 2,000 soldiers."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == [
        ("Chad", "Mali"), ("France", "Mali"), ("Senegal", "Guinea-Bissau"), ("Senegal", "Mali"),
    ]


@pytest.mark.parametrize(("service", "expected"), [
    ("the Air Force", [("Norway", "Iceland"), ("Norway", "Lithuania")]),
    ("the NATO air wing", [("Norway", "Iceland")]),  # a multinational body's force is not the last sender's
    ("an air wing", [("Norway", "Iceland")]),  # a force brought in anew says its owner, or has none known
])
def test_a_known_force_nobody_owns_is_the_last_senders(extractor: Extractor, service: str, expected: list) -> None:
    text = (
        "The Norwegian Air Force has deployed six F-35 aircraft to Keflavik air base in Iceland.\n\n"
        f"In the autumn, {service} will deploy a detachment of F-35 aircraft to Lithuania, the ministry said."
    )
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state") == expected


def test_a_known_force_nobody_owns_has_no_sender_without_an_earlier_sending(extractor: Extractor) -> None:
    text = "In the autumn, the Air Force will deploy a detachment of F-35 aircraft to Lithuania, the ministry said."
    assert extractor.extract(text, PUB).deployments == ()


def test_a_departure_without_a_place_borrows_none(extractor: Extractor) -> None:
    """ "The contingent will depart on Monday" leaves; only "depart for B" says where it goes."""
    text = "Portugal has 200 troops in Mali.\n\nThe last Portuguese soldiers departed from Mali on Friday."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "date") == [("Portugal", "Mali", None)]


def test_it_with_no_state_before_it_is_the_last_sender(extractor: Extractor) -> None:
    """ "Mongolia has no plans to send troops to B. But it could deploy soldiers there": "it" names no state in its
    own sentence, so it is the story's last sender."""
    text = "Mongolia says it has no plans to send troops to Nepal. But it could deploy soldiers there in the spring."
    assert deployment_rows(extractor, text, PUB, "from_state", "to_state", "modality") == [
        ("Mongolia", "Nepal", "denied"), ("Mongolia", "Nepal", "proposed")]
