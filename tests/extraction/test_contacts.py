"""Contacts, one grammatical case per row: (text, published_at, expected contacts as
(sorted participant labels, type, date, modality)). Sentences are the project's own. Who the sides are is tested
in test_contact_sides.py, contacts told over several sentences in test_contact_discourse.py, particular verb and
noun frames in test_contact_frames.py."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    # a mediation hung with no comma on the words counting the talks ("two days of talks … mediated by C")
    # (the parse depends on the words: here the model hangs "mediated" on "days")
    ("Pakistan and Afghanistan agreed on Sunday to reopen the border after two days of talks in Doha mediated by "
     "Qatar and Turkey.",
     [(["STATE:Afghanistan", "STATE:Pakistan", "STATE:Qatar", "STATE:Turkey"], "meeting", "2019-06-09",
       "occurred")]),
    # a timeline's entry: the people the parser hung on the date opening the line are the verb's subject
    ("September 2020 - Foreign ministers Ana Soto and Luis Vega meet in Moscow and agree a five-point plan.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2020-09", "occurred")]),
    # one who signs a text "with" an official on a trip meets him there
    ("April 2005 - Chinese Premier Wen Jiabao visits New Delhi and signs an agreement on political parameters with "
     "Prime Minister Manmohan Singh.", [(["Manmohan Singh", "Wen Jiabao"], "visit", "2005-04", "occurred")]),
    # a place hung on the text signed is where the signers met
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan, who signed a peace framework "
     "in Washington in August, met again on Tuesday.",
     [(["Ilham Aliyev", "Nikol Pashinyan"], "meeting", "2018-08", "occurred"),
      (["Ilham Aliyev", "Nikol Pashinyan"], "meeting", "2019-06-11", "occurred")]),
    # officials who sign a text together on a trip meet where the trip went
    ("President Ana Soto visited Lima in May, and she and President Luis Vega signed a treaty.",
     [(["Ana Soto", "Luis Vega"], "visit", "2019-05", "occurred")]),
    # a contact noun the tokenizer splits at its hyphens is read whole
    ("Secretary of State Elena Moreno held a brief pull-aside with Foreign Minister Wang Li on Monday.",
     [(["Elena Moreno", "Wang Li"], "meeting", "2019-06-10", "occurred")]),
    ("Secretary of State Elena Moreno held a tete-a-tete with Foreign Minister Wang Li on Monday.",
     [(["Elena Moreno", "Wang Li"], "meeting", "2019-06-10", "occurred")]),
    # "brought together" gathers the people it brings, on the day of the event that brings them
    ("The summit in Lisbon on Monday, which brought together President Ana Duarte and Prime Minister Ravi Menon, "
     "ended without a deal.", [(["Ana Duarte", "Ravi Menon"], "meeting", "2019-06-10", "occurred")]),
    ("A virtual summit brought together President Ana Duarte, Prime Minister Ravi Menon and Chancellor Erik Lund.",
     [(["Ana Duarte", "Erik Lund", "Ravi Menon"], "video_call", "2019-06-14", "occurred")]),
    ("President Ana Duarte brought troops to the border.", []),
    # a three-way or joint call is one contact of all its sides; calls to several people are one each
    ("President Ana Duarte held a three-way call with President Ravi Menon and Chancellor Erik Lund.",
     [(["Ana Duarte", "Erik Lund", "Ravi Menon"], "phone_call", "2019-06-14", "occurred")]),
    ("President Ana Duarte spoke by phone with President Ravi Menon and Chancellor Erik Lund.",
     [(["Ana Duarte", "Erik Lund"], "phone_call", "2019-06-14", "occurred"),
      (["Ana Duarte", "Ravi Menon"], "phone_call", "2019-06-14", "occurred")]),
    # (also when the verb's act is said to take place in a three-way call)
    ("President Ana Duarte spoke by phone on Tuesday with President Ravi Menon and Chancellor Erik Lund in a "
     "three-way call.", [(["Ana Duarte", "Erik Lund", "Ravi Menon"], "phone_call", "2019-06-11", "occurred")]),
    # verb + "with"-object, manner by phone, title before the name
    ("Foreign Minister Heiko Maas spoke by phone with Spanish Foreign Minister Arancha Gonzalez on Tuesday.",
     [(["Arancha Gonzalez", "Heiko Maas"], "phone_call", "2019-06-11", "occurred")]),
    # transitive call verb
    ("Japanese Prime Minister Shinzo Abe telephoned Indian Prime Minister Narendra Modi on Wednesday.",
     [(["Narendra Modi", "Shinzo Abe"], "phone_call", "2019-06-12", "occurred")]),
    # coordinated subjects, planned with "will"
    ("Chinese President Xi Jinping and South Korean President Moon Jae-in will meet next week in Osaka.",
     [(["Moon Jae-in", "Xi Jinping"], "meeting", "2019-06", "planned")]),
    # host + object, location
    ("Egyptian President Abdel Fattah al-Sisi hosted King Abdullah of Jordan in Cairo on Monday.",
     [(["Abdel Fattah al-Sisi", "King Abdullah"], "meeting", "2019-06-10", "occurred")]),
    # passive with agent
    ("Turkish Foreign Minister Mevlut Cavusoglu was received by Iranian President Hassan Rouhani in Tehran "
     "on Thursday.",
     [(["Hassan Rouhani", "Mevlut Cavusoglu"], "meeting", "2019-06-13", "occurred")]),
    # light verb + noun
    ("Australian Foreign Minister Marise Payne held talks with her Indonesian counterpart Retno Marsudi "
     "in Jakarta yesterday.",
     [(["Marise Payne", "Retno Marsudi"], "meeting", "2019-06-13", "occurred")]),
    # video call
    ("Canadian Prime Minister Justin Trudeau held a video conference with Mexican President Andres Manuel "
     "Lopez Obrador on Monday.",
     [(["Andres Manuel Lopez Obrador", "Justin Trudeau"], "video_call", "2019-06-10", "occurred")]),
    # unnamed counterparts in several states: separate calls
    ("Defence Secretary Gavin Williamson held phone calls with counterparts in Estonia and Latvia on Friday.",
     [(["Gavin Williamson", "STATE:Estonia"], "phone_call", "2019-06-14", "occurred"),
      (["Gavin Williamson", "STATE:Latvia"], "phone_call", "2019-06-14", "occurred")]),
    # visit to a capital
    ("German Chancellor Angela Merkel visited Beijing in May.",
     [(["Angela Merkel", "STATE:China"], "visit", "2019-05", "occurred")]),
    # denied
    ("Iranian Foreign Minister Mohammad Javad Zarif refused to meet US Secretary of State Mike Pompeo.",
     [(["Mike Pompeo", "Mohammad Javad Zarif"], "meeting", None, "denied")]),
    # cancelled
    ("US President Donald Trump cancelled a planned meeting with Danish Prime Minister Mette Frederiksen.",
     [(["Donald Trump", "Mette Frederiksen"], "meeting", None, "cancelled")]),
    # proposed
    ("Russian President Vladimir Putin proposed talks with Ukrainian President Volodymyr Zelensky.",
     [(["Vladimir Putin", "Volodymyr Zelensky"], "meeting", None, "proposed")]),
    # nothing: reporters, agencies, interviews, "met demands"
    ("Secretary of State Mike Pompeo spoke to reporters in Washington on Friday.", []),
    ("The Kremlin spokesman Dmitry Peskov told TASS by phone that no decision had been taken.", []),
    # an outlet the lexicon does not know, told by phone from a capital: still the press
    ("Senior Hamas official Moussa Abu Marzouk told Al Jazeera by phone from Cairo that no deal had been reached.",
     []),
    ("The government met the demands of the protesters on Friday.", []),
    ("A spokesman said Ankara hoped Athens would meet Turkey halfway on the maritime dispute.", []),
    ("Prime Minister Theresa May said in an interview that talks would continue.", []),
    # the people someone unknown held calls or talks with did not call each other
    ("The minister held calls with President Ana Duarte and Prime Minister Ravi Menon.", []),
    ("Officials held talks with President Ana Duarte and Prime Minister Ravi Menon.", []),
    # "see" is a contact only as a plan to see an official: not a view, a speech, a farewell or a past sighting
    ("Chancellor Erik Lund saw President Mira Tamm's speech as a turning point.", []),
    ("Chancellor Erik Lund said he would see President Mira Tamm's proposal as an opening.", []),
    ("President Mira Tamm is expected to see Chancellor Erik Lund off at the airport.", []),
    ("Chancellor Erik Lund will see how President Mira Tamm responds.", []),
    # a year the model reads as a number still dates the contact it modifies
    ("Chancellor Erik Lund recalled his 2022 meeting with President Mira Tamm in Moscow.",
     [(["Erik Lund", "Mira Tamm"], "meeting", "2022", "occurred")]),
    # an event said to be unlikely is only a possibility
    ("A summit between President Mira Tamm and Chancellor Erik Lund is unlikely this year, officials said.",
     [(["Erik Lund", "Mira Tamm"], "meeting", "2019", "proposed")]),
    # "a new round of talks" in the same sentence as a contact is another event, not that contact's form
    ("President Ana Duarte and President Ravi Menon exchanged views on trade; Duarte reaffirmed her readiness to "
     "host a new round of talks in Lisbon.", [(["Ana Duarte", "Ravi Menon"], "contact", "2019-06-14", "occurred")]),
    # a welcome to visit is an invitation; a welcome to a place or to talks is a meeting
    ("President Ana Duarte welcomes President Ravi Menon to pay a state visit to Portugal.",
     [(["Ana Duarte", "Ravi Menon"], "visit", None, "proposed")]),
    ("President Ana Duarte welcomed President Ravi Menon to visit Portugal again.",
     [(["Ana Duarte", "Ravi Menon"], "visit", None, "proposed")]),
    ("President Ana Duarte welcomed President Ravi Menon to the talks to discuss trade.",
     [(["Ana Duarte", "Ravi Menon"], "meeting", "2019-06-14", "occurred")]),
    # "by X" hung on the place of a passive reception; a country's name ending a person's name
    ("Prime Minister Ravi Menon was received at the summit venue by President Ana Duarte.",
     [(["Ana Duarte", "Ravi Menon"], "meeting", "2019-06-14", "occurred")]),
    ("Prime Minister Ravi Menon met Portuguese Prime Minister Luis Montenegro in Lisbon on Monday.",
     [(["Luis Montenegro", "Ravi Menon"], "meeting", "2019-06-10", "occurred")]),
    ("Chancellor Erik Lund will see President Mira Tamm in Tallinn.", [(["Erik Lund", "Mira Tamm"], "meeting", None,
                                                                     "planned")]),
    ("Chancellor Erik Lund will fly to Riga, where he is due to see President Mira Tamm.",
     [(["Erik Lund", "Mira Tamm"], "visit", None, "planned")]),  # the visit, with its host named
]


CASES += [
    # invitation: a proposed visit
    ("Kenyan President William Ruto invited Ghanaian President Nana Akufo-Addo to visit Nairobi.",
     [(["Nana Akufo-Addo", "William Ruto"], "visit", None, "proposed")]),
    # sat down with
    ("Dutch Prime Minister Mark Rutte sat down with Belgian Prime Minister Charles Michel on Wednesday.",
     [(["Charles Michel", "Mark Rutte"], "meeting", "2019-06-12", "occurred")]),
    # a call inside another verb's clause keeps its own sides
    ("Greek Defence Minister Nikos Panagiotopoulos discussed the incident in a telephone call with his Turkish "
     "counterpart on Monday.",
     [(["Nikos Panagiotopoulos", "STATE:Turkey"], "phone_call", "2019-06-10", "occurred")]),
    # several bilateral meetings, one per counterpart
    ("Foreign Minister Dmitro Sokol held bilateral meetings with his counterparts from Latvia and Moldova "
     "on Thursday.",
     [(["Dmitro Sokol", "STATE:Latvia"], "meeting", "2019-06-13", "occurred"),
      (["Dmitro Sokol", "STATE:Moldova"], "meeting", "2019-06-13", "occurred")]),
    # one meeting of three sides
    ("Chancellor Angela Merkel met French President Emmanuel Macron and Italian Prime Minister Giuseppe Conte "
     "in Brussels on Thursday.",
     [(["Angela Merkel", "Emmanuel Macron", "Giuseppe Conte"], "meeting", "2019-06-13", "occurred")]),
    # expected in two capitals: a planned visit to each
    ("Special envoy Rania Haddad is expected in Amman and Beirut next week.",
     [(["Rania Haddad", "STATE:Jordan"], "visit", "2019-06", "planned"),
      (["Rania Haddad", "STATE:Lebanon"], "visit", "2019-06", "planned")]),
    # a return abroad is a visit, to the country and not to a host named in an aside about another time; going
    # home is none, nor is a return to a capital by one whose country is unknown
    ("Envoy Ana Soto, who met Kenyan President William Ruto in Nairobi last week, is due to return to Kenya on "
     "Tuesday.",
     [(["Ana Soto", "William Ruto"], "meeting", "2019-06", "occurred"),
      (["Ana Soto", "STATE:Kenya"], "visit", "2019-06-18", "planned")]),
    ("Spanish Foreign Minister Ana Soto returned to Kenya on Monday for more talks.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-10", "occurred")]),
    ("Spanish Foreign Minister Ana Soto returned to Madrid on Monday.", []),
    ("Foreign Minister Ana Soto returned to Nairobi on Monday after the summit.", []),
    # "the kingdom", "the country" or "there" as a trip's destination is the state told last before it, never the
    # traveller's own
    ("Saudi Arabia has courted investors for years. Kenyan President Ana Soto arrived in the kingdom on Monday.",
     [(["Ana Soto", "STATE:Saudi Arabia"], "visit", "2019-06-10", "occurred")]),
    ("Malta has courted investors for years. Kenyan President Ana Soto arrived in the island nation on Monday.",
     [(["Ana Soto", "STATE:Malta"], "visit", "2019-06-10", "occurred")]),
    ("Malta has courted investors for years. Kenyan President Ana Soto arrived in the Kenyan nation on Monday.",
     []),
    ("Qatar hosts the talks. Kenyan President Ana Soto flew there on Monday.",
     [(["Ana Soto", "STATE:Qatar"], "visit", "2019-06-10", "occurred")]),
    ("Kenya needs investment. Kenyan President Ana Soto returned to the country on Monday.", []),
    ("Saudi Arabia has courted investors for years. Kenyan President Ana Soto visited the kingdom on Monday.",
     [(["Ana Soto", "STATE:Saudi Arabia"], "visit", "2019-06-10", "occurred")]),
    ("Kenya needs investment. Kenyan President Ana Soto toured the country on Monday.", []),
    # a place set before "expected to"/"due to" is where the meeting is to be, no trip to it
    ("In Basra, Foreign Minister Ana Soto is due to meet Governor Ali Hassan.",
     [(["Ali Hassan", "Ana Soto"], "meeting", None, "planned")]),
    ("Foreign Minister Ana Soto flew to northern Iraq on Monday. In Erbil she was expected to meet regional "
     "President Nechirvan Barzani on Tuesday.",
     [(["Ana Soto", "STATE:Iraq"], "visit", "2019-06-10", "occurred"),
      (["Ana Soto", "Nechirvan Barzani"], "meeting", "2019-06-11", "planned")]),
    # joined … for a video call
    ("On Tuesday, Prime Minister Jacinda Ardern joined Fijian Prime Minister Frank Bainimarama for a video call.",
     [(["Frank Bainimarama", "Jacinda Ardern"], "video_call", "2019-06-11", "occurred")]),
    # a relative clause's subject
    ("Oman's foreign minister, Yusuf bin Alawi, who visited Tehran last month, said the talks were useful.",
     [(["STATE:Iran", "Yusuf bin Alawi"], "visit", "2019-05", "occurred")]),
    # a trip to a place framing a meeting is a trip of its own, neither the meeting's manner nor its topic
    ("Foreign Minister Ana Soto met business leaders during her visit to Kenya.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-14", "occurred")]),
    ("Foreign Minister Ana Soto, on a visit to Kenya, met students in Nairobi.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-14", "occurred")]),
    ("Foreign Minister Ana Soto met Kenyan President Ali Moyo on her visit to Kenya.",
     [(["Ali Moyo", "Ana Soto"], "visit", "2019-06-14", "occurred")]),
    # a leg of a trip: "stopped in", "continued to", "proceeded to" a place (not "stopped supplies to", "continue to
    # press")
    ("Foreign Minister Ana Soto stopped in Mombasa on Tuesday on her way to Cairo.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-11", "occurred")]),
    ("Foreign Minister Ana Soto visited Lima on Monday before continuing to Quito.",
     [(["Ana Soto", "STATE:Ecuador"], "visit", "2019-06-10", "occurred"),
      (["Ana Soto", "STATE:Peru"], "visit", "2019-06-10", "occurred")]),
    ("Foreign Minister Ana Soto will proceed to Brussels on Sunday.",
     [(["Ana Soto", "STATE:Belgium"], "visit", "2019-06-16", "planned")]),
    ("Russia stopped gas supplies to Ukraine on Monday.", []),
    ("Foreign Minister Ana Soto will continue to press Kenya on trade.", []),
    # a trip's infinitive of meeting names its host
    ("President Ana Duarte's planned visit to Nairobi to meet President Ali Moyo was cancelled.",
     [(["Ali Moyo", "Ana Duarte"], "visit", None, "cancelled")]),
    ("Foreign Minister Ana Soto met business leaders during a brief stopover in Mombasa.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-14", "occurred")]),
    # "is in <capital> for talks with": a visit to the host named
    ("Foreign Minister Penny Hale is in Jakarta for talks with Foreign Minister Retno Marsudi.",
     [(["Penny Hale", "Retno Marsudi"], "visit", "2019-06-14", "occurred")]),
    # refusal with a gerund
    ("Pyongyang had no intention of talking to Seoul, the statement said.",
     [(["STATE:North Korea", "STATE:South Korea"], "contact", None, "denied")]),
    # travel, then the visited country's one official named further on is the host
    ("Italian Prime Minister Carla Benedetti flew to Tunis on Wednesday and spent two hours with Tunisian "
     "President Hedi Mansour.",
     [(["Carla Benedetti", "Hedi Mansour"], "visit", "2019-06-12", "occurred")]),
    # a meal is a meeting
    ("Chancellor Anna Weber had a working lunch with Dutch Prime Minister Pieter de Groot on Thursday.",
     [(["Anna Weber", "Pieter de Groot"], "meeting", "2019-06-13", "occurred")]),
    # "by telephone" parsed as the passive's agent is still the manner; the other "by" is the caller
    ("Dutch Prime Minister Mark Rutte was consulted by telephone by Spanish Prime Minister Pedro Sanchez on Monday.",
     [(["Mark Rutte", "Pedro Sanchez"], "phone_call", "2019-06-10", "occurred")]),
    # an invitation noun: the invited side would visit the inviter
    ("Chilean President Ana Rojas extended an invitation to Peruvian President Luis Vega to visit Chile.",
     [(["Ana Rojas", "Luis Vega"], "visit", None, "proposed")]),
    ("Peruvian President Luis Vega declined an invitation from Chilean President Ana Rojas to visit Santiago.",
     [(["Ana Rojas", "Luis Vega"], "visit", None, "denied")]),
    # a request noun: who asked is who would call
    ("Officials in Beijing have declined repeated requests from Foreign Minister Penny Hale's office to arrange "
     "a call with Wang Yi.",
     [(["Penny Hale", "Wang Yi"], "phone_call", None, "denied")]),
    # a noun naming both its sides belongs to them, not to whoever comments on it
    ("Defence Minister Ken Ito welcomed the outcome of the summit between President Ana Rojas and Prime Minister "
     "Luis Vega on Monday.",
     [(["Ana Rojas", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    # a courtesy call is paid in person
    ("Defence Minister Ken Ito received a courtesy call from Indian Army chief General Arjun Rao on Monday.",
     [(["Arjun Rao", "Ken Ito"], "meeting", "2019-06-10", "occurred")]),
    # a trip told in the present with a day ahead, to meet a host named after "<title>, <honorific>"
    ("Foreign Minister Penny Hale flies to Muscat on Sunday to meet the new sultan, Sayyid Haitham Tariq.",
     [(["Haitham Tariq", "Penny Hale"], "visit", "2019-06-16", "planned")]),
    # "called on" a person is a courtesy call; "called on X to do" asks something and is no contact
    ("On Monday the US ambassador, Robert Pearce, called on Foreign Minister Ali Demir at the ministry.",
     [(["Ali Demir", "Robert Pearce"], "meeting", "2019-06-10", "occurred")]),
    ("President Joe Biden called on Foreign Minister Ali Demir to resign.", []),
    # a noun that names its other side under a verb states the contact: undated, it is the story's day
    ("President Ana Rojas opened the day with a working breakfast with Prime Minister Luis Vega.",
     [(["Ana Rojas", "Luis Vega"], "meeting", "2019-06-14", "occurred")]),
    # with no inviter named, the one who accepts an invitation is the one invited (accepted, the visit is planned)
    ("Prime Minister Ravi Menon accepted an invitation to visit Australia.",
     [(["Ravi Menon", "STATE:Australia"], "visit", None, "planned")]),
    # two days listed for one kind of contact are two contacts; passive agents are both sides
    ("The crisis was discussed by President Marek Nowak and President Arman Serikov in telephone conversations "
     "on June 3 and June 7.",
     [(["Arman Serikov", "Marek Nowak"], "phone_call", "2019-06-03", "occurred"),
      (["Arman Serikov", "Marek Nowak"], "phone_call", "2019-06-07", "occurred")]),
    # "called" with the person called parsed as an object predicate, and the call told again beside it
    ("Borg called Ferreira on Friday.", [(["Borg", "Ferreira"], "phone_call", "2019-06-14", "occurred")]),
    ("Swedish Prime Minister Lars Borg called Portuguese Prime Minister Ana Ferreira on Friday, their first "
     "conversation since September 2017.",
     [(["Ana Ferreira", "Lars Borg"], "phone_call", "2019-06-14", "occurred")]),
    # "what she called talks" names the talks; it is no call
    ("Deputy Secretary Ellen Ward held what she called frank talks with General Omar Diallo on Monday.",
     [(["Ellen Ward", "Omar Diallo"], "meeting", "2019-06-10", "occurred")]),
    # a participle of a verb told "on the telephone" is a call, in that verb's time
    ("Chancellor Lena Holm spent much of last week on the phone, talking to Premier Rui Costa and President Omar "
     "Diallo about the gas crisis.",
     [(["Lena Holm", "Omar Diallo"], "phone_call", "2019-06", "occurred"),
      (["Lena Holm", "Rui Costa"], "phone_call", "2019-06", "occurred")]),
    # summoning an envoy is a meeting at the ministry; calling in the army is none
    ("Deputy Foreign Minister Ana Ruiz called in Peruvian Ambassador Luis Vega on Tuesday to explain the decision.",
     [(["Ana Ruiz", "Luis Vega"], "meeting", "2019-06-11", "occurred")]),
    ("Chile's foreign ministry summoned the Bolivian ambassador on Monday to protest the seizure.",
     [(["STATE:Bolivia", "STATE:Chile"], "meeting", "2019-06-10", "occurred")]),
    ("The president called in the army to restore order.", []),
    ("Secretary of State Ana Ruiz called in Brussels on Monday for unity.", []),  # a place is no one summoned
    # separate talks with two people are two meetings
    ("Envoy Ana Ruiz held separate talks with Prime Minister Luis Vega and Speaker Omar Diallo in Lima on Tuesday.",
     [(["Ana Ruiz", "Luis Vega"], "meeting", "2019-06-11", "occurred"),
      (["Ana Ruiz", "Omar Diallo"], "meeting", "2019-06-11", "occurred")]),
    ("Envoy Ana Ruiz met separately with Prime Minister Luis Vega and Speaker Omar Diallo in Lima on Tuesday.",
     [(["Ana Ruiz", "Luis Vega"], "meeting", "2019-06-11", "occurred"),
      (["Ana Ruiz", "Omar Diallo"], "meeting", "2019-06-11", "occurred")]),
    # the guest a meal is hosted for is the other side
    ("Prime Minister Lars Borg hosted a dinner for President Ana Ferreira in Stockholm on Tuesday.",
     [(["Ana Ferreira", "Lars Borg"], "meeting", "2019-06-11", "occurred")]),
    # a visit told between two states beside their officials' meeting is that meeting, a visit
    ("Peruvian Foreign Minister Luis Vega will meet his Chilean counterpart Ana Ruiz in Arica on Wednesday, the "
     "first visit by a Peruvian foreign minister to Chile since the dispute began.",
     [(["Ana Ruiz", "Luis Vega"], "visit", "2019-06-19", "planned")]),
    # a visit to two countries is a visit to each (not a meeting of the two hosts)
    ("Australian Foreign Minister Penny Wong is due to visit Fiji and Tonga next week.",
     [(["Penny Wong", "STATE:Fiji"], "visit", "2019-06", "planned"),
      (["Penny Wong", "STATE:Tonga"], "visit", "2019-06", "planned")]),
    # the "with"-object the parser hangs on the place of the talks
    ("Deputy Defence Minister Tomas Novak held talks at the Ministry with Defence Secretary of Poland Marek "
     "Zielinski on Monday.",
     [(["Marek Zielinski", "Tomas Novak"], "meeting", "2019-06-10", "occurred")]),
    # the guest the parser hangs on the place where he was received, or on a form of address
    ("Rahim bin Saleh Al Harthi, Foreign Minister, on Sunday received at the Ministry's General Diwan Paul "
     "Whitfield, the British envoy for Sudan.",
     [(["Paul Whitfield", "Rahim bin Saleh Al Harthi"], "meeting", "2019-06-09", "occurred")]),
    ("On Friday, the Vice Minister of Foreign Affairs, Lucas Ortega, received in the Palacio de Santa Ana the "
     "Ambassador of Italy, Marco Ferri.",
     [(["Lucas Ortega", "Marco Ferri"], "meeting", "2019-06-14", "occurred")]),
    ("The President of the Republic, Mr. Luis Vega, received, this Friday morning at the Palace of Carthage, the "
     "Secretary of State of the United States of America, Mrs. Jane Roe.",
     [(["Jane Roe", "Luis Vega"], "meeting", "2019-06-14", "occurred")]),
    ("Foreign Minister Dr. Arun Mehta on Tuesday received Hon. K.L.M. Ravi Perera, PC, Minister of Justice of "
     "Sri Lanka, at Hyderabad House.",
     [(["Arun Mehta", "K.L.M. Ravi Perera"], "meeting", "2019-06-11", "occurred")]),
    # talks that were the topic of a call are no meeting of those who spoke
    ("On Monday, Foreign Minister Ana Soto held a phone call with Peruvian Foreign Minister Luis Vargas. The two "
     "sides exchanged views on the talks under way in Geneva.",
     [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-10", "occurred")]),
    # a dialogue held in a place is met in person; keeping up exchanges is no event
    ("Ana Soto said the Chilean side is ready to maintain close high-level exchanges with Peru. The two sides "
     "agreed that the next round of the Chile-Peru strategic dialogue will be held in Lima.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", None, "planned")]),
    # talks that only tell the day are no part of the call told on it
    ("Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vargas on Thursday. On the same day "
     "as the talks with Vargas, Soto had a telephone conversation with Bolivian Foreign Minister Juan Quispe.",
     [(["Ana Soto", "Juan Quispe"], "phone_call", "2019-06-13", "occurred"),
      (["Ana Soto", "Luis Vargas"], "meeting", "2019-06-13", "occurred")]),
    # protocol: an ambassador called in or summoned, credentials presented, are met in person
    ("First Vice Foreign Minister Lee Min-ho called in Iranian Ambassador Reza Karimi on Tuesday to explain the "
     "decision.", [(["Lee Min-ho", "Reza Karimi"], "meeting", "2019-06-11", "occurred")]),
    ("Foreign Minister Ana Soto summoned Iranian Ambassador Reza Karimi on Tuesday.",
     [(["Ana Soto", "Reza Karimi"], "meeting", "2019-06-11", "occurred")]),
    ("The new Mexican ambassador, Jorge Vela, presented his credentials to President Ana Soto at the palace on "
     "Thursday.", [(["Ana Soto", "Jorge Vela"], "meeting", "2019-06-13", "occurred")]),
    ("Foreign Minister Ana Soto called in reinforcements and presented the plan to Luis Vargas.", []),
    # an invitation conveyed by a third, the infinitive hung on the verb that conveys it
    ("Foreign Minister Ana Soto conveyed an invitation from President Luis Vargas to Prime Minister Shri Rakesh "
     "Varma to visit Peru at a mutually convenient date.",
     [(["Luis Vargas", "Rakesh Varma"], "visit", None, "proposed")]),
    # "with A and with B": each "with" names a side
    ("Foreign Minister Ana Soto held bilateral meetings with Australian Foreign Minister Mary Kerr and with her "
     "Philippine counterpart Jose Santos Jr. on Monday.",
     [(["Ana Soto", "Jose Santos Jr."], "meeting", "2019-06-10", "occurred"),
      (["Ana Soto", "Mary Kerr"], "meeting", "2019-06-10", "occurred")]),
    # talks planned on a trip are the trip's plan, and fall with it
    ("Next week, Foreign Minister Ana Soto will travel to Brussels, where she is scheduled to meet the EU foreign "
     "policy chief, Lars Holm, ahead of the meeting of EU ministers in August.",
     [(["Ana Soto", "Lars Holm"], "visit", "2019-06", "planned")]),
    ("President Ana Soto has called off a planned trip to Lima, where she was to meet Peruvian President Luis "
     "Vargas.", [(["Ana Soto", "Luis Vargas"], "visit", None, "cancelled")]),
    # visiting one's own people abroad is a visit to where they are
    ("Chilean President Ana Soto has said she will visit the Chilean officers in Haiti next month.",
     [(["Ana Soto", "STATE:Haiti"], "visit", "2019-07", "planned")]),
    # "an invitation to B to pay a visit to X": B's visit, not a trip of the one who conveyed it
    ("Hon. Kofi Mensah conveyed President Ama Owusu's invitation to General Ali Traore to pay a visit to Ghana at "
     "a date convenient to both sides.", [(["Ali Traore", "Ama Owusu"], "visit", None, "proposed")]),
    # a visit's destination the parser hung on the verb after the visit's phrase
    ("The ministers agreed to convene the next meeting of the Intergovernmental Commission in Lima in April, and "
     "began preparations for the return state visit of the President of Peru to Bolivia, scheduled for the second "
     "half of this year.", [(["STATE:Bolivia", "STATE:Peru"], "visit", "2019", "planned")]),
    # a meeting of two states told beside their state visit, on another day, is no part of the visit
    ("The ministers agreed to convene the next meeting of the Peruvian-Bolivian Commission in Lima in April, and "
     "began preparations for the return state visit of the President of Peru to Bolivia, scheduled for the second "
     "half of this year.",
     [(["STATE:Bolivia", "STATE:Peru"], "meeting", "2020-04", "planned"),
      (["STATE:Bolivia", "STATE:Peru"], "visit", "2019", "planned")]),
    # a place received in names no guest
    ("The President of Chile, Ana Soto, was received in Lima on Monday.", []),
    # a visit one sets out on goes where one left for; leaving alone is no visit
    ("Foreign Minister Ana Duarte left for Dakar on Monday on a three-day visit.",
     [(["Ana Duarte", "STATE:Senegal"], "visit", "2019-06-10", "occurred")]),
    ("Foreign Minister Ana Duarte left for Dakar on Monday.", []),
    # an audience granted to someone is a meeting with him; an audience of students is no side
    ("President Ana Duarte granted an audience to Foreign Minister Hugo Salas on Monday.",
     [(["Ana Duarte", "Hugo Salas"], "meeting", "2019-06-10", "occurred")]),
    ("President Ana Duarte spoke to an audience of students in Dakar.", []),
    # a hyphenated contact noun is one word, with its accents or without
    ("Minister Ana Duarte held a tête-à-tête with Minister Hugo Salas.",
     [(["Ana Duarte", "Hugo Salas"], "meeting", "2019-06-14", "occurred")]),
    ("Minister Ana Duarte held a tete-a-tete with Minister Hugo Salas.",
     [(["Ana Duarte", "Hugo Salas"], "meeting", "2019-06-14", "occurred")]),
    # translated copy's "sostener"/"mantener": "sustained a meeting", "maintained a telephone conversation" were held
    # (undated: the story's day); "maintain contacts" is a relationship kept up
    ("The Chancellor Rosa Ibarra maintained a telephone conversation with the Chancellor of Peru, Hugo Salas.",
     [(["Hugo Salas", "Rosa Ibarra"], "phone_call", "2019-06-14", "occurred")]),
    ("Vice Minister Rosa Ibarra sustained a meeting with Vice Minister Hugo Salas in Lima.",
     [(["Hugo Salas", "Rosa Ibarra"], "meeting", "2019-06-14", "occurred")]),
    ("Chile and Peru agreed to maintain contacts at all levels.", []),
    # translated agency English: an "interview" held with an official by title is a contact; a press one is not
    ("Chancellor Rosa Ibarra held a telephone communication with the Minister of Foreign Relations of Peru.",
     [(["Rosa Ibarra", "STATE:Peru"], "phone_call", "2019-06-14", "occurred")]),
    ("The ministry sent a communication to the press on Monday.", []),
    ("The Minister of Foreign Affairs, Mr. Karim Benali, has had, Tuesday, at the seat of the department, an "
     "interview with the Minister of Foreign Affairs of Senegal, Mr. Amadou Ba.",
     [(["Amadou Ba", "Karim Benali"], "meeting", "2019-06-11", "occurred")]),
    ("Mr. Karim Benali has had also, Monday evening, a telephonic interview with the Minister of Foreign Affairs "
     "of Mali, Mr. Abdoulaye Diop, on the bilateral relations.",
     [(["Abdoulaye Diop", "Karim Benali"], "phone_call", "2019-06-10", "occurred")]),
    ("The President of the Republic, Mr. Kais Saied, held on Wednesday an interview with the Ambassador of "
     "France, Mr. Jean Dupont.", [(["Jean Dupont", "Kais Saied"], "meeting", "2019-06-12", "occurred")]),
    ("Prime Minister Ali Hassan had a telephone interview with the President of Niger, Mohamed Bazoum, on Monday.",
     [(["Ali Hassan", "Mohamed Bazoum"], "phone_call", "2019-06-10", "occurred")]),
    ("Foreign Minister Karim Benali gave an interview to the newspaper El Watan on Monday.", []),
    ("Foreign Minister Karim Benali said in an interview with Reuters on Monday that talks would resume.", []),
    ("President Kais Saied had an interview with the channel Al Jazeera on Tuesday.", []),
    ("President Kais Saied had an interview with CNN's Christiane Amanpour on Tuesday.", []),
    # "was briefed by X" is a contact with the briefer; an active "briefed" tells what was said of another
    ("The Foreign Minister, Ms. Kamina Smith, was briefed by the British High Commissioner on Tuesday.",
     [(["Kamina Smith", "STATE:United Kingdom"], "contact", "2019-06-11", "occurred")]),
    ("Ghana's foreign minister was briefed by the French ambassador yesterday afternoon.",
     [(["STATE:France", "STATE:Ghana"], "contact", "2019-06-13", "occurred")]),
    ("The spokesman briefed reporters on Monday.", []),
    ("Secretary-General Antonio Guterres briefed the Security Council on Tuesday.", []),
    # "the invitation of A" is A's, as "an invitation from A"; states that decline it each stay away alone
    ("Foreign Minister Ana Soto accepted the invitation of President Luis Vega to visit Lima.",
     [(["Ana Soto", "Luis Vega"], "visit", None, "planned")]),  # accepted: agreed
    ("Brazil and Chile declined an invitation from Argentina to attend the summit.",
     [(["STATE:Argentina", "STATE:Brazil"], "meeting", None, "denied"),
      (["STATE:Argentina", "STATE:Chile"], "meeting", None, "denied")]),
    ("Egypt and Jordan accepted Saudi Arabia's invitation to attend the summit in Riyadh.",
     [(["STATE:Egypt", "STATE:Jordan", "STATE:Saudi Arabia"], "meeting", None, "planned")]),
    # a summit that only bounds the time of a refused or planned meeting is another event, its sides untold
    ("President Ana Soto has ruled out meeting President Luis Vega before the summit.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied")]),
    # what an outcome may hinge on is a condition weighed, no contact told
    ("Much may hinge on a conversation between President Ana Soto and President Luis Vega.", []),
    # a visit by someone the story does not name is not the visit of the one who recalls it
    ("Foreign Minister Ana Soto recalled the visit to Lima by her predecessor in January.", []),
]


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_contact_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == sorted(expected)

# ---------------------------------------------------------------------------------------------------------
# Modality and manner words, end to end (wip-modality). Kept apart from the cases above to ease merging.
# ---------------------------------------------------------------------------------------------------------

MODALITY_CASES = [
    # a manner noun that takes the "with"-object itself ("talks by videolink with B")
    ("Prime Minister Ana Vukic held talks by videolink with Prime Minister Edon Hoxha on Monday.",
     [(["Ana Vukic", "Edon Hoxha"], "video_call", "2019-06-10", "occurred")]),
    # manner adverbs and compounds
    ("Prime Minister Ana Vukic spoke telephonically with Prime Minister Edon Hoxha on Monday.",
     [(["Ana Vukic", "Edon Hoxha"], "phone_call", "2019-06-10", "occurred")]),
    ("Prime Minister Ana Vukic held a videoconferencing session with Prime Minister Edon Hoxha on Monday.",
     [(["Ana Vukic", "Edon Hoxha"], "video_call", "2019-06-10", "occurred")]),
    # a meeting told in a relative clause happened, whatever the main verb plans
    ("Prime Minister Ana Vukic, who met Prime Minister Edon Hoxha on Monday, agreed to expand trade.",
     [(["Ana Vukic", "Edon Hoxha"], "meeting", "2019-06-10", "occurred")]),
    # a negated trip "as planned" is a cancelled one
    ("Prime Minister Ana Vukic will not travel to Rome next week as planned.",
     [(["Ana Vukic", "STATE:Italy"], "visit", "2019-06", "cancelled")]),
    # a plan told in the pluperfect fell through
    ("Prime Minister Ana Vukic had been due to hold talks with Prime Minister Edon Hoxha on Tuesday.",
     [(["Ana Vukic", "Edon Hoxha"], "meeting", "2019-06-11", "cancelled")]),
    # a refusal outranks the request it turns down
    ("Prime Minister Ana Vukic has declined repeated requests for a meeting with Prime Minister Edon Hoxha.",
     [(["Ana Vukic", "Edon Hoxha"], "meeting", None, "denied")]),
]


@pytest.mark.parametrize(("text", "expected"), MODALITY_CASES, ids=[c[0][:50] for c in MODALITY_CASES])
def test_modality_and_manner_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The first 400 Kenyan police officers arrived in Port-au-Prince on Tuesday.",
    "Russian military officers arrived in Bamako on Monday.",
    # a force the parser left only the governing clause's subject ("arrived" hung on "moved")
    ("The Chilean military has moved the frigate Almirante Lynch and its escort group off Peru's coast, and a squadron "
     "of F-16 jets arrived in Bolivia last week, officials said."),
    # what is flown somewhere travels, not its sender
    "Chile, which has flown planeloads of food to Bolivia since the floods began, denied the reports.",
])
def test_officers_of_a_force_who_arrive_somewhere_make_no_visit(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == []


def test_a_trip_named_again_as_the_travel_verbs_object_is_still_a_trip(extractor: Extractor) -> None:
    text = "President Ana Soto travelled to Lima last week, the first visit by a Chilean leader since 1990."
    assert [r[0] for r in _contacts(extractor, text)] == [["Ana Soto", "STATE:Peru"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ana Soto will travel on Monday to the city of Lima.",
     [(["Ana Soto", "STATE:Peru"], "visit", "2019-06-17", "planned")]),
    ("President Ana Soto arrived in the port of Callao on Monday.",
     [(["Ana Soto", "STATE:Peru"], "visit", "2019-06-10", "occurred")]),
])
def test_a_place_named_through_of_is_in_its_state(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


def test_calls_to_do_something_are_no_phone_calls(extractor: Extractor) -> None:
    text = "President Ana Soto met President Luis Vega on Monday despite calls to postpone the visit."
    found = _contacts(extractor, text)
    assert (["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred") in found
    assert not any(kind == "phone_call" for _, kind, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ana Soto joined President Luis Vega by video link on Monday.",
     [(["Ana Soto", "Luis Vega"], "video_call", "2019-06-10", "occurred")]),
    ("President Ana Soto joined President Luis Vega on the phone on Monday.",
     [(["Ana Soto", "Luis Vega"], "phone_call", "2019-06-10", "occurred")]),
    ("President Ana Soto joined President Luis Vega in condemning the attack.", []),
])
def test_joining_an_official_by_a_line_is_a_call(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected
