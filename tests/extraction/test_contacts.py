"""Contacts, one grammatical case per row: (text, published_at, expected contacts as
(sorted participant labels, type, date, modality)). Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
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
    # leaders or officials marked as speaking for no state are no side ("leaders in London" would be the UK)
    ("Prime Minister Ravi Menon met with business leaders in London on Monday.", []),
    ("Foreign Minister Ana Duarte met opposition leaders in Caracas.", []),
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
    # a capitalized "State Visit" after a title word ("State") is the visit, not a person named "Visit"
    ("At the invitation of President Ana Duarte, Prime Minister Ravi Menon will pay a State Visit to Portugal "
     "from July 2 to 4.", [(["Ana Duarte", "Ravi Menon"], "visit", "2019-07-02", "planned")]),
    ("Prime Minister Ravi Menon will pay a State Visit to Portugal in July.",
     [(["Ravi Menon", "STATE:Portugal"], "visit", "2019-07", "planned")]),
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
    # joined … for a video call
    ("On Tuesday, Prime Minister Jacinda Ardern joined Fijian Prime Minister Frank Bainimarama for a video call.",
     [(["Frank Bainimarama", "Jacinda Ardern"], "video_call", "2019-06-11", "occurred")]),
    # a relative clause's subject
    ("Oman's foreign minister, Yusuf bin Alawi, who visited Tehran last month, said the talks were useful.",
     [(["STATE:Iran", "Yusuf bin Alawi"], "visit", "2019-05", "occurred")]),
    # titled names chained by the parser: two sides meet two sides
    ("External Affairs Minister Anil Rao and Defence Minister Vikram Desai will meet Foreign Minister Penny Hale "
     "and Defence Minister Linda Crane.",
     [(["Anil Rao", "Linda Crane", "Penny Hale", "Vikram Desai"], "meeting", None, "planned")]),
    # "is in <capital> for talks with": a visit to the host named
    ("Foreign Minister Penny Hale is in Jakarta for talks with Foreign Minister Retno Marsudi.",
     [(["Penny Hale", "Retno Marsudi"], "visit", "2019-06-14", "occurred")]),
    # the head of an organization, named in apposition; a city says where, not whose
    ("President Vladimir Putin met with the head of the International Atomic Energy Agency, Rafael Grossi, "
     "in Kaliningrad.",
     [(["Rafael Grossi", "Vladimir Putin"], "meeting", "2019-06-14", "occurred")]),
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
    # a singular title "of <country>, Name" names its holder, honorifics and all
    ("Prime Minister Ravi Menon held a virtual summit with the Prime Minister of Fiji, H.E. Mr. Sitiveni Naulu, "
     "on Wednesday.",
     [(["Ravi Menon", "Sitiveni Naulu"], "video_call", "2019-06-12", "occurred")]),
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
    # full names the model does not know are people where only people stand: subject and object of "met"
    ("In August 2015 Dragan Vukotić met Kosovo's Ilir Gashi in Brussels.",
     [(["Dragan Vukotić", "Ilir Gashi"], "meeting", "2015-08", "occurred")]),
    # an object pronoun is not its own clause's subject; "on the phone to" names the other side
    ("Greek Foreign Minister Eleni Vlachou said Secretary of State Tom Harlan was on the phone to her on Tuesday.",
     [(["Eleni Vlachou", "Tom Harlan"], "phone_call", "2019-06-11", "occurred")]),
    # a plural title in capitals is no person's name
    ("Talks between the Senior Military Commanders of India and China were held on Monday.",
     [(["STATE:China", "STATE:India"], "meeting", "2019-06-10", "occurred")]),
    # someone's predecessor is another holder of the office: his country, not him
    ("Japanese Defence Minister Akira Sato recalled the visit to New Delhi by his predecessor in January.",
     [(["STATE:India", "STATE:Japan"], "visit", "2019-01", "occurred")]),
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
    # a long formal title with the country inside it, before the name
    ("President Marek Nowak held a telephone conversation with President of the Republic of Kazakhstan "
     "Arman Serikov on Monday.",
     [(["Arman Serikov", "Marek Nowak"], "phone_call", "2019-06-10", "occurred")]),
    # two subjects the parser left uncoordinated ("A and B" with a dangling "and")
    ("Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken did not meet on the "
     "sidelines of the G20 meeting in New Delhi.",
     [(["Antony Blinken", "Sergei Lavrov"], "meeting", None, "denied")]),
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
    # an organisation's "Federation of <state>" is neither a state's name nor a person
    ("The Football Federation of Australia met officials. Later the Federation met Russian President Vladimir "
     "Putin.", []),
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
    # a named host whose country goes unsaid stands for the visited state
    ("Peruvian President Luis Vega is visiting Ecuador at the invitation of President Ana Ruiz.",
     [(["Ana Ruiz", "Luis Vega"], "visit", "2019-06-14", "occurred")]),
    # "the first leader to meet X": the one who became (or is) that leader meets X
    ("Chilean President Ana Ruiz became the first foreign leader to meet Peruvian President Luis Vega in person "
     "since the coup.", [(["Ana Ruiz", "Luis Vega"], "meeting", "2019-06-14", "occurred")]),
    # a visit told between two states beside their officials' meeting is that meeting, a visit
    ("Peruvian Foreign Minister Luis Vega will meet his Chilean counterpart Ana Ruiz in Arica on Wednesday, the "
     "first visit by a Peruvian foreign minister to Chile since the dispute began.",
     [(["Ana Ruiz", "Luis Vega"], "visit", "2019-06-19", "planned")]),
    # a visit to two countries is a visit to each (not a meeting of the two hosts)
    ("Australian Foreign Minister Penny Wong is due to visit Fiji and Tonga next week.",
     [(["Penny Wong", "STATE:Fiji"], "visit", "2019-06", "planned"),
      (["Penny Wong", "STATE:Tonga"], "visit", "2019-06", "planned")]),
    # a role's initials stand for the one person named with that role
    ("External Affairs Minister Dr. Arun Mehta arrived in Canberra on Monday. On Tuesday, EAM held talks with "
     "Australian Foreign Minister Claire Dawson.",
     [(["Arun Mehta", "Claire Dawson"], "meeting", "2019-06-11", "occurred"),
      (["Arun Mehta", "STATE:Australia"], "visit", "2019-06-10", "occurred")]),
    # a body's acronym is no role's initials
    ("Assistant Undersecretary Luis Vega arrived in Addis Ababa on Monday. Ethiopian Foreign Minister Taye Atske "
     "met the AU commissioner on Tuesday.", [(["Luis Vega", "STATE:Ethiopia"], "visit", "2019-06-10", "occurred")]),
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
    # a title set off by a comma before a name the parser hung on the verb is still that name's
    ("The Minister of Foreign Affairs, Senator the Hon. Marcia Bennett, held talks with Ghana's Cabinet Secretary "
     "for Foreign and Regional Affairs, Hon. Kwame Boateng, in Accra last month on trade.",
     [(["Kwame Boateng", "Marcia Bennett"], "meeting", "2019-05", "occurred")]),
    # "His Majesty the Sultan" is the sultan named; "His Majesty" alone the one so styled before
    ("His Majesty Sultan Khalid bin Said received a phone call yesterday from President Ana Soto of Chile. His "
     "Majesty the Sultan also received yesterday a similar phone call from President Luis Vargas of Peru. "
     "Sources said His Majesty is expected to pay a state visit to Peru at the invitation of President Vargas.",
     [(["Ana Soto", "Khalid bin Said"], "phone_call", "2019-06-13", "occurred"),
      (["Khalid bin Said", "Luis Vargas"], "phone_call", "2019-06-13", "occurred"),
      (["Khalid bin Said", "Luis Vargas"], "visit", None, "planned")]),
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
    # a title's phrase runs on through "in" ("the Ambassador of A in B, X"), however the parser hung the name
    ("Meanwhile, the new Ambassador of Argentina in Venezuela, Pedro Molina, will travel to Caracas next week.",
     [(["Pedro Molina", "STATE:Venezuela"], "visit", "2019-06", "planned")]),
    # "the Kingdom" names again the one state the story named "the Kingdom of …"
    ("Foreign Minister Ana Soto will pay a visit to the Kingdom of Norway next month. Soto last visited the "
     "Kingdom in November.",
     [(["Ana Soto", "STATE:Norway"], "visit", "2018-11", "occurred"),
      (["Ana Soto", "STATE:Norway"], "visit", "2019-07", "planned")]),
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
    # a name's first word the model left out after a comma ("…, Than Kyaw Aung")
    ("In June, its then foreign minister, Somchai Srisuk, hosted the junta-appointed foreign minister, Than Kyaw "
     "Aung, at a seaside hotel in Pattaya.",
     [(["Somchai Srisuk", "Than Kyaw Aung"], "meeting", "2019-06", "occurred")]),
    # a place received in names no guest
    ("The President of Chile, Ana Soto, was received in Lima on Monday.", []),
    # translated agency English: an "interview" held with an official by title is a contact; a press one is not
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
    # a president-elect stands for the state; a headline infinitive hung on its subject noun is a plan
    ("Chile's president-elect to travel to Buenos Aires before the inauguration",
     [(["STATE:Argentina", "STATE:Chile"], "visit", None, "planned")]),
    ("Brazil's president-elect will visit Washington next week.",
     [(["STATE:Brazil", "STATE:United States"], "visit", "2019-06", "planned")]),
    ("Japan's prime minister to fly to Canberra for security talks",
     [(["STATE:Australia", "STATE:Japan"], "visit", None, "planned")]),
    # "the invitation of A" is A's, as "an invitation from A"; states that decline it each stay away alone
    ("Foreign Minister Ana Soto accepted the invitation of President Luis Vega to visit Lima.",
     [(["Ana Soto", "Luis Vega"], "visit", None, "planned")]),  # accepted: agreed
    ("Brazil and Chile declined an invitation from Argentina to attend the summit.",
     [(["STATE:Argentina", "STATE:Brazil"], "meeting", None, "denied"),
      (["STATE:Argentina", "STATE:Chile"], "meeting", None, "denied")]),
    ("Egypt and Jordan accepted Saudi Arabia's invitation to attend the summit in Riyadh.",
     [(["STATE:Egypt", "STATE:Jordan", "STATE:Saudi Arabia"], "meeting", None, "planned")]),
]


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_contact_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == sorted(expected)


def test_pronouns_and_the_pair_refer_back(extractor: Extractor) -> None:
    text = (
        "Greek Prime Minister Alexis Tsipras spoke with North Macedonia's Prime Minister Zoran Zaev on "
        "Thursday.\n\nThe two leaders last met in January, in Davos."
    )
    found = extractor.extract(text, PUB)
    got = sorted((sorted(p.label for p in c.participants), c.type, c.date) for c in found.contacts)
    assert got == [
        (["Alexis Tsipras", "Zoran Zaev"], "contact", "2019-06-13"),
        (["Alexis Tsipras", "Zoran Zaev"], "meeting", "2019-01"),
    ]


def test_same_event_told_twice_is_one_event(extractor: Extractor) -> None:
    text = (
        "Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with his Chinese counterpart "
        "Wang Yi on Wednesday.\n\nDuring the call, Jaishankar raised the border standoff.\n\n"
        "Wang told Jaishankar during their conversation that both sides should show restraint."
    )
    found = extractor.extract(text, PUB)
    assert len(found.contacts) == 1
    contact = found.contacts[0]
    assert contact.type == "phone_call" and contact.date == "2019-06-12"
    assert len(contact.evidence) >= 2
    officials = {o.name: o for o in found.officials}
    assert officials["Wang Yi"].country == "China"


def test_headline_repeats_the_story_instead_of_adding_an_event(extractor: Extractor) -> None:
    text = (
        "Rutte meets Michel in Brussels\n\n"
        "Dutch Prime Minister Mark Rutte met Belgian Prime Minister Charles Michel in Brussels on Tuesday."
    )
    found = extractor.extract(text, PUB)
    assert [(c.date, c.location, len(c.evidence)) for c in found.contacts] == [("2019-06-11", "Belgium", 2)]


def test_the_title_refers_back_to_the_person_who_holds_it(extractor: Extractor) -> None:
    text = (
        "Foreign Secretary Jeremy Hunt spoke with Iranian Foreign Minister Mohammad Javad Zarif on Monday.\n\n"
        "Later, the Foreign Secretary telephoned his Omani counterpart."
    )
    pairs = [sides for sides, *_ in _contacts(extractor, text)]
    assert pairs == [["Jeremy Hunt", "Mohammad Javad Zarif"], ["Jeremy Hunt", "STATE:Oman"]]


def test_a_plan_then_called_off_is_one_cancelled_event(extractor: Extractor) -> None:
    text = "Admiral Lars Berg had been due to travel to Japan in April, but that trip was postponed."
    assert _contacts(extractor, text) == [(["Lars Berg", "STATE:Japan"], "visit", "2019-04", "cancelled")]


def test_officials_described_before_they_are_named_are_the_people_named_later(extractor: Extractor) -> None:
    text = ("The foreign ministers of Brazil and Kenya met in Geneva on Thursday. Brazilian Foreign Minister "
            "Ana Prado and Kenyan Foreign Minister Joseph Otieno agreed to open consulates. The defence ministers "
            "of Brazil and Kenya will meet next month.")
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    found = {(tuple(p.label for p in c.participants), c.date) for c in contacts}
    assert (("Ana Prado", "Joseph Otieno"), "2019-06-13") in found
    # the defence ministers are not the foreign ministers named before
    assert (("STATE:Brazil", "STATE:Kenya"), "2019-07") in found


def test_a_list_of_countries_parsed_as_appositions_is_every_country(extractor: Extractor) -> None:
    text = ("Norway's defence minister, Ingrid Holm, convened a video conference on Monday with counterparts from "
            "Finland, Denmark, the Netherlands, Portugal and other allies.")
    contacts = extractor.extract(text, dt.date(2021, 3, 10)).contacts
    assert [sorted(p.label for p in c.participants) for c in contacts] == [
        ["Ingrid Holm", "STATE:Denmark", "STATE:Finland", "STATE:Netherlands", "STATE:Portugal"]
    ]


def test_each_listed_country_with_its_minister_is_that_minister(extractor: Extractor) -> None:
    text = ("Foreign Minister Laila Haddad on Tuesday hosted a virtual meeting with the foreign ministers of "
            "Tunisia, Omar Ben Salem; Morocco, Youssef Alaoui; and Libya, Khaled Zentani.")
    extraction = extractor.extract(text, dt.date(2022, 10, 12))
    officials = {o.name: (o.country, o.role) for o in extraction.officials}
    assert officials["Youssef Alaoui"] == ("Morocco", "Foreign minister")
    assert [sorted(p.label for p in c.participants) for c in extraction.contacts] == [
        ["Khaled Zentani", "Laila Haddad", "Omar Ben Salem", "Youssef Alaoui"]
    ]


def test_he_is_the_subject_named_in_apposition_and_particle_names_are_found(extractor: Extractor) -> None:
    text = ("Talks were chaired by Ghanaian President Kofi Mensah. Morocco's Foreign Minister, Youssef Bennani, "
            "has spent weeks lobbying. He travelled to Algiers on Monday and held talks with his Algerian "
            "counterpart, Amina al-Hadi.")
    contacts = extractor.extract(text, dt.date(2020, 7, 22)).contacts
    assert [(sorted(p.label for p in c.participants), c.type, c.date) for c in contacts] == [
        (["Amina al-Hadi", "Youssef Bennani"], "visit", "2020-07-20")
    ]


def test_office_holders_described_by_their_institution_are_the_people_named_next(extractor: Extractor) -> None:
    text = ("The chief of Kenya's defence forces and the head of US Africa Command spoke by phone on Tuesday. "
            "Kenyan General Peter Njoroge and US General Alan Brooks discussed border security, the army said.")
    contacts = extractor.extract(text, dt.date(2024, 2, 1)).contacts
    assert [(sorted(p.label for p in c.participants), c.type, c.date) for c in contacts] == [
        (["Alan Brooks", "Peter Njoroge"], "phone_call", "2024-01-30")
    ]


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


def test_a_question_states_no_contact_but_names_the_two_its_answer_means(extractor: Extractor) -> None:
    text = ("Question: Has Prime Minister Arjun Mehta spoken to Prime Minister Tariq Aziz since he took office?\n"
            "Spokesperson: There has been no conversation between the two Prime Ministers.")
    contacts = extractor.extract(text, dt.date(2022, 6, 2)).contacts
    assert [(sorted(p.label for p in c.participants), c.modality) for c in contacts] == [
        (["Arjun Mehta", "Tariq Aziz"], "denied")
    ]


def test_one_surname_in_two_transliterations_is_one_person(extractor: Extractor) -> None:
    text = ("Ukrainian President Volodymyr Zelenskyy spoke by phone with Dutch Prime Minister Mark Rutte on Monday. "
            "On Wednesday Zelensky received Danish Prime Minister Mette Frederiksen in Kyiv.")
    contacts = extractor.extract(text, dt.date(2024, 2, 23)).contacts
    assert sorted(sorted(p.label for p in c.participants) for c in contacts) == [
        ["Mark Rutte", "Volodymyr Zelenskyy"], ["Mette Frederiksen", "Volodymyr Zelenskyy"]
    ]


def test_the_two_refers_to_the_pair_named_earlier_in_the_same_sentence(extractor: Extractor) -> None:
    text = ("President Ana Rojas met Prime Minister Luis Vega on Monday. A spokesman said President Carla Mendes "
            "and Chancellor Hans Vogel would not meet in Lima, since the two leaders had met in "
            "Geneva in May.")
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    assert (["Carla Mendes", "Hans Vogel"], "2019-05") in [
        (sorted(p.label for p in c.participants), c.date) for c in contacts
    ]


def test_a_name_after_a_title_and_comma_that_speaks_is_not_the_title_holder(extractor: Extractor) -> None:
    text = "Foreign Minister Penny Hale met the Turkish foreign minister, Omar Celik said on Monday."
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    assert [sorted(p.label for p in c.participants) for c in contacts] == [["Penny Hale", "STATE:Turkey"]]


def test_talks_of_a_trip_told_again_stay_the_trip(extractor: Extractor) -> None:
    text = ("Defence Minister Piet Jansen travelled to Oslo on Tuesday for talks with Norwegian Defence Minister "
            "Ola Berg. The ministers discussed air defence. Under plans confirmed at the meeting, a Dutch frigate "
            "will join the Norwegian fleet.")
    assert _contacts(extractor, text) == [(["Ola Berg", "Piet Jansen"], "visit", "2019-06-11", "occurred")]


def test_a_list_of_people_the_parser_broke_after_a_comma(extractor: Extractor) -> None:
    text = ("On Tuesday President Ana Soto convened a video conference with Peru's President Luis Vargas, "
            "Bolivia's President Carlos Mamani and Ecuador's President Jorge Paredes.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "video_call", "2019-06-11", "occurred")
    ]


@pytest.mark.parametrize("members", [
    "with around 20 leaders, among them Peru's President Luis Vargas and Chilean President Ana Soto,",
    "with regional leaders including Peru's President Luis Vargas and Chilean President Ana Soto",
])
def test_the_members_a_plural_group_names(extractor: Extractor, members: str) -> None:
    text = f"Brazil's President Rui Costa hosted a video call on Tuesday {members} and then flew to Lima."
    assert (["Ana Soto", "Luis Vargas", "Rui Costa"], "video_call", "2019-06-11", "occurred") in \
        _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru-Chile talks on the maritime border resumed in Lima on Monday.",
     (["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-10", "occurred")),
    ("The next session of the Kenyan-Ethiopian Joint Ministerial Commission will take place in Nairobi on "
     "June 20.", (["STATE:Ethiopia", "STATE:Kenya"], "meeting", "2019-06-20", "planned")),
    ("The Joint Norwegian-Russian Fisheries Commission met in Moscow in October.",
     (["STATE:Norway", "STATE:Russia"], "meeting", "2018-10", "occurred")),
])
def test_countries_joined_by_a_hyphen_are_the_sides(extractor: Extractor, text: str, expected: tuple) -> None:
    assert _contacts(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A meeting of the foreign ministers of Chile and Peru is planned for May.",
     (["STATE:Chile", "STATE:Peru"], "meeting", "2020-05", "planned")),
    ("The return visit of the President of Kenya to Ghana is scheduled for next year.",
     (["STATE:Ghana", "STATE:Kenya"], "visit", "2020", "planned")),
])
def test_of_names_the_members_of_a_meeting_and_the_visitor_of_a_visit(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert _contacts(extractor, text) == [expected]


def test_a_phone_call_for_something_is_still_a_call(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto met reporters. Soto thanked Peruvian President Luis Vargas during a phone "
            "call on Thursday for Peru's support, while renewing her call for calm.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-13", "occurred")]


def test_a_with_object_the_parser_hangs_on_the_topic(extractor: Extractor) -> None:
    text = "The palace said Chilean President Ana Soto had discussed the floods with Peruvian President Luis Vargas."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "contact", "2019-06-14", "occurred")]


def test_a_trip_takes_the_day_of_the_talks_held_on_it(extractor: Extractor) -> None:
    text = ("Chile's President Ana Soto met Argentina's President Jorge Diaz in Buenos Aires on Monday. Soto then "
            "flew to Montevideo, where she met Uruguay's President Pablo Ruiz on Tuesday.")
    assert (["Ana Soto", "Pablo Ruiz"], "visit", "2019-06-11", "occurred") in _contacts(extractor, text)


def test_between_the_two_means_the_pair_just_told(extractor: Extractor) -> None:
    text = ("Chile's foreign minister, Ana Soto, said she had spoken by phone with her Peruvian counterpart, Luis "
            "Vargas, but that no meeting between the two had been arranged.")
    contacts = _contacts(extractor, text)
    assert (["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-14", "occurred") in contacts
    assert [c for c in contacts if c[1] == "meeting"][0][0::3] == (["Ana Soto", "Luis Vargas"], "denied")


def test_a_courtesy_call_paid_on_someone_is_a_meeting(extractor: Extractor) -> None:
    text = "Nigerian Foreign Minister Chidi Okonkwo paid a courtesy call on Swedish Prime Minister Erik Sandberg."
    assert _contacts(extractor, text) == [(["Chidi Okonkwo", "Erik Sandberg"], "meeting", "2019-06-14", "occurred")]


def test_unable_to_travel_is_no_trip(extractor: Extractor) -> None:
    text = ("Nigerian Foreign Minister Chidi Okonkwo held a video call with Danish Foreign Minister Mette Holm, who "
            "was unable to travel to Stockholm.")
    assert (["Mette Holm", "STATE:Sweden"], "visit", None, "denied") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan's foreign minister, Yoko Kamikawa, cancelled a planned trip to Seoul in February after a row.",
     (["STATE:South Korea", "Yoko Kamikawa"], "visit", "2024-02", "cancelled")),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo in March. A meeting "
     "between the two countries' defence chiefs, which had been scheduled for April, has also been put off.",
     (["STATE:Japan", "STATE:South Korea"], "meeting", "2024-04", "cancelled")),
])
def test_a_month_of_a_plan_told_off_in_the_past_lies_behind(extractor: Extractor, text: str, expected: tuple) -> None:
    found = extractor.extract(text, dt.date(2024, 9, 20)).contacts
    assert expected in [(sorted(p.label for p in c.participants), c.type, c.date, c.modality) for c in found]


def test_their_ministers_are_the_ministers_of_the_two_countries(extractor: Extractor) -> None:
    text = ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo in March. "
            "Their foreign ministers spoke by phone on Tuesday.")
    found = extractor.extract(text, dt.date(2024, 9, 20)).contacts
    assert (["STATE:Japan", "STATE:South Korea"], "phone_call") in [
        (sorted(p.label for p in c.participants), c.type) for c in found
    ]


def test_a_meeting_someone_will_not_attend_does_not_give_the_last_call_its_form(extractor: Extractor) -> None:
    text = ("Kuwait's foreign minister, Salem al-Sabah, said he spoke with his Omani counterpart Badr Albusaidi on "
            "Tuesday. Iran says its foreign minister will not attend Thursday's regional meeting in Baghdad.")
    assert (["Badr Albusaidi", "Salem al-Sabah"], "contact", "2019-06-11", "occurred") in _contacts(extractor, text)


def test_a_delegation_is_the_one_who_leads_it(extractor: Extractor) -> None:
    text = ("An Eritrean delegation led by Foreign Minister Osman Saleh arrived in Addis Ababa on Tuesday. Prime "
            "Minister Abiy Ahmed received the delegation on Wednesday.")
    contacts = _contacts(extractor, text)
    assert (["Osman Saleh", "STATE:Ethiopia"], "visit", "2019-06-11", "occurred") in contacts
    assert (["Abiy Ahmed", "Osman Saleh"], "meeting", "2019-06-12", "occurred") in contacts


def test_an_arrival_that_names_no_place_is_at_the_dateline_and_meets_no_host_from_elsewhere(
    extractor: Extractor,
) -> None:
    text = ("Leaders meet in Nairobi\n\nNAIROBI, June 14 (Wire) - Ethiopian Prime Minister Abiy Ahmed met Kenyan "
            "President William Ruto on Friday.\n\nAbiy, who arrived on Thursday for a two-day state visit, also "
            "met Somalia's President Hassan Sheikh Mohamud on the sidelines.")
    contacts = _contacts(extractor, text)
    assert (["Abiy Ahmed", "STATE:Kenya"], "visit", "2019-06-13", "occurred") in contacts
    assert (["Abiy Ahmed", "Hassan Sheikh Mohamud"], "meeting", "2019-06-13", "occurred") in contacts


def test_whose_offer_of_talks_it_was_is_a_side(extractor: Extractor) -> None:
    assert _contacts(extractor, "Quito rejected Lima's offer of talks on Monday.") == [
        (["STATE:Ecuador", "STATE:Peru"], "meeting", "2019-06-10", "denied")
    ]


def test_deepening_consultations_is_no_event(extractor: Extractor) -> None:
    text = ("President Ana Soto and President Luis Vargas spoke by phone on Monday and agreed to deepen "
            "consultations between Santiago and Lima.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-10", "occurred")]


def test_talks_a_traveller_is_due_for_are_the_planned_trip(extractor: Extractor) -> None:
    text = "Turkish President Recep Tayyip Erdogan is due in Sochi on Tuesday for talks with the Russian leader."
    assert _contacts(extractor, text) == [
        (["Recep Tayyip Erdogan", "STATE:Russia"], "visit", "2019-06-18", "planned")
    ]


def test_the_hosts_of_the_talks_a_group_is_due_for_are_not_a_leader_named_as_a_source(extractor: Extractor) -> None:
    text = ("Diplomats from Chile and Peru are due in Quito on Tuesday for talks with Ecuadorian officials, "
            "Ecuadorian President Daniel Mora's spokesman Pablo Ruiz told reporters.")
    assert _contacts(extractor, text) == [
        (["STATE:Chile", "STATE:Ecuador", "STATE:Peru"], "visit", "2019-06-18", "planned")
    ]


def test_officials_who_sign_together_at_a_place_meet(extractor: Extractor) -> None:
    text = ("The accord was sealed in Lima on Monday by Chilean Foreign Minister Ana Soto, Peruvian Foreign "
            "Minister Luis Vargas and Bolivian Foreign Minister Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2019-06-10", "occurred")
    ]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a fisheries treaty in Lima on Monday.",  # states may sign apart
    "Chilean President Ana Soto signed the decree in Santiago on Monday.",  # one signer
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord on Monday.",  # no place
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord in May.",  # a date, no place
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord in their capitals.",
])
def test_a_signing_by_states_by_one_or_with_no_place_is_no_meeting(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == []


def test_called_on_a_day_is_a_call_not_a_courtesy_visit(extractor: Extractor) -> None:
    text = "Chilean President Ana Soto called Peruvian President Luis Vargas on Wednesday."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-12", "occurred")]


def test_the_two_named_just_before_outrank_an_older_pair(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto met Peruvian President Luis Vargas on Monday. Trade was the main topic. "
            "A quotation came from an interview, not from Argentine Foreign Minister Jorge Diaz or Bolivian Foreign "
            "Minister Carlos Mamani. The two are due to meet in La Paz next week.")
    assert (["Carlos Mamani", "Jorge Diaz"], "meeting", "2019-06", "planned") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakh Foreign Minister Marat Tazhin raised the water issue with his Tajik counterpart on Tuesday.",
     [(["Marat Tazhin", "STATE:Tajikistan"], "contact", "2019-06-11", "occurred")]),
    ("Kazakh Foreign Minister Marat Tazhin and Tajik Foreign Minister Hamrokhon Zarifi raised concerns about the "
     "dam.", []),
])
def test_raising_an_issue_with_someone(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


def test_officials_from_both_countries_are_the_two_states(extractor: Extractor) -> None:
    text = ("Kazakh President Nursultan Nazarbayev met Kyrgyz President Kurmanbek Bakiyev on Monday. Energy officials "
            "from both countries will meet in Bishkek next week.")
    assert (["STATE:Kazakhstan", "STATE:Kyrgyzstan"], "meeting", "2019-06", "planned") in _contacts(extractor, text)


def test_people_joined_by_a_hyphen_are_the_sides(extractor: Extractor) -> None:
    text = ("Norwegian Foreign Minister Borge Brende and Russian Foreign Minister Sergei Lavrov spoke on Monday. "
            "A Brende-Lavrov meeting in Fairbanks in May has been suggested.")
    assert (["Borge Brende", "Sergei Lavrov"], "meeting", "2020-05", "proposed") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("In front of UN Secretary-General Antonio Guterres, Houthi negotiator Mohammed Abdulsalam and Yemeni Foreign "
     "Minister Khaled al-Yamani shook hands on Thursday.",
     [(["Antonio Guterres", "Khaled al-Yamani", "Mohammed Abdulsalam"], "meeting", "2019-06-13", "occurred")]),
    ("The earthquake shook the region on Thursday.", []),
])
def test_shaking_hands_in_front_of_someone(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


def test_an_outlet_told_by_phone_is_no_side_even_when_it_shares_a_particle_with_a_name(extractor: Extractor) -> None:
    text = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met reporters. Senior Hamas official Moussa Abu Marzouk "
            "told Al Jazeera by phone from Cairo that no deal had been reached.")
    assert _contacts(extractor, text) == []


def test_whose_minister_he_is_is_no_side(extractor: Extractor) -> None:
    text = ("Argentine President Nestor Kirchner met Brazilian President Luiz Inacio Lula da Silva on Wednesday. "
            "Also on Wednesday, Kirchner's foreign minister, Rafael Bielsa, held talks with his Brazilian "
            "counterpart, Celso Amorim.")
    assert (["Celso Amorim", "Rafael Bielsa"], "meeting", "2003-06-11", "occurred") in [
        (sorted(p.label for p in c.participants), c.type, c.date, c.modality)
        for c in extractor.extract(text, dt.date(2003, 6, 12)).contacts
    ]


def test_a_name_the_parser_makes_own_another_is_a_list_item(extractor: Extractor) -> None:
    text = ("President Vladimir Putin held separate telephone calls with Azerbaijan's Ilham Aliyev and Armenia's "
            "Nikol Pashinyan on Wednesday.")
    assert [c[0] for c in _contacts(extractor, text)] == [["Ilham Aliyev", "Vladimir Putin"],
                                                        ["Nikol Pashinyan", "Vladimir Putin"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, Malawian Defence Minister Harry Mkandawire and Mozambique's defence minister, Cristovao Chume, "
     "met in Blantyre.", (["Cristovao Chume", "Harry Mkandawire"], "meeting", "2019-06-14", "occurred")),
    ("On Monday, Tanzanian Foreign Minister January Makamba and Uganda's foreign minister, Jeje Odongo, met in "
     "Kampala.", (["January Makamba", "Jeje Odongo"], "meeting", "2019-06-10", "occurred")),
])
def test_a_name_the_parser_makes_own_a_title_beside_a_country_is_a_list_item(
        extractor: Extractor, text: str, expected: ContactRow) -> None:
    assert _contacts(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Reporters asked whether Indian Prime Minister Narendra Modi had met Chinese President Xi Jinping on Monday.",
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in front of the Kremlin on Monday.",
])
def test_what_is_only_asked_about_or_only_a_place(extractor: Extractor, text: str) -> None:
    labels = [label for c in _contacts(extractor, text) for label in c[0]]
    assert "Narendra Modi" not in labels and "STATE:Russia" not in labels


def test_the_two_do_not_count_someone_whose_remarks_are_asked_about(extractor: Extractor) -> None:
    text = ("French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday. Asked about President "
            "Joe Biden's remarks, Macron said the two would meet again in May.")
    planned = [c[0] for c in _contacts(extractor, text) if c[3] == "planned"]
    assert planned == [["Emmanuel Macron", "Olaf Scholz"]]


def test_a_visitor_standing_beside_his_host(extractor: Extractor) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed visited Cairo in 2018 and, standing beside Egyptian President Abdel "
            "Fattah al-Sisi, swore that Ethiopia would never harm Egypt.")
    assert _contacts(extractor, text) == [(["Abdel Fattah al-Sisi", "Abiy Ahmed"], "visit", "2018", "occurred")]


def test_a_leaders_wife_is_no_side_of_his_diplomacy(extractor: Extractor) -> None:
    text = ("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Thursday, and in the evening "
            "he and his wife, Peng Liyuan, hosted him at a banquet.")
    assert [c[0] for c in _contacts(extractor, text)] == [["Kassym-Jomart Tokayev", "Xi Jinping"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The third session of the Chile-Peru Joint Commission, which had been scheduled to take place in Lima in "
         "February, was postponed at the request of the Peruvian side. It has now been rescheduled for June, also "
         "in Lima.",
         [(["STATE:Chile", "STATE:Peru"], "meeting", "2023-02", "cancelled"),
          (["STATE:Chile", "STATE:Peru"], "meeting", "2023-06", "planned")]),
        ("President Ana Soto was due to meet President Luis Vega in Quito on Friday, but the meeting was postponed. "
         "It has been rescheduled for March 24.",
         [(["Ana Soto", "Luis Vega"], "meeting", "2023-03-17", "cancelled"),
          (["Ana Soto", "Luis Vega"], "meeting", "2023-03-24", "planned")]),
    ],
)
def test_a_contact_rescheduled_is_planned_again_on_its_new_date(extractor: Extractor, text: str,
                                                                expected: list[ContactRow]) -> None:
    assert contact_rows(extractor, text, dt.date(2023, 3, 15)) == expected


def test_two_surnames_joined_by_a_hyphen_are_the_two_people_named_before(extractor: Extractor) -> None:
    # (the model takes "Mensah-Agbeko" for one more person's name)
    text = ("Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed the pact. The Mensah-Agbeko "
            "summit lasted nine hours.")
    assert [c[:2] for c in _contacts(extractor, text)] == [(["Kofi Mensah", "Yao Agbeko"], "meeting")]


@pytest.mark.parametrize(("text", "expected"), [
    # what the two discussed is the summit, no meeting of theirs: their contact stays the conversation
    ("Foreign Minister Ana Soto spoke to Foreign Minister Luis Vega on Tuesday. The two ministers discussed the "
     "regional summit.", [(["Ana Soto", "Luis Vega"], "contact")]),
    # a meeting that names its own sides is still theirs
    ("Foreign Minister Ana Soto and Foreign Minister Luis Vega discussed the meeting between Daniel Moraa and "
     "Ruth Akello.", [(["Ana Soto", "Luis Vega"], "contact"), (["Daniel Moraa", "Ruth Akello"], "meeting")]),
])
def test_a_contact_noun_discussed_is_a_topic(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("Prime Minister Ana Soto discussed water sharing with President Luis Vega during a meeting in Quito.", "meeting"),
    ("Prime Minister Ana Soto conferred with President Luis Vega in talks in Quito on Monday.", "meeting"),
    ("Prime Minister Ana Soto talked with President Luis Vega over dinner on Monday.", "meeting"),
])
def test_the_contact_a_conversation_was_held_in_gives_its_form(extractor: Extractor, text: str, kind: str) -> None:
    assert [c[1] for c in _contacts(extractor, text)] == [kind]


@pytest.mark.parametrize("text", [
    "President Luis Vega received visiting Ghanaian Foreign Minister Kofi Mensah in Quito on Friday.",
    "President Luis Vega met with visiting Ghanaian Foreign Minister Kofi Mensah in Quito on Friday.",
])
def test_a_guest_called_visiting_is_met(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Kofi Mensah", "Luis Vega"], "meeting", "2019-06-14", "occurred")]



@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Ana Soto dined with President Luis Vega in Quito on Friday.",
     [(["Ana Soto", "Luis Vega"], "meeting")]),
    ("President Luis Vega and Prime Minister Kofi Mensah embraced on the tarmac in Accra on Friday.",
     [(["Kofi Mensah", "Luis Vega"], "meeting")]),
    ("President Luis Vega and Prime Minister Kofi Mensah embraced the plan on Friday.", []),
])
def test_dining_and_embracing_are_meetings(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


def test_people_who_join_the_sides_of_the_talks_just_told_take_part(extractor: Extractor) -> None:
    text = ("President Luis Vega and Prime Minister Ana Soto held talks over dinner in Quito on Monday. Vega and Soto "
            "were joined by their foreign ministers, Kofi Mensah and Daniel Moraa.")
    assert [c[:2] for c in _contacts(extractor, text)] == [
        (["Ana Soto", "Daniel Moraa", "Kofi Mensah", "Luis Vega"], "meeting")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Ana Soto met Foreign Minister Luis Vega on Monday. The two ministers agreed to remain in "
     "touch.", [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    # a standing contact told as a fact is told
    ("Foreign Minister Ana Soto remained in close contact with Foreign Minister Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "contact", None, "occurred")]),
])
def test_agreeing_to_remain_in_touch_is_no_event(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one who only speaks of a meeting between others is no side of it
    ("Foreign Minister Ana Soto criticised the meeting between President Luis Vega and President Kofi Mensah.",
     [(["Kofi Mensah", "Luis Vega"], "meeting")]),
    # a host or broker of talks between others takes part
    ("Foreign Minister Ana Soto brokered talks between President Luis Vega and President Kofi Mensah in Quito.",
     [(["Ana Soto", "Kofi Mensah", "Luis Vega"], "meeting")]),
    # a capitalized title runs into its holder's name, however the parser cut the phrase
    ("The meeting between Philippine Foreign Secretary Ramon Cruz and Chinese Foreign Minister Wang Yi lasted more "
     "than two hours.", [(["Ramon Cruz", "Wang Yi"], "meeting")]),
])
def test_the_sides_of_a_meeting_between_others(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Ana Soto held a bilateral with President Luis Vega in Quito on Thursday.",
     [(["Ana Soto", "Luis Vega"], "meeting")]),
    ("Prime Minister Ana Soto and President Luis Vega had a brief exchange on the sidelines of the summit.",
     [(["Ana Soto", "Luis Vega"], "contact")]),
    ("Chile and Peru held an exchange of prisoners on Monday.", []),
])
def test_a_bilateral_held_and_an_exchange_had(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


def test_a_charge_d_affaires_summoned_stands_for_his_state(extractor: Extractor) -> None:
    text = "Chilean Foreign Minister Ana Soto summoned the Peruvian charge d'affaires on Monday."
    assert [c[:2] for c in _contacts(extractor, text)] == [(["Ana Soto", "STATE:Peru"], "meeting")]


def test_briefing_the_cabinet_on_a_trip_leaves_the_trip(extractor: Extractor) -> None:
    rows = _contacts(extractor, "Foreign Minister Ana Soto briefed the cabinet on Monday on her visit to Lima.")
    assert [(sides, kind, modality) for sides, kind, _, modality in rows] == [
        (["Ana Soto", "STATE:Peru"], "visit", "occurred")]
