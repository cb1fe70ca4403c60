"""Deployments that are no sending, or no sending reported as made, one case per row: denials, cancellations and
refusals, conditions, open questions, requests of another, careers, advice, civilian forces and loads, making or
firing, plans of a multinational body (``deployment_filters``, ``deployment_modality``). Kept apart from
test_deployments.py, whose rows tell who sends what where. Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    # denials and cancellations
    ("Moscow denied sending troops to Belarus.", [("Russia", "Belarus", None, "denied")]),
    ("Iran has no troops in Yemen, the foreign ministry said.", [("Iran", "Yemen", None, "denied")]),
    ("Chad denied that its soldiers had crossed into Sudan.", [("Chad", "Sudan", None, "denied")]),
    ("The Kremlin has repeatedly denied that Russian soldiers are fighting in Ukraine.",
     [("Russia", "Ukraine", None, "denied")]),
    ("Russia said there were no plans to send troops to Belarus.", [("Russia", "Belarus", None, "denied")]),
    ("Seoul said it has no plans to send troops to Ukraine.", [("South Korea", "Ukraine", None, "denied")]),
    # a gerund of sending as a subject takes what its verb says of it
    ("Sending Greek troops to Ukraine is not on the agenda, Mitsotakis said.",
     [("Greece", "Ukraine", None, "denied")]),
    ("Sending Slovak soldiers to Latvia has been approved by parliament.", [("Slovakia", "Latvia", None, "planned")]),
    # a gerund coordinated with another takes the cue of the verb both hang on
    ("Tehran denied arming or sending fighters to Yemen.", [("Iran", "Yemen", None, "denied")]),
    ("Kenya ruled out training or deploying troops in Haiti.", [("Kenya", "Haiti", None, "denied")]),
    # not deployments
    ("Italy pulled its last troops out of Afghanistan in June.", []),
    ("France is withdrawing 2,000 soldiers from Niger.", []),
    ("Britain brought its troops home from Mali.", []),
    ("Washington approved the sale of 66 F-16 jets to Taiwan.", []),
    ("Russian forces were in full retreat on Monday.", []),
    ("France will keep about 2,500 soldiers in the Sahel after leaving Mali.", []),
    ("Greece rejected a Turkish offer to send firefighting aircraft.", []),
    ("Ukraine received two billion euros in aid from Germany.", []),
    ("Estonia welcomed the decision.", []),
    ("Lithuania criticised Russia for deploying missiles in Kaliningrad.", []),
    ("Polish soldiers serve as a deterrent.", []),
    ("France led the troops.", []),
    ("Britain's deployment of 5G masts in Kenya is under way.", []),
    ("The destroyer USS Milton made a port call last year.", []),
    ("French troops left Mali in 2022.", []),
    ("Turkey offered two frigates to Libya, but Tripoli declined.", []),
    ("Spain offered to deploy soldiers to Gabon, but Libreville declined.", []),
    ("Britain offered to send troops to Latvia, but Germany ruled out sending soldiers to Latvia.",
     [("Germany", "Latvia", None, "denied"), ("United Kingdom", "Latvia", None, "proposed")]),
    ("The Netherlands withdrew its troops from Mali last year.", []),
    ("Turkey offered to send peacekeepers to Sudan, but Khartoum rejected the offer.", []),
    # one state's refusal of its own sending does not cancel another's offer
    ("Fiji has pledged 120 soldiers to the force in Lebanon, while Samoa has ruled out sending troops.",
     [("Fiji", "Lebanon", 120, "proposed"), ("Samoa", "Lebanon", None, "denied")]),
    # a sending that is only the condition of something else is supposed, not reported
    ("If Sweden sends troops to Latvia, Russia will see it as a provocation.", []),
    ("Moscow warned that it would respond if Norway and Finland deployed jets to Estonia.", []),
    ("Chad would send 500 soldiers to Niger if the junta attacked, the minister said.",
     [("Chad", "Niger", 500, "proposed")]),
    # what an agreement or a law allows is no sending yet; a state that allows forces on its soil hosts them
    ("Norway and Iceland signed a pact allowing Norwegian troops to be deployed to Iceland for exercises.", []),
    ("Malta signed an accord that permits Italian forces to be stationed in Malta.", []),
    # a sending one party asks of another is neither's
    ("Estonia asked Denmark to send more tanks to Latvia.", []),
    ("Slovakia called on Austria to station a brigade in Hungary.", []),
    ("Romania urged Greece to deploy two frigates to Bulgaria.", []),
    ("The Serbian president ordered the army to deploy two battalions to Kosovo.",
     [("Serbia", "Kosovo", 2, "occurred")]),
    ("Serbia ordered its troops to move to the border with Kosovo.", [("Serbia", "Kosovo", None, "occurred")]),
    # a person who led or commanded a force somewhere tells a career, not a state's sending
    ("General Moreau, who led the Belgian contingent in Mali from 2015 to 2016, was named ambassador to Chad.", []),
    ("Before entering politics, the new defence chief had commanded Ugandan troops in Somalia.", []),
    ("He commanded Norwegian troops in Kosovo.", []),
    ("Canada leads the NATO battlegroup in Latvia.", [("Canada", "Latvia", None, "occurred")]),
    # a sending in an open question is neither made nor refused; one asked of the sender awaits its answer
    ("Slovenia has not yet decided whether to send troops to Latvia.", []),
    ("It is unclear whether Croatia will send soldiers to Kosovo.", []),
    ("It remains to be seen if Belgium will deploy jets to Romania.", []),
    ("Austria, asked whether it would send troops to Bosnia, said it had no plans to do so.",
     [("Austria", "Bosnia and Herzegovina", None, "denied")]),
    # a question a state deliberates is a sending it considers
    ("Portugal is weighing whether to send more troops to Romania.", [("Portugal", "Romania", None, "proposed")]),
    ("Finland is debating whether it should deploy F-35s to Iceland.", [("Finland", "Iceland", None, "proposed")]),
    # "stopped short of sending" is not sending
    ("Norway stopped short of sending troops to Finland.", [("Norway", "Finland", None, "denied")]),
    # a force noun made civilian by its modifier is no force
    ("A Maltese cargo ship docked in Libya's Misrata port.", []),
    ("Italian fishing vessels entered Tunisian waters.", []),
    ("A Greek cruise ship arrived in Alexandria.", []),
    ("Korea's grain ship sailed from Odesa to Turkey.", []),
    ("Austria sent medical equipment and rescue personnel to Slovenia after the floods.", []),
    ("Cyprus sent firefighting planes to Greece.", []),
    ("Croatia sent two patrol ships and a supply vessel to Albania.", [("Croatia", "Albania", 2, "occurred")]),
    ("Sweden sent embassy personnel back to Iraq.", []),
    ("Finland will send additional diplomatic personnel to Moldova.", []),
    ("Syrian government forces entered Lebanon.", [("Syria", "Lebanon", None, "occurred")]),
    # a force that makes something is not moving; a weapon that landed was fired, not deployed
    ("A Turkish company will build a new port in Somalia.", []),
    ("Iranian missiles landed in the sea near Oman.", []),
    ("Russian troops built up near Georgia.", [("Russia", "Georgia", None, "occurred")]),
    ("Two French bombers landed in Chad.", [("France", "Chad", 2, "occurred")]),
    # a question opened by an auxiliary states nothing; a "why" question takes the sending as given
    ("Will Uruguay send troops to Paraguay?", []),
    ("Has Bolivia moved tanks toward Chile?", []),
    ("Why did Malawi send troops to Zambia?", [("Malawi", "Zambia", None, "occurred")]),
    # what a state should do is only advised
    ("Zambia should deploy more soldiers to Malawi, the analyst said.", [("Zambia", "Malawi", None, "proposed")]),
    # a vehicle named by the civilian load it carries is no force
    ("Oman sent two planes of humanitarian aid to Yemen.", []),
    ("Algeria flew aircraft full of tents and blankets to Tunisia.", []),
    ("Norway sent two ships of marines to Iceland.", [("Norway", "Iceland", 2, "occurred")]),
    # a sending decided or voted against is refused; one mulled over is only put forward
    ("Peru decided against sending soldiers to Ecuador.", [("Peru", "Ecuador", None, "denied")]),
    ("Uruguay is mulling sending two frigates to Argentina.", [("Uruguay", "Argentina", 2, "proposed")]),
    # a sending asked of a state, told in the passive, is not yet its own
    ("Tunisia has been asked to send peacekeepers to Libya.", []),
    ("Ecuador was urged to deploy soldiers to Colombia.", []),
    # police sent abroad are a force; a team for a civilian purpose is none, whoever is in it
    ("Benin's cabinet approved the deployment of 500 police to Haiti.", [("Benin", "Haiti", 500, "planned")]),
    ("Laos sent a rescue team of 50 soldiers to Myanmar after the floods.", []),
    # a plan a multinational body owns is not the sending of the state that blocks or backs it
    ("Austria vetoed the EU's plan to send troops to Mali.", []),
    ("Estonia backed Latvia's plan to send troops to Finland.", [("Latvia", "Finland", None, "planned")]),
    # so is a plan its people's adjective qualifies (but a request asks another to send)
    ("Estonia backed a Latvian plan to send troops to Finland.", [("Latvia", "Finland", None, "planned")]),
    ("Portugal rejected a Spanish plan to station troops in Portugal.", [("Spain", "Portugal", None, "denied")]),
    ("Estonia welcomed a Polish invitation to deploy troops to Lithuania.",
     [("Estonia", "Lithuania", None, "proposed")]),
    # a sending one stops is called off
    ("Malawi will stop sending soldiers to Mozambique.", [("Malawi", "Mozambique", None, "cancelled")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_not_a_deployment_cases(extractor: Extractor, text: str, expected: list) -> None:
    found = extractor.extract(text, PUB)
    got = sorted((d.from_state, d.to_state, d.quantity, d.modality) for d in found.deployments)
    assert got == sorted(expected)
