"""Who a description stands for (described_sides.py): the named official of that country and office, else the state.

Each row is an invented text and the contacts it yields, as (sorted participant labels, type, date, modality).
"""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUBLISHED = dt.date(2026, 2, 12)

CASES: list[tuple[str, list[ContactRow]]] = [
    # the officials of a list of countries named right after it, in the list or beside it: the people
    ("The presidents of Kenya, Uganda and Tanzania, Daniel Moraa, Peter Okello and Grace Mwamba, met in Arusha on "
     "Tuesday.",
     [(["Daniel Moraa", "Grace Mwamba", "Peter Okello"], "meeting", "2026-02-10", "occurred")]),
    ("Ukrainian President Oleg Koval met the leaders of France and Germany, Luc Armand and Karl Brenner, in Paris "
     "on Tuesday.",
     [(["Karl Brenner", "Luc Armand", "Oleg Koval"], "meeting", "2026-02-10", "occurred")]),
    # (the names hung by the parser on the verb rather than on the office, also after "with")
    ("Peruvian President Luis Vera met the leaders of Chile and Bolivia, Marta Soto and Juan Mamani, on Tuesday.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2026-02-10", "occurred")]),
    ("Peruvian President Luis Vera met on Tuesday with the presidents of Chile and Bolivia, Marta Soto and Juan "
     "Mamani.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2026-02-10", "occurred")]),
    # (a named apposition listing each with his country, the last name hung by the parser on the country before)
    ("The three presidents, Luis Vera of Peru, Marta Soto of Chile and Juan Mamani of Bolivia, met in Lima on "
     "Tuesday.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2026-02-10", "occurred")]),
    ("Leaders of the three countries - Oleg Koval, Adam Nowicki and Gitanas Nauseda - met in Lublin on Tuesday.",
     [(["Adam Nowicki", "Gitanas Nauseda", "Oleg Koval"], "meeting", "2026-02-10", "occurred")]),
    # counterparts listed by country, each with a rank and a name: the people, not their states
    ("Chad's defence minister, General Idriss Mahamat, hosted his counterparts from Niger, General Amadou Issa, "
     "and Mali, Colonel Bakary Traore, on Wednesday.",
     [(["Amadou Issa", "Bakary Traore", "Idriss Mahamat"], "meeting", "2026-02-11", "occurred")]),
    # a listed country whose minister goes unnamed stays a state beside the named ones
    ("Foreign Minister Laila Haddad on Tuesday met the foreign ministers of Tunisia, Omar Ben Salem; Morocco, "
     "Youssef Alaoui; and Libya.",
     [(["Laila Haddad", "Omar Ben Salem", "STATE:Libya", "Youssef Alaoui"], "meeting", "2026-02-10", "occurred")]),
    # a vice president is no president: "the Chilean president" goes unnamed
    ("Chilean Vice President Ana Soto opened the fair in Santiago on Friday. The Chilean president spoke by phone "
     "with Peruvian President Luis Vega on Monday.",
     [(["Luis Vega", "STATE:Chile"], "phone_call", "2026-02-09", "occurred")]),
    # nor is a deputy foreign minister named last the foreign minister, whom the article names before
    ("Chilean Foreign Minister Jorge Vial said the talks would go on. Chilean Deputy Foreign Minister Ana Soto "
     "opened the fair in Santiago on Friday. The Chilean foreign minister met Peruvian President Luis Vega on "
     "Monday.",
     [(["Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # presidents described by their countries, then named each with his country: those people, in the
    # description's contact, in "each of the three presidents" and in "the three presidents"
    ("The presidents of Armenia, Georgia and Azerbaijan signed a transit accord on Tuesday in Geneva. Armen "
     "Sarkisyan of Armenia, Giorgi Beridze of Georgia and Elnur Mammadov of Azerbaijan sat at one long table and "
     "signed the maps one by one. President Tom Walker spoke by telephone with each of the three presidents "
     "before the ceremony. The three presidents are to meet again in Paris next month.",
     [(["Armen Sarkisyan", "Elnur Mammadov", "Giorgi Beridze"], "meeting", "2026-02-10", "occurred"),
      (["Armen Sarkisyan", "Elnur Mammadov", "Giorgi Beridze"], "meeting", "2026-03", "planned"),
      (["Armen Sarkisyan", "Tom Walker"], "phone_call", "2026-02-10", "occurred"),
      (["Elnur Mammadov", "Tom Walker"], "phone_call", "2026-02-10", "occurred"),
      (["Giorgi Beridze", "Tom Walker"], "phone_call", "2026-02-10", "occurred")]),
    # "the three presidents" of a meeting of four: the three not known to hold another office
    ("Armen Sarkisyan of Armenia, Giorgi Beridze of Georgia and Elnur Mammadov of Azerbaijan met Secretary of "
     "State Jim Hale in Geneva on Tuesday. President Tom Walker spoke by telephone with each of the three "
     "presidents before the ceremony.",
     [(["Armen Sarkisyan", "Elnur Mammadov", "Giorgi Beridze", "Jim Hale"], "meeting", "2026-02-10", "occurred"),
      (["Armen Sarkisyan", "Tom Walker"], "phone_call", "2026-02-10", "occurred"),
      (["Elnur Mammadov", "Tom Walker"], "phone_call", "2026-02-10", "occurred"),
      (["Giorgi Beridze", "Tom Walker"], "phone_call", "2026-02-10", "occurred")]),
    # a name set off after the whole title, its prepositions included, is the title's holder (the parser hangs
    # the prepositions on the verb)
    ("Foreign Minister Ana Soto will meet Oman's minister of state for foreign affairs, Sayyid Badr Hamad, in "
     "Muscat on Monday.",
     [(["Ana Soto", "Badr Hamad"], "meeting", "2026-02-16", "planned")]),
    ("Foreign Minister Ana Soto held talks on Monday with Britain's special envoy to the Western Balkans, John "
     "Reed, in Sarajevo.",
     [(["Ana Soto", "John Reed"], "meeting", "2026-02-09", "occurred")]),
    # a description of another country's official, misread as the apposition of the name before it, is the
    # verb's subject; and the name after "Minister for Foreign Affairs" is that minister
    ("Minister for Foreign Affairs of Latvia Anna Berg arrived in Oslo on Monday. Later that day, in a meeting "
     "with Norwegian Minister for Foreign Affairs Lars Dahl, the head of Latvian diplomacy discussed energy "
     "security.",
     [(["Anna Berg", "Lars Dahl"], "meeting", "2026-02-09", "occurred"),
      (["Anna Berg", "STATE:Norway"], "visit", "2026-02-09", "occurred")]),
    # counterparts named in a list after a comma, each with his title: those people, not their state
    ("Chilean Foreign Minister Ana Soto and Defence Minister Jorge Vial held talks in Lima on Monday with their "
     "Peruvian counterparts, Foreign Minister Luis Vega and Defence Minister Carlos Ruiz, at a ministerial meeting.",
     [(["Ana Soto", "Carlos Ruiz", "Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # a lead that describes a country's minister before it names him: the minister named next, though his
    # country goes unsaid
    ("Estonia's defence minister will not travel to Minsk next week as planned, his spokesman said on Friday. "
     "Defence Minister Rein Kask had been due to hold talks with his Belarusian counterpart, Ivan Sokol, on "
     "February 19.",
     [(["Ivan Sokol", "Rein Kask"], "meeting", "2026-02-19", "cancelled"),
      (["Rein Kask", "STATE:Belarus"], "visit", "2026-02", "cancelled")]),
    # "the ministers" a subject hosts are the others of the last contact she had with several at once, not the
    # one person she met since
    ("Interior Minister Ana Soto convened a video conference with counterparts from Peru, Bolivia and Ecuador in "
     "January. She travelled to Asuncion last week to meet her Paraguayan counterpart, Luis Vega. Soto will host "
     "the Andean ministers again by video on March 3.",
     [(["Ana Soto", "Luis Vega"], "visit", "2026-02", "occurred"),
      (["Ana Soto", "STATE:Bolivia", "STATE:Ecuador", "STATE:Peru"], "video_call", "2026-01", "occurred"),
      (["Ana Soto", "STATE:Bolivia", "STATE:Ecuador", "STATE:Peru"], "video_call", "2026-03-03", "planned")]),
    # "the three countries" that no contact had as sides: the last list of three countries; their "fisheries
    # ministers" are no prime ministers; "reconvene the leaders" is one contact of them all
    ("A quarrel over fishing rights between Chile, Peru and Ecuador has deepened. Colombian President Ana Soto "
     "convened a video conference with Chilean Prime Minister Jorge Vial, Peruvian Prime Minister Luis Vega and "
     "Ecuadorian Prime Minister Carlos Ruiz on Tuesday. Officials said the fisheries ministers of the three "
     "countries would resume their own negotiations by video link on Monday. Soto is expected to reconvene the "
     "leaders once experts submit a report. From November, the three countries' foreign and fisheries ministers "
     "met in Lima.",
     [(["Ana Soto", "Carlos Ruiz", "Jorge Vial", "Luis Vega"], "contact", None, "planned"),
      (["Ana Soto", "Carlos Ruiz", "Jorge Vial", "Luis Vega"], "video_call", "2026-02-10", "occurred"),
      (["STATE:Chile", "STATE:Ecuador", "STATE:Peru"], "meeting", "2025-11", "occurred"),
      (["STATE:Chile", "STATE:Ecuador", "STATE:Peru"], "video_call", "2026-02-16", "planned")]),
    # "the two delegations" no contact had as sides: the states of the last two demonyms listed; mediators are
    # officials of their country
    ("Brazilian officials say the Chilean and Peruvian delegations have agreed to extend the truce. Brazilian "
     "mediators will resume separate meetings with the two delegations on Monday.",
     [(["STATE:Brazil", "STATE:Chile"], "meeting", "2026-02-16", "planned"),
      (["STATE:Brazil", "STATE:Peru"], "meeting", "2026-02-16", "planned")]),
    # unnamed diplomats of two states, then the people named as leading their talks: those people
    ("Chilean and Peruvian diplomats met in Lima on Monday for another round of the border consultation "
     "mechanism, led by Undersecretary Ana Soto and Peruvian Vice Foreign Minister Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # a plural title after an article ("the British defence and foreign secretaries") stands for their state
    ("Peruvian Foreign Secretary Ana Soto and Defence Secretary Luis Vega will host the British defence and "
     "foreign secretaries in Lima next month.",
     [(["Ana Soto", "Luis Vega", "STATE:United Kingdom"], "meeting", "2026-03", "planned")]),
    # but not one named next who holds another office
    ("Estonia's defence minister will not travel to Minsk next week as planned, his spokesman said on Friday. "
     "Foreign Minister Rein Kask said the decision was right.",
     [(["STATE:Belarus", "STATE:Estonia"], "visit", "2026-02", "cancelled")]),
    # "their ministers in Moscow" are theirs, met in Moscow; "her counterparts in Italy" are Italy's
    ("Peru and Chile agreed on Thursday to reopen the border, following a meeting between their foreign "
     "ministers in Madrid.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2026-02-12", "occurred")]),
    ("Foreign Minister Ana Ruiz held a video conference on Wednesday with her counterparts in Italy and Portugal.",
     [(["Ana Ruiz", "STATE:Italy", "STATE:Portugal"], "video_call", "2026-02-11", "occurred")]),
    # a pronoun takes up the described subject before it, not someone named sentences back
    ("Chilean Foreign Minister Ana Soto ruled out sending troops. The Peruvian president said on Wednesday he "
     "expected to speak to his Chilean counterpart on Friday.",
     [(["STATE:Chile", "STATE:Peru"], "contact", "2026-02-13", "planned")]),
    ("Foreign Minister Ana Soto flew to Lima on Monday. Oman's sultan is expected to travel to Madrid in March, "
     "when President Jorge Vial will host him at his palace.",
     [(["Ana Soto", "STATE:Peru"], "visit", "2026-02-09", "occurred"),
      (["Jorge Vial", "STATE:Oman"], "visit", "2026-03", "planned")]),
    # described by his country alone, he is the one of that country just spoken of
    ("Chile's Jorge Vial flew to Lima on Monday. The Chilean official said he had met Peruvian President Luis "
     "Vega on Tuesday.",
     [(["Jorge Vial", "Luis Vega"], "meeting", "2026-02-10", "occurred"),
      (["Jorge Vial", "STATE:Peru"], "visit", "2026-02-09", "occurred")]),
    # "a senior official said he …": no one the reader can tell, so no contact
    ("Chilean Foreign Minister Ana Soto ruled out sending troops. A senior official said he had met Peruvian "
     "President Luis Vega on Tuesday.",
     []),
    # one caller's separate calls: "they" and "both leaders" later are the two he called, not him and one of them
    ("Chilean President Tom Walker said on Wednesday he had spoken by phone with Peruvian President Ana Soto and "
     "Bolivian President Luis Vega. \"They have agreed to meet soon,\" Walker wrote. Argentine President Jorge "
     "Vial, who first spoke with both leaders on Monday, offered Buenos Aires as a venue.",
     [(["Ana Soto", "Jorge Vial"], "contact", "2026-02-09", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", None, "planned"),
      (["Ana Soto", "Tom Walker"], "phone_call", "2026-02-11", "occurred"),
      (["Jorge Vial", "Luis Vega"], "contact", "2026-02-09", "occurred"),
      (["Luis Vega", "Tom Walker"], "phone_call", "2026-02-11", "occurred")]),
    # "they" opening a sentence is the group the sentence before was about, not the host of their meeting too
    ("Peruvian President Ana Soto and Bolivian President Luis Vega met on Monday in Quito at a meeting hosted by "
     "Ecuador's president, Jorge Vial. In a joint declaration, the two leaders agreed not to use force. They also "
     "agreed to meet again in Lima within three months.",
     [(["Ana Soto", "Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", None, "planned")]),
    ("Peruvian President Ana Soto and Bolivian President Luis Vega met on Monday in Quito at a meeting hosted by "
     "Ecuador's president, Jorge Vial. They also agreed to meet again in Lima within three months.",
     [(["Ana Soto", "Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", None, "planned")]),
    # a head described by his country right after the article names him, whose country it never says
    ("Wang Hao spent the week touring the region. On Monday the Chinese leader landed in Lima, where he met "
     "Peru's President Ana Soto.",
     [(["Ana Soto", "Wang Hao"], "visit", "2026-02-09", "occurred")]),  # (landing is travel, as "flew into")
    # not when two could be he, nor the man the clause has him receive
    ("For most of the week, Wang Hao and Tom Reed had the region largely to themselves. The Chinese leader flew "
     "into Lima on Monday and met Peru's President Ana Soto at the palace.",
     [(["Ana Soto", "STATE:China"], "visit", "2026-02-09", "occurred")]),
    ("Tom Reed arrived on Sunday. The Chinese leader received him in Beijing on Monday.",
     [(["STATE:China", "Tom Reed"], "meeting", "2026-02-09", "occurred")]),
    # the people a plural office names next are its holders, in its countries' order: "the Chilean minister" is
    # the one of them it names
    ("The Chilean and Peruvian foreign ministers, Ana Soto and Luis Vega, met in Lima on Thursday. On Friday the "
     "Chilean minister flew to Quito.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-12", "occurred"),
      (["Ana Soto", "STATE:Ecuador"], "visit", "2026-02-06", "occurred")]),
    # officials "of" or "from" offices that several demonyms own are those countries' officials
    ("Senior officials of the Chilean and Peruvian foreign ministries met in Lima on Monday.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2026-02-09", "occurred")]),
    # a lead that describes an office, told again in the next sentence with a name and the same other side:
    # that name is the one described
    ("Chile's president said she had spoken with Peruvian President Luis Vega. Ana Soto telephoned Vega on "
     "Tuesday to discuss the border.",
     [(["Ana Soto", "Luis Vega"], "phone_call", "2026-02-10", "occurred")]),
    # a state agency's story names its own head without his country: among "the heads of state of" several
    # countries, the one datelined is his
    ("TASHKENT. February 9. UZA - Head of State Aziz Karimov held a telephone conversation with President of "
     "Turkey Mehmet Demir. The council will hold a session on Monday with the participation of the heads of state of "
     "Uzbekistan, Kyrgyzstan and Tajikistan.",
     [(["Aziz Karimov", "Mehmet Demir"], "phone_call", "2026-02-09", "occurred"),
      (["Aziz Karimov", "STATE:Kyrgyzstan", "STATE:Tajikistan"], "meeting", "2026-02-16", "planned")]),
    # a body of people named after "of" is those people: US senators stand for their state, investors for none
    ("President Ana Soto held a video call on Tuesday with a bipartisan group of US senators.",
     [(["Ana Soto", "STATE:United States"], "video_call", "2026-02-10", "occurred")]),
    ("Chilean President Ana Soto received a delegation of Chinese investors on Tuesday. On Wednesday she "
     "received a delegation of Peruvian officials.",
     [(["Ana Soto", "STATE:Peru"], "meeting", "2026-02-11", "occurred")]),
    # one named in the sentence before with the office but not the country: the description that gives the
    # country is he ("the top US diplomat": any office) ...
    ("Foreign Minister Ana Soto flew to Lima on Sunday. The Chilean minister held talks with Peruvian President "
     "Luis Vega on Monday.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Ana Soto", "STATE:Peru"], "visit", "2026-02-08", "occurred")]),
    ("Secretary of State Tom Reed arrived in Lima on Sunday. The top US diplomat met President Luis Vega on "
     "Monday.",
     [(["Luis Vega", "Tom Reed"], "meeting", "2026-02-09", "occurred"),
      (["STATE:Peru", "Tom Reed"], "visit", "2026-02-08", "occurred")]),
    # a head described before any is named is not the man his own clause meets, however far the verb is
    # ("is due to meet"), even when that man holds the office with his country unsaid
    ("France's president met President Bola Tinubu in Abuja on Thursday.",
     [(["Bola Tinubu", "STATE:France"], "meeting", "2026-02-12", "occurred")]),
    ("The French leader is due to meet President Bola Tinubu in Abuja on Friday.",
     [(["Bola Tinubu", "STATE:France"], "meeting", "2026-02-13", "planned")]),
    # ... but not when the description's own sentence names him: there he is its other side
    ("Foreign Minister Ana Soto praised the accord. Minister Soto will receive the Minister of Foreign Affairs of "
     "Peru in Santiago on Thursday.",
     [(["Ana Soto", "STATE:Peru"], "meeting", "2026-02-19", "planned")]),
    # "the two foreign ministers" are not the presidents the last contact told was between; "the two heads of
    # state" are no ministers: the heads of their countries, or the states
    ("Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vega in Lima on Friday. "
     "Soto recalled that Chilean President Jorge Vial and Peruvian President Carlos Ruiz met in Santiago in "
     "January. Both sides agreed to deepen trade. The two foreign ministers last met in Quito in August.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2025-08", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", "2026-02-06", "occurred"),
      (["Carlos Ruiz", "Jorge Vial"], "meeting", "2026-01", "occurred")]),
    ("Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vega in Lima on Friday. "
     "The two heads of state will meet in Lima in November.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-06", "occurred"),
      (["STATE:Chile", "STATE:Peru"], "meeting", "2026-11", "planned")]),
    # a head of that office whose country goes unsaid, met in that country: the description is he; met elsewhere,
    # the state
    ("Chilean Foreign Minister Ana Soto was in Amman on Sunday, where she met King Abdullah. Jordan's king will "
     "travel to Santiago in June.",
     [(["Ana Soto", "King Abdullah"], "visit", "2026-02-08", "occurred"),
      (["King Abdullah", "STATE:Chile"], "visit", "2026-06", "planned")]),
    ("Chilean Foreign Minister Ana Soto was in Lima on Sunday, where she met King Abdullah. Jordan's king will "
     "travel to Santiago in June.",
     [(["Ana Soto", "King Abdullah"], "visit", "2026-02-08", "occurred"),
      (["STATE:Chile", "STATE:Jordan"], "visit", "2026-06", "planned")]),
    # "her Peruvian counterpart" named before: the one her own last contact was with, else the state
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Santiago in December. On Monday "
     "Soto spoke by phone with her Peruvian counterpart about water.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2025-12", "occurred"),
      (["Ana Soto", "Luis Vega"], "phone_call", "2026-02-09", "occurred")]),
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Santiago in December. In January "
     "she met Bolivian Foreign Minister Jorge Vial. On Monday Soto spoke by phone with her Peruvian counterpart "
     "about water.",
     [(["Ana Soto", "Jorge Vial"], "meeting", "2026-01", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", "2025-12", "occurred"),
      (["Ana Soto", "STATE:Peru"], "phone_call", "2026-02-09", "occurred")]),
    # "the former" is the first of the two named just before, "the latter" the last
    ("Chilean President Ana Soto and Peruvian President Luis Vega spoke by phone on Monday. The former will visit "
     "Lima in June.",
     [(["Ana Soto", "Luis Vega"], "phone_call", "2026-02-09", "occurred"),
      (["Ana Soto", "STATE:Peru"], "visit", "2026-06", "planned")]),
    ("Chilean President Ana Soto met Peruvian President Luis Vega and Bolivian President Jorge Vial in Lima on "
     "Monday. The latter later flew to Brasilia to meet Brazilian President Pedro Costa.",
     [(["Ana Soto", "Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Pedro Costa"], "visit", "2026-02-09", "occurred")]),
    # "the latter" after its own sentence's subject is the last named in the sentence before, not that subject
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Santiago on Monday. Bolivian President Jorge "
     "Vial will host the latter in La Paz in June.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "meeting", "2026-06", "planned")]),
    # "The Peruvian", a nationality alone, is the last person of that country named
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Santiago on Monday. The Peruvian then flew to "
     "La Paz for talks with Bolivian President Jorge Vial.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "visit", "2026-02-09", "occurred")]),
    # "the two countries" that takes up two people stands for their countries, never for states named after them
    ("Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega signed a water accord on Monday. "
     "The foreign ministers of the two countries will meet again in Lima in July.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-07", "planned")]),
    # two heads described by country just after a contact between two people of unsaid country: those two,
    # whichever order they were named in; not two people merely named before
    ("Much could depend on a phone call between Tom Reed and Wang Hao. The Chinese president said he hoped to speak "
     "with his US counterpart on Friday.",
     [(["Tom Reed", "Wang Hao"], "contact", "2026-02-13", "planned")]),  # (what much could depend on is no event)
    ("Tom Reed and Wang Hao last met in Lima in 2023. The US and Chinese presidents will meet in Geneva in June, "
     "officials said.",  # one plural phrase describing both
     [(["Tom Reed", "Wang Hao"], "meeting", "2023", "occurred"),
      (["Tom Reed", "Wang Hao"], "meeting", "2026-06", "planned")]),
    ("Analysts Tom Reed and Wang Hao expect little. The Chinese president said he hoped to speak with his US "
     "counterpart on Friday.",
     [(["STATE:China", "STATE:United States"], "contact", "2026-02-13", "planned")]),
    # "her counterpart", no country said: the one other person of her last contact, if it had just the two
    ("Chilean Foreign Minister Ana Soto held a video conference on Monday with Bolivian Foreign Minister Luis "
     "Vega. Soto invited her counterpart to visit Chile.",
     [(["Ana Soto", "Luis Vega"], "video_call", "2026-02-09", "occurred"),
      (["Ana Soto", "Luis Vega"], "visit", None, "proposed")]),
    ("Chilean Foreign Minister Ana Soto met Bolivian Foreign Minister Luis Vega and Peruvian Foreign Minister "
     "Jorge Vial on Monday. Soto invited her counterpart to visit Chile.",
     [(["Ana Soto", "Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # "her requests to meet X": she asks, though the parser joins the requests to the person named before
    ("Foreign Minister Ana Soto spoke by phone with Luis Vega, the envoy of the exiled government, but her "
     "requests to meet Jorge Vial were rejected by the junta.",
     [(["Ana Soto", "Jorge Vial"], "meeting", None, "denied"),
      (["Ana Soto", "Luis Vega"], "phone_call", "2026-02-12", "occurred")]),
    # "the two" and "they" as subjects take up the pair the sentence before was about ("he and Soto"), not the
    # last contact told, nor, in one sentence, anything but the group its first subject named
    ("In 2019 Prime Minister Ana Soto met President Luis Vega in Geneva. Then came Tom Reed. In May he and Soto "
     "accepted a plan in Oslo. In September the two did not meet.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019", "occurred"),
      (["Ana Soto", "Tom Reed"], "meeting", "2025-09", "denied")]),
    ("In 2019 Prime Minister Ana Soto met President Luis Vega in Geneva. Then came Tom Reed. In May he and Soto "
     "accepted a plan in Oslo. In September the two were again in Oslo, but they did not meet.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019", "occurred"),
      (["Ana Soto", "Tom Reed"], "meeting", "2025-09", "denied")]),
    # "Peruvian officials, including Minister X": X, one of that state's own, not the state beside him
    ("Foreign Minister Ana Soto met with Peruvian officials, including Defence Minister Luis Vega, on Monday.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # "the two ministers in Quito" are the two just told, met in Quito — not Ecuador's ministers
    ("Foreign Minister Ana Soto will travel to Lima next week for talks with her Peruvian counterpart, Luis Vega. "
     "A planned meeting between the two ministers in Quito in December was called off.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2025-12", "cancelled"),
      (["Ana Soto", "Luis Vega"], "visit", "2026-02", "planned")]),
    # a headline drops its articles: "Chilean president hosts Peruvian foreign minister" are the people named below
    ("Chilean president hosts Peruvian foreign minister\n\nSANTIAGO (Andes Wire) - Chilean President Ana Soto hosted "
     "Peru's Foreign Minister Luis Vega in Santiago on Monday.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # "the two" after a sentence naming someone else last: the two people its own sentence named before it
    ("President Ana Soto spoke by phone with President Luis Vega. Soto praised the ties built by her predecessor, "
     "Marta Ruiz. Vega thanked Soto and said he hoped the two could meet soon.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "proposed"),
      (["Ana Soto", "Luis Vega"], "phone_call", "2026-02-12", "occurred")]),
    # a name straight after a country and its title, which the parser hung elsewhere: the person, not the country
    ("Pavel Lebedev met US Under Secretary of State Thomas Brandt in Geneva on Monday.",
     [(["Pavel Lebedev", "Thomas Brandt"], "meeting", "2026-02-09", "occurred")]),
    # "the visiting minister" is the guest of the visit told, not the host who also holds a minister's office
    ("Peruvian Foreign Minister Luis Vega arrived in Chile on Monday. Chilean Foreign Minister Ana Soto received "
     "Vega in Santiago. Soto said the talks were warm. On Tuesday, the visiting minister called on President "
     "Jorge Vial.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "meeting", "2026-02-10", "occurred"),
      (["Luis Vega", "STATE:Chile"], "visit", "2026-02-09", "occurred")]),
    # "the visitor" and "his guest" are the guest of the visit told, or of a meeting held in the host's country
    ("Peruvian Foreign Minister Luis Vega arrived in Chile on Monday. Chilean Foreign Minister Ana Soto hosted "
     "the visitor at the La Moneda palace.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Luis Vega", "STATE:Chile"], "visit", "2026-02-09", "occurred")]),
    ("Chilean Foreign Minister Ana Soto received Peruvian Foreign Minister Luis Vega in Santiago on Monday. The "
     "guest later met President Jorge Vial.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # "the Peruvian minister" after a contact between a Chilean and one whose country goes unsaid: the latter
    ("Chilean Foreign Minister Ana Soto met Luis Vega in Lima on Monday. On Tuesday the Peruvian minister spoke "
     "by phone with Bolivian Foreign Minister Jorge Vial.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "phone_call", "2026-02-10", "occurred")]),
    # "his host" is the other side of the owner's last contact, held away from his own country
    ("Peruvian Foreign Minister Luis Vega was received by Chilean President Jorge Vial on Monday. On Tuesday Vega "
     "spoke with his host by phone.",
     [(["Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred"),
      (["Jorge Vial", "Luis Vega"], "phone_call", "2026-02-10", "occurred")]),
    # "her Peruvian counterpart", whose holder of her own office is named only after: that person
    ("Chilean Defence Minister Ana Soto held talks with her Peruvian counterpart in Lima on Monday. Luis Vega, the "
     "Peruvian defence minister, said ties were strong.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # the people of countries listed together are those countries' officials, in order: no state beside them
    ("The foreign ministers of Chile and Peru, Jorge Vial and Luis Vega, met in Lima on Monday.",
     [(["Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # a king named by one name is not the president named before with the same name
    ("President Omar Rashid would not back down. Soto spoke by phone with King Rashid of Jordan on Monday.",
     [(["King Rashid", "Soto"], "phone_call", "2026-02-09", "occurred")]),
    # "A and his counterpart B met" with B parsed as a second subject: both are sides
    ("Czech President Petr Pavlik and his Slovak counterpart Peter Pellegrini met in Prague on Friday.",
     [(["Peter Pellegrini", "Petr Pavlik"], "meeting", "2026-02-06", "occurred")]),
    # a long name of hyphen-joined particles is still one name, not a phrase too long for one
    ("The Emir of Kuwait, Sheikh Nasser Al-Hamad Al-Khaled Al-Sabah, received Peruvian President Luis Vega on "
     "Sunday.",
     [(["Luis Vega", "Sheikh Nasser Al-Hamad Al-Khaled Al-Sabah"], "meeting", "2026-02-08", "occurred")]),
    # the object's name parsed as an adverb of the verb right after it is still the object
    ("The prime minister of Chile, Jorge Vial, met Peruvian President Luis Vega on Monday.",
     [(["Jorge Vial", "Luis Vega"], "meeting", "2026-02-09", "occurred")]),
    # a singular title of one country, the name set off after it (which the model took for a place): that
    # country's office holder
    ("The prime minister of Greece, Andreas Kalogeropoulos, met Cypriot President Nikos Vassiliou on Tuesday.",
     [(["Andreas Kalogeropoulos", "Nikos Vassiliou"], "meeting", "2026-02-10", "occurred")]),
    # a headline's "A, B ministers meet": the officials of both states, however the parser hangs the first
    ("Kenya, Uganda foreign ministers meet in Kampala over border dispute",
     [(["STATE:Kenya", "STATE:Uganda"], "meeting", None, "occurred")]),
    ("India, China defence ministers hold talks in Moscow",
     [(["STATE:China", "STATE:India"], "meeting", None, "occurred")]),
    ("- US, China trade negotiators meet in Geneva",
     [(["STATE:China", "STATE:United States"], "meeting", None, "occurred")]),
    ("Ethiopia, Eritrea leaders hold talks in Asmara",
     [(["STATE:Eritrea", "STATE:Ethiopia"], "meeting", None, "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sides(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert contact_rows(extractor, text, PUBLISHED) == expected


def test_a_long_run_of_sentences_opening_with_they_looks_back_one_sentence_only(extractor: Extractor) -> None:
    text = "President Ana Soto and President Luis Vega met in Lima on Monday. " + " ".join(
        ["They said the two would meet again and they agreed to talk soon."] * 600)
    found = extractor.extract(text, PUBLISHED)  # no recursion through every sentence before (it overflowed)
    assert ("meeting", "2026-02-09", "occurred") in [(c.type, c.date, c.modality) for c in found.contacts]


def test_a_pronoun_whose_antecedent_lists_the_phrase_it_qualifies_ends(extractor: Extractor) -> None:
    # "her" is the minister, whose list holds the counterpart "her" qualifies: no endless resolution
    text = "Chile's foreign minister and her Peruvian counterpart agreed to meet again in Lima next month."
    assert contact_rows(extractor, text, PUBLISHED) == [
        (["STATE:Chile", "STATE:Peru"], "meeting", "2026-03", "planned")]


def test_both_presidents_are_not_the_last_two_people_told_in_other_offices(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto and Peruvian President Luis Vega met in Lima in May. Chilean Foreign Minister "
            "Pablo Ruiz received the Bolivian ambassador, Carlos Mesa, on Tuesday. Soto has proposed that both "
            "presidents make a joint visit to the border next year.")
    rows = contact_rows(extractor, text, dt.date(2019, 6, 14))
    assert (["Ana Soto", "Luis Vega"], "visit", "2020", "proposed") in rows


def test_a_degree_used_as_a_form_of_address_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = "President Jamil Mahuad met the President of Peru, Engineer Alberto Fujimori, in Brasilia on Monday."
    assert [o.name for o in extractor.extract(text, dt.date(2019, 6, 14)).officials] == ["Jamil Mahuad",
                                                                                         "Alberto Fujimori"]


@pytest.mark.parametrize("text", [
    # the article marks her a woman by a word before her name, or by "she" in a sentence naming her alone
    "Chilean Foreign Minister Ana Soto flew to Lima on Monday. Peruvian President Luis Vega received Ms Soto on "
    "Tuesday, a day after her talks with Bolivian President Jorge Vial.",
    "Peruvian Foreign Minister Ana Soto said on Monday that she would not resign. Bolivian President Luis Vega "
    "received Soto in La Paz on Tuesday, a day after her talks with Chilean President Jorge Vial.",
])
def test_her_is_not_a_man_when_the_article_says_who_is_a_woman(extractor: Extractor, text: str) -> None:
    pairs = [sides for sides, *_ in contact_rows(extractor, text, PUBLISHED)]
    assert ["Ana Soto", "Jorge Vial"] in pairs
    assert ["Jorge Vial", "Luis Vega"] not in pairs
