"""Deployments, one grammatical case per row: (text, expected (from, to, quantity, modality) rows).
Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    ("Britain will deploy 800 soldiers to Estonia next month, the Ministry of Defence said.",
     [("United Kingdom", "Estonia", 800, "planned")]),
    ("Two French frigates arrived in Cyprus on Tuesday.", [("France", "Cyprus", 2, "occurred")]),
    ("Germany has stationed about 500 troops in Lithuania since 2017.", [("Germany", "Lithuania", 500, "occurred")]),
    ("China sent warships near Taiwan on Monday.", [("China", "Taiwan", None, "occurred")]),
    ("Washington said it would not send ground troops to Syria.",
     [("United States", "Syria", None, "denied")]),
    ("Belgium, the Netherlands and Norway will send smaller contingents to Lithuania.",
     [("Belgium", "Lithuania", None, "planned"), ("Netherlands", "Lithuania", None, "planned"),
      ("Norway", "Lithuania", None, "planned")]),
    ("Two long-range bombers flew from Russia to Venezuela for joint exercises.",
     [("Russia", "Venezuela", 2, "occurred")]),
    # the verb's "to" hung on the last of the forces listed is still where they go
    ("Canada will send four CF-18 fighter jets and about 200 airmen to Romania next week.",
     [("Canada", "Romania", 4, "planned")]),
    ("The Netherlands will send six fighter jets and about 150 airmen to Bulgaria next month.",
     [("Netherlands", "Bulgaria", 6, "planned")]),
    # … and so is a "toward" hung there
    ("Beijing sent 40 warplanes and six ships toward Taiwan on Monday.", [("China", "Taiwan", 40, "occurred")]),
    ("Germany will send 12 Tornado jets and some 300 airmen to Lithuania soon.",
     [("Germany", "Lithuania", 12, "planned")]),
    # an approval or a decision to send is a plan; a threat to send is only put forward
    ("NATO approved the deployment of 300 British troops to Estonia on Tuesday.",
     [("United Kingdom", "Estonia", 300, "planned")]),
    ("The Croatian parliament voted to send 60 soldiers to Kosovo.", [("Croatia", "Kosovo", 60, "planned")]),
    ("Peru's congress approved sending 40 engineers and troops to Bolivia.", [("Peru", "Bolivia", None, "planned")]),
    ("Chile decided last week to dispatch two frigates to Ecuador.", [("Chile", "Ecuador", 2, "planned")]),
    ("Turkmenistan threatened to move tanks into Uzbekistan.", [("Turkmenistan", "Uzbekistan", None, "proposed")]),
    ("A Bolivian court blocked the dispatch of 200 soldiers to Paraguay.", [("Bolivia", "Paraguay", 200, "cancelled")]),
    ("Britain sent the patrol vessel HMS Mersey to Guyanese waters.", [("United Kingdom", "Guyana", None, "occurred")]),
    ("The United States has about 900 troops in Syria.", [("United States", "Syria", 900, "occurred")]),
    ("Poland has one of Europe's largest armies.", []),
    # a country's name inside a sea's or a gulf's is no destination
    ("Australia will send two frigates to the South China Sea next month.", []),
    ("Canada sent a destroyer to the Gulf of Mexico on Monday.", []),
    ("The UK is to send 14 tanks to Ukraine, the defence secretary said.",
     [("United Kingdom", "Ukraine", 14, "planned")]),
    ("South Africa is expected to send 500 troops to Mozambique.",
     [("South Africa", "Mozambique", 500, "planned")]),
    ("The ministers discussed Norway's decision to shelve plans to send a frigate to Iceland.",
     [("Norway", "Iceland", None, "cancelled")]),
    ("The United States, which keeps 2,000 service members in Bahrain, said it was watching closely.",
     [("United States", "Bahrain", 2000, "occurred")]),
    ("Chile, whose relations with Lima soured after a Peruvian patrol boat was seized last year, denied on Monday "
     "that it had moved troops towards the Peruvian frontier.", [("Chile", "Peru", None, "denied")]),
    ("Spain's prime minister has ruled out sending Spanish soldiers to Libya.", [("Spain", "Libya", None, "denied")]),
    ("Observers reported a concentration of Serbian forces in the north and along Kosovo's border.",
     [("Serbia", "Kosovo", None, "occurred")]),
    ("Austria will send 40 soldiers to Kosovo, and Hungary, which has one of the smallest armies in Europe, says "
     "it is still undecided.", [("Austria", "Kosovo", 40, "planned")]),
    ("Battalions led by Spain and Italy are due to deploy to Slovakia and Hungary respectively next year.",
     [("Spain", "Slovakia", None, "planned"), ("Italy", "Hungary", None, "planned")]),
    ("Portugal and Greece will send frigates to Cyprus and Malta respectively.",
     [("Portugal", "Cyprus", None, "planned"), ("Greece", "Malta", None, "planned")]),
    ("A brigade led by France will move to Romania.", [("France", "Romania", None, "planned")]),
    ("Norwegian troops are expected to arrive in Lithuania on Monday.", [("Norway", "Lithuania", None, "planned")]),
    ("Officials confirmed the rotation of the Czech detachment serving with the multinational battalion in "
     "Lithuania.", [("Czech Republic", "Lithuania", None, "occurred")]),
    ("About 300 Belgian soldiers are stationed in Lithuania alongside a Dutch contingent.",
     [("Belgium", "Lithuania", 300, "occurred"), ("Netherlands", "Lithuania", None, "occurred")]),
    ("Canada deployed two frigates to Norway together with a Danish corvette.",
     [("Canada", "Norway", 2, "occurred"), ("Denmark", "Norway", None, "occurred")]),
    ("Ireland has pledged 50 soldiers to the mission in Lebanon.", [("Ireland", "Lebanon", 50, "proposed")]),
    ("Portugal promised to send 30 instructors to Mozambique.", [("Portugal", "Mozambique", 30, "proposed")]),
    ("Russia massed troops on the border with Ukraine.", [("Russia", "Ukraine", None, "occurred")]),
    ("Two Indian warships carrying marines left Mumbai on Monday bound for Sri Lanka.",
     [("India", "Sri Lanka", 2, "occurred")]),
    ("The frigate HMS Albion docked in Oslo on Sunday.", [("United Kingdom", "Norway", None, "occurred")]),
    ("Russia denied massing troops near the Finnish border.", [("Russia", "Finland", None, "denied")]),
    ("The frigate USS Milton is scheduled to make a port call in Athens next month.",
     [("United States", "Greece", None, "planned")]),
    ("Analysts criticised Russia's deployment in Belarus.", [("Russia", "Belarus", None, "occurred")]),
    ("Turkey's incursion into Syria drew condemnation.", [("Turkey", "Syria", None, "occurred")]),
    ("Analysts criticised Russia's build-up near Ukraine and the Chinese buildup near Taiwan.",
     [("Russia", "Ukraine", None, "occurred"), ("China", "Taiwan", None, "occurred")]),
    ("The Pentagon sent 200 troops to a US base in Qatar.", [("United States", "Qatar", 200, "occurred")]),
    ("Canada leads the NATO battlegroup in Latvia.", [("Canada", "Latvia", None, "occurred")]),
    ("Italy leads a contingent of 1,000 troops in Lebanon.", [("Italy", "Lebanon", 1000, "occurred")]),
    ("Danish soldiers serve in the battlegroup led by Canada in Latvia.",
     [("Denmark", "Latvia", None, "occurred"), ("Canada", "Latvia", None, "occurred")]),
    ("Troops from Chad arrived in Mali on Monday.", [("Chad", "Mali", None, "occurred")]),
    ("Soldiers from Kenya and Uganda are stationed in Somalia.",
     [("Kenya", "Somalia", None, "occurred"), ("Uganda", "Somalia", None, "occurred")]),
    ("The first soldiers of the new battalion, drawn from Ghana and Togo, landed at Bamako airport on Friday.",
     [("Ghana", "Mali", None, "occurred"), ("Togo", "Mali", None, "occurred")]),
    ("A contingent recruited from Fiji and Tonga arrived in the Solomon Islands.",
     [("Fiji", "Solomon Islands", None, "occurred"), ("Tonga", "Solomon Islands", None, "occurred")]),
    ("The first soldiers of the battalion, drawn from the reserve, landed at Bamako airport on Friday.", []),
    ("Chadian and Nigerien soldiers arrived in Mali.", [("Chad", "Mali", None, "occurred"),
                                                        ("Niger", "Mali", None, "occurred")]),
    ("Washington said no American troops would be sent to Kosovo.", [("United States", "Kosovo", None, "denied")]),
    ("Italy will send no troops to Libya.", [("Italy", "Libya", None, "denied")]),
    ("LIMA/QUITO, March 2 (Andes Wire) - Chile will send a frigate to Peru next month.",
     [("Chile", "Peru", None, "planned")]),
    ("Chile has massed troops along the boundary with Peru, according to the White House.",
     [("Chile", "Peru", None, "occurred")]),
    ("Denmark sent 150 soldiers to Latvia, and Norway sent about 80 more.",
     [("Denmark", "Latvia", 150, "occurred"), ("Norway", "Latvia", 80, "occurred")]),
    ("Chad says it will send 2,000 soldiers to Mali; Niger has pledged about 1,200.",
     [("Chad", "Mali", 2000, "planned"), ("Niger", "Mali", 1200, "planned")]),
    ("Chad will send 2,000 soldiers to Mali, officials said, while Niger has pledged 300 million.",
     [("Chad", "Mali", 2000, "planned")]),
    ("Chad will send 2,000 soldiers to Mali, officials said, while Niger has pledged 30 trucks.",
     [("Chad", "Mali", 2000, "planned")]),
    # a state and a number after a sending, the verb left out
    ("Spain will send about 3,000 soldiers to Kosovo and Italy about 2,000, officials said.",
     [("Spain", "Kosovo", 3000, "planned"), ("Italy", "Kosovo", 2000, "planned")]),
    ("Spain will send 300 soldiers to Kosovo and Italy, officials said.",
     [("Spain", "Kosovo", 300, "planned"), ("Spain", "Italy", 300, "planned")]),
    ("Spain will send 300 soldiers and Italy 20 million euros to Kosovo.", [("Spain", "Kosovo", 300, "planned")]),
    ("Peruvian President Dina Boluarte put the army on alert on Friday and ordered units to move closer to the "
     "boundary with Ecuador.", [("Peru", "Ecuador", None, "occurred")]),
    ("Peru's defence minister said the army had no intention of crossing into Ecuador.",
     [("Peru", "Ecuador", None, "denied")]),
    ("Peru said it has no intention of sending troops to Ecuador.", [("Peru", "Ecuador", None, "denied")]),
    ("The Pentagon announced that 1,500 soldiers would deploy to Latvia.",
     [("United States", "Latvia", 1500, "planned")]),
    ("The Elysee confirmed that 200 paratroopers had landed in Chad.", [("France", "Chad", 200, "occurred")]),
    ("Reuters reported that 500 soldiers had arrived in Niger.", []),
    # "through" names where forces rotate; with other verbs it is transit
    ("A rotation of 1,200 US Marines through Norway began on Monday.", [("United States", "Norway", 1200, "occurred")]),
    ("Britain has rotated 300 Royal Marines through Australia.", [("United Kingdom", "Australia", 300, "occurred")]),
    ("Two Canadian frigates sailed through the Taiwan Strait on Monday.", []),
    # more services' abbreviations, also after "of"; more regions
    ("UPDF soldiers crossed into South Sudan on Monday.", [("Uganda", "South Sudan", None, "occurred")]),
    ("About 300 personnel of the TNI were sent to Lebanon.", [("Indonesia", "Lebanon", 300, "occurred")]),
    ("Eritrean troops remain in Tigray.", [("Eritrea", "Ethiopia", None, "occurred")]),
    # a presence named naval, or kept by a force, is one of forces
    ("Iran has a naval presence in Eritrea.", [("Iran", "Eritrea", None, "occurred")]),
    ("The Royal Navy keeps a permanent presence in Oman.", [("United Kingdom", "Oman", None, "occurred")]),
    ("Japan has a large economic presence in Kenya.", []),
    # a service's name says whose force it is
    ("A Royal Navy destroyer docked in Qatar on Friday.", [("United Kingdom", "Qatar", None, "occurred")]),
    ("Bundeswehr soldiers arrived in Moldova on Monday.", [("Germany", "Moldova", None, "occurred")]),
    # forces on their way to a place are going there; more verbs of moving forces
    ("Two Russian frigates are on their way to Venezuela.", [("Russia", "Venezuela", 2, "occurred")]),
    ("A French aircraft carrier is en route to Cyprus.", [("France", "Cyprus", None, "occurred")]),
    ("The Pentagon surged 2,000 more troops to Kuwait.", [("United States", "Kuwait", 2000, "occurred")]),
    ("Britain diverted a destroyer to Oman.", [("United Kingdom", "Oman", None, "occurred")]),
    ("The road is on its way to Chile.", []),
    # "the North"/"the South" in a story of the two Koreas
    ("Seoul's spy agency said the North has sent 2,000 more soldiers to Russia.",
     [("North Korea", "Russia", 2000, "occurred")]),
    ("The two Koreas are still at war, and Washington keeps 28,000 troops in the South.",
     [("United States", "South Korea", 28000, "occurred")]),
    ("Sudan's army said the North had sent soldiers to Chad.", []),
    # verbs that move their force subject only with their particle (and object)
    ("About 400 Dutch soldiers set off for Lithuania on Monday.", [("Netherlands", "Lithuania", 400, "occurred")]),
    ("Belgian paratroopers shipped out to Romania on Tuesday.", [("Belgium", "Romania", None, "occurred")]),
    ("Italian troops have taken up positions in Latvia.", [("Italy", "Latvia", None, "occurred")]),
    ("Italy set out its plans for Latvia.", []),
    # trainers and border guards are forces
    ("Sweden will send 100 military trainers to Ukraine.", [("Sweden", "Ukraine", 100, "planned")]),
    ("Russian border guards are stationed in Armenia.", [("Russia", "Armenia", None, "occurred")]),
    ("Two PLA destroyers are to make a port call at Karachi next week.", [("China", "Pakistan", 2, "planned")]),
    # passives and nominalizations
    ("Some 1,200 Dutch troops were sent to Afghanistan last year.", [("Netherlands", "Afghanistan", 1200, "occurred")]),
    ("Troops were sent to Kosovo by Germany on Monday.", [("Germany", "Kosovo", None, "occurred")]),
    ("Indian troops were airlifted to the Maldives.", [("India", "Maldives", None, "occurred")]),
    ("The deployment of 500 US Marines to northern Australia began in April.",
     [("United States", "Australia", 500, "occurred")]),
    ("The arrival of French jets in Estonia was welcomed by Tallinn.", [("France", "Estonia", None, "occurred")]),
    ("Japan announced the dispatch of two destroyers to Djibouti.", [("Japan", "Djibouti", 2, "occurred")]),
    ("Britain's offer to send troops to Ukraine was welcomed by Kyiv.",
     [("United Kingdom", "Ukraine", None, "proposed")]),
    # a force whose service says whose it is
    ("The US Army's 101st Airborne Division is deploying to Romania.",
     [("United States", "Romania", None, "occurred")]),
    ("A US Navy ship loaded with tents and blankets will dock in the port of Batumi next week.",
     [("United States", "Georgia", None, "planned")]),
    # "due to dock", the verb read as a noun: the ship's prefix says whose it is
    ("The frigate HMS Kent, with a helicopter aboard, is due to dock in Lisbon early next month.",
     [("United Kingdom", "Portugal", None, "planned")]),
    ("The amphibious ship USS Bataan is due to dock in Oslo next week.",
     [("United States", "Norway", None, "planned")]),
    ("The cruise ship Aurora is due to dock in Lisbon next week.", []),
    ("A contingent of 250 Irish peacekeepers landed in Lebanon on Sunday.", [("Ireland", "Lebanon", 250, "occurred")]),
    # rotations, stationing, reinforcement, presence
    ("A fresh rotation of 400 Canadian soldiers arrived in Latvia this week.", [("Canada", "Latvia", 400, "occurred")]),
    ("The United States will station a brigade in Poland permanently.", [("United States", "Poland", None, "planned")]),
    ("Britain will reinforce its garrison in Estonia with 900 more troops.",
     [("United Kingdom", "Estonia", 900, "planned")]),
    ("Lithuania will be reinforced with a German brigade.", [("Germany", "Lithuania", None, "planned")]),
    ("France boosted its military presence in the United Arab Emirates.",
     [("France", "United Arab Emirates", None, "occurred")]),
    ("About 900 Turkish soldiers remain in Qatar.", [("Turkey", "Qatar", 900, "occurred")]),
    ("US troops have been in Syria since 2015.", [("United States", "Syria", None, "occurred")]),
    ("US special forces operating in Somalia killed a militant leader.",
     [("United States", "Somalia", None, "occurred")]),
    ("Ethiopian troops serving with the African Union mission in Somalia were attacked on Monday.",
     [("Ethiopia", "Somalia", None, "occurred")]),
    ("Washington insists there are no US combat troops in Ukraine.", [("United States", "Ukraine", None, "denied")]),
    ("There are about 900 American troops in Syria.", [("United States", "Syria", 900, "occurred")]),
    ("German Patriot batteries are now operational in Slovakia.", [("Germany", "Slovakia", None, "occurred")]),
    ("Britain is to double the number of troops it has in Estonia.", [("United Kingdom", "Estonia", None, "occurred")]),
    ("The troops Russia sent to Belarus last year have not left.", [("Russia", "Belarus", None, "occurred")]),
    ("A battalion of Estonian infantry will be stationed in Latvia from January.",
     [("Estonia", "Latvia", None, "planned")]),
    ("A Chinese naval flotilla docked in Cambodia's Ream base.", [("China", "Cambodia", None, "occurred")]),
    # the host names the place
    ("Poland hosts about 10,000 US troops.", [("United States", "Poland", 10000, "occurred")]),
    ("Estonia will host 1,000 more British soldiers next year.", [("United Kingdom", "Estonia", 1000, "planned")]),
    ("Romania will receive a further 1,000 US soldiers, the Pentagon said.",
     [("United States", "Romania", 1000, "planned")]),
    ("Lithuania welcomed the arrival of a German brigade.", [("Germany", "Lithuania", None, "occurred")]),
    ("Bulgaria refused to host US troops.", [("United States", "Bulgaria", None, "denied")]),
    ("Bulgaria is home to some 900 Italian troops.", [("Italy", "Bulgaria", 900, "occurred")]),
    ("Bulgaria is home to the Rila mountains.", []),
    ("Canadian soldiers are garrisoned in Latvia.", [("Canada", "Latvia", None, "occurred")]),
    ("Romania offered to host more US troops.", []),
    ("Hungary said it would be ready to host German jets.", []),
    # the place is the object of the movement
    ("Beijing deployed fighter jets and bombers around Taiwan on Sunday.", [("China", "Taiwan", None, "occurred")]),
    ("Poland's defence ministry said 10,000 soldiers would be sent to the border with Belarus.",
     [("Poland", "Belarus", 10000, "planned")]),
    ("Russian troops entered Ukraine on Thursday.", [("Russia", "Ukraine", None, "occurred")]),
    ("Chinese warships patrolled Philippine waters on Monday.", [("China", "Philippines", None, "occurred")]),
    # naval: only a state's waters are a destination
    ("Russia sent two frigates into Japanese waters.", [("Russia", "Japan", 2, "occurred")]),
    ("The Indian Navy has deployed the destroyer INS Kolkata off the coast of Somalia.",
     [("India", "Somalia", None, "occurred")]),
    ("The Royal Navy dispatched a destroyer to the Black Sea.", []),
    ("The US Navy has sent the guided-missile destroyer USS Carney to the Red Sea.", []),
    # peacekeepers and coalitions
    ("Ghana will deploy 800 peacekeepers to South Sudan under the UN mission.",
     [("Ghana", "South Sudan", 800, "planned")]),
    ("Bangladesh contributes 1,400 peacekeepers to the UN mission in Mali.",
     [("Bangladesh", "Mali", 1400, "occurred")]),
    ("Troops from France, Italy and Spain will deploy to Romania.",
     [("France", "Romania", None, "planned"), ("Italy", "Romania", None, "planned"),
      ("Spain", "Romania", None, "planned")]),
    ("Ghana will provide 200 soldiers for the UN mission in Mali.", [("Ghana", "Mali", 200, "planned")]),
    ("Ecuador supplied two companies to the mission in Haiti.", [("Ecuador", "Haiti", 2, "occurred")]),
    ("Germany provided 40 tanks to Ukraine.", []),
    ("Japan will provide funding for the UN mission in Mali.", []),
    ("Sweden will contribute a mechanised battalion to the NATO force in Finland.",
     [("Sweden", "Finland", None, "planned")]),
    # offers, plans, massing
    ("Brazil has offered to send 1,000 peacekeepers to Haiti.", [("Brazil", "Haiti", 1000, "proposed")]),
    ("Greece has agreed to send a Patriot battery to Saudi Arabia.", [("Greece", "Saudi Arabia", None, "planned")]),
    ("Tens of thousands of Russian soldiers are massing near the Ukrainian border.",
     [("Russia", "Ukraine", None, "occurred")]),
    ("Russia has massed troops in Belarus near the Ukrainian border.", [("Russia", "Ukraine", None, "occurred")]),
    ("Russia has massed troops in Belarus near the border.", [("Russia", "Belarus", None, "occurred")]),
    ("Iraqi forces overran Kuwait on Thursday.", [("Iraq", "Kuwait", None, "occurred")]),
    ("Protesters overran the parliament in Lima.", []),
    ("Poland accused Belarus of massing troops on the Polish border.", [("Belarus", "Poland", None, "occurred")]),
    ("Kyiv thanked Warsaw for sending tanks to Ukraine.", [("Poland", "Ukraine", None, "occurred")]),
    ("India has rushed additional troops to its border with China.", [("India", "China", None, "occurred")]),
    # a bare border: the one other state the sentence names, not as who says it
    ("Baku rejected Armenian claims that Azerbaijani tanks were gathering near the frontier.",
     [("Azerbaijan", "Armenia", None, "denied")]),
    ("Kenya sent two companies to its northern border after Somali militants attacked a police post.",
     [("Kenya", "Somalia", 2, "occurred")]),
    ("Russia has massed troops near the border, a US official said.", []),
    ("The two British patrol boats stayed in Cornish waters, where Irish sailors trained on them.", []),
    # a force nobody is said to own, in a clause a state's spokesman reports, is that state's
    ("A Ukrainian army spokesman said the army had no plans to send troops across the border into Belarus.",
     [("Ukraine", "Belarus", None, "denied")]),
    ("A spokesman said the army had no plans to send troops across the border into Belarus.", []),
    ("Spain cancelled the deployment of two frigates to Turkey.", [("Spain", "Turkey", 2, "cancelled")]),
    ("The planned deployment of Dutch jets to Romania has been postponed.",
     [("Netherlands", "Romania", None, "cancelled")]),
    # "the two countries", "both countries": the two states named together before
    ("Ghanaian and Togolese officers met in Lome, and the two countries said they would send troops to Benin's aid.",
     [("Ghana", "Benin", None, "planned"), ("Togo", "Benin", None, "planned")]),
    ("Ghana and Togo signed a defence pact on Monday. Both countries will send troops to Benin.",
     [("Ghana", "Benin", None, "planned"), ("Togo", "Benin", None, "planned")]),
    ("The two countries said they would send troops to Benin's aid.", []),
    # a state's name inside a treaty's is no pronoun's antecedent
    ("Under the Russia-Belarus Union Treaty, the bloc said it would send troops to Armenia.", []),
    ("In Kenya, the government said it would send troops to Haiti.", [("Kenya", "Haiti", None, "planned")]),
    # the state helped is where the forces go; every place coordinated with the destination is one
    ("Estonia said it would be ready to send troops to help Latvia or Lithuania if either were attacked.",
     [("Estonia", "Latvia", None, "proposed"), ("Estonia", "Lithuania", None, "proposed")]),
    ("Chad sent 400 soldiers to help Cameroon.", [("Chad", "Cameroon", 400, "occurred")]),
    ("Ghana said it would send soldiers to Benin's aid.", [("Ghana", "Benin", None, "planned")]),
    ("Iran sent advisers to help Assad.", []),
    ("Ghana will send soldiers to the aid of civilians.", []),
    ("Britain will send troops to Estonia and Latvia.",
     [("United Kingdom", "Estonia", None, "planned"), ("United Kingdom", "Latvia", None, "planned")]),
    ("Estonia and Latvia will send troops to Poland.",
     [("Estonia", "Poland", None, "planned"), ("Latvia", "Poland", None, "planned")]),
    # a state coordinated with a place that is none is still where the forces go
    ("The ministry said it was sending 1,500 more Dutch troops to the Balkans and Kosovo.",
     [("Netherlands", "Kosovo", 1500, "occurred")]),
    ("Russia moved 300 troops from Belarus and Kazakhstan.", []),
    ("China flew 30 warplanes into Taiwan's air defence zone.", [("China", "Taiwan", 30, "occurred")]),
    # warplanes by designation, launchers
    ("Slovakia turned down a request to send MiG-29s to Latvia.", [("Slovakia", "Latvia", None, "denied")]),
    ("Armenia moved rocket launchers near the Azerbaijani border.", [("Armenia", "Azerbaijan", None, "occurred")]),
    ("Mexico shipped 300 N-95 masks to Cuba.", []),
    ("Japan agreed to buy 40 fighter jets from the United States.", []),
    # forces carried there, a team leaving for a place, police contingents, a sending told by a noun
    ("Two companies of Ukrainian paratroopers were transported to Moldova by air.",
     [("Ukraine", "Moldova", 2, "occurred")]),
    ("The ministry transported food and medicine to Moldova.", []),
    ("A team of 30 Ghanaian soldiers will depart for Liberia next week.", [("Ghana", "Liberia", 30, "planned")]),
    ("The Ghanaian delegation will depart for Liberia next week.", []),
    ("About 250 Rwandan police officers arrived in Bangui on Friday.",
     [("Rwanda", "Central African Republic", 250, "occurred")]),
    ("Senegalese police officers arrested two suspects in Dakar.", []),
    ("The Senate is to consider the sending of Chilean servicemen to Bolivia.",
     [("Chile", "Bolivia", None, "proposed")]),
    # a service's own abbreviation names its state; a province is no foreign destination
    ("The TNI will send a battalion to Lebanon next month.", [("Indonesia", "Lebanon", None, "planned")]),
    ("Indonesia sent two battalions to Papua last week.", []),
    # task groups; a contingent counted in police officers; contributions and contributors of troops to a mission
    ("Canada will send a naval task group to the Philippines in August.", [("Canada", "Philippines", None, "planned")]),
    ("The minister thanked the task group on inflation for its work in Brazil.", []),
    ("A contingent of 140 Rwandan police officers arrived in Bangui on Sunday.",
     [("Rwanda", "Central African Republic", 140, "occurred")]),
    ("Bangladesh is the largest contributor of troops to UNMISS in South Sudan, with more than 1,600 personnel.",
     [("Bangladesh", "South Sudan", None, "occurred")]),
    ("Japan is the largest contributor of aid to Yemen.", []),
    ("Norway's contribution to the fund in Kenya was praised.", []),
    # a service's proper name holds its state; a rotation's owner owns the force it rotates
    ("The Ugandan People's Defence Force (UPDF) will send a battalion to Somalia in July.",
     [("Uganda", "Somalia", None, "planned")]),
    ("The People's Defence Force will send a battalion to Somalia in July.", []),
    ("Uruguay's 44th rotation of peacekeepers left for the Democratic Republic of the Congo on Friday.",
     [("Uruguay", "Democratic Republic of the Congo", None, "occurred")]),
    ("The 44th rotation of peacekeepers left for the Democratic Republic of the Congo on Friday.", []),
    # the place of the mission a force serves with is where it is
    ("India has deployed around 5,000 peacekeepers with UNMISS in South Sudan.",
     [("India", "South Sudan", 5000, "occurred")]),
    ("Chad sent 500 troops with armoured vehicles from Libya.", []),
    # provinces and towns the gazetteer knows give their country; a state's own are no destination for it
    ("Tanzania keeps about 800 soldiers in North Kivu.", [("Tanzania", "Democratic Republic of the Congo", 800,
                                                         "occurred")]),
    ("Armenia moved two battalions into Gori on Tuesday.", [("Armenia", "Georgia", 2, "occurred")]),
    ("Georgia moved two battalions into Gori on Tuesday.", []),
    # a destination the parser hangs on the verb above a deployment noun's phrase
    # a sending in what reports said, denied, though the parser takes the "that" clause for a relative one
    ("Islamabad denied press reports in Kabul that Pakistan had moved troops to its border with Afghanistan.",
     [("Pakistan", "Afghanistan", None, "denied")]),
    ("Islamabad confirmed press reports in Kabul that Pakistan had moved troops to its border with Afghanistan.",
     [("Pakistan", "Afghanistan", None, "occurred")]),
    ("The talks covered fishing rights and the deployment of the Turkish drill ship Yavuz to Cypriot waters in June.",
     [("Turkey", "Cyprus", None, "occurred")]),
    ("The talks covered fishing rights and the deployment of the Turkish drill ship Yavuz, Cypriot officials said.",
     []),
    # a place inside a phrase of when or why the forces moved is not where they go
    ("Canada sent two frigates to the eastern Mediterranean after the attack on Cyprus.", []),
    ("Italy deployed a destroyer to the Red Sea following rebel raids on ships bound for Jordan.", []),
    ("Denmark sent four jets to the Baltic Sea in response to Russian flights near Finland.", []),
    ("Denmark sent four jets to Latvia in response to Russian flights near Finland.",
     [("Denmark", "Latvia", 4, "occurred")]),
    ("Portugal sent 200 soldiers to Mozambique after the insurgent attack on Palma.",
     [("Portugal", "Mozambique", 200, "occurred")]),
    # a warship's visit takes it to the place visited; a visit to a state's port goes to that state
    ("A Spanish frigate will visit Senegal in March.", [("Spain", "Senegal", None, "planned")]),
    ("The Dutch navy sent a submarine to visit Norway's Haakonsvern base.",
     [("Netherlands", "Norway", None, "occurred")]),
    ("Chilean army officers visited Peru's military academy.", []),
    # a purpose clause that patrols, polices or guards a state's part says where the forces go
    ("Hungary has sent four Gripens to police Slovak airspace.", [("Hungary", "Slovakia", 4, "occurred")]),
    ("France sent two bombers to patrol Estonian airspace.", [("France", "Estonia", 2, "occurred")]),
    ("Denmark deployed a frigate to guard Latvian waters.", [("Denmark", "Latvia", None, "occurred")]),
    # forces that surround a place are there
    ("Some 20 Chinese warships encircled Taiwan on Monday.", [("China", "Taiwan", 20, "occurred")]),
    # a warship that berths or moors somewhere is there
    ("Two Indian corvettes berthed in Mombasa on Friday.", [("India", "Kenya", 2, "occurred")]),
    # a model's name may carry the demonym; the agent of a passive sending is the sender before it
    ("Two Swedish Gripen jets landed in Hungary.", [("Sweden", "Hungary", 2, "occurred")]),
    ("French Mistral missiles were sent by Belgium to Estonia.", [("Belgium", "Estonia", None, "occurred")]),
    # what a state receives from another is that other's sending
    ("Qatar received two Patriot batteries from Germany.", [("Germany", "Qatar", 2, "occurred")]),
    # a headline's verb the tagger took for a noun, with a force for its subject
    ("French troops land in Gabon", [("France", "Gabon", None, "occurred")]),
    # a relative pronoun stands for the force its clause hangs on
    ("The frigates that Greece sent to Cyprus will sail home in July.", [("Greece", "Cyprus", None, "occurred")]),
    ("Turkish tanks, which entered Iraq in March, remain there.", [("Turkey", "Iraq", None, "occurred")]),
    ("The Dutch marines, which were flown to Suriname, will stay a month.",
     [("Netherlands", "Suriname", None, "occurred")]),
    # a government named by its leader or its state is that state
    ("French President Pierre Martin spoke on Monday. The Martin government is sending 400 soldiers to Chad.",
     [("France", "Chad", 400, "occurred")]),
    ("The government of Benin will deploy 200 troops to Togo.", [("Benin", "Togo", 200, "planned")]),
    # movement verbs whose subject is the force
    ("Some 600 Belgian paratroopers will travel to Lithuania in October.",
     [("Belgium", "Lithuania", 600, "planned")]),
    ("Thai troops pushed into Cambodian territory on Monday.", [("Thailand", "Cambodia", None, "occurred")]),
    ("Two Indian destroyers sailed into Colombo harbour.", [("India", "Sri Lanka", 2, "occurred")]),
    # growing a force already somewhere states where it is
    ("Denmark said it would triple its troops in Latvia by 2027.", [("Denmark", "Latvia", None, "planned")]),
    # a sending one party presses another to make is neither's, however the infinitive is parsed
    ("Romania pushed France to deploy jets to Moldova.", []),
    # "the country" where forces go names again the state that says so, or the story's scene
    ("Hanoi said Chinese troops would stay in the country for a week.", [("China", "Vietnam", None, "planned")]),
    ("Italy sent 300 soldiers to Albania in May. Greece will also send 50 troops to the country.",
     [("Italy", "Albania", 300, "occurred"), ("Greece", "Albania", 50, "planned")]),
    ("Paris said French troops would remain in the country.", []),
    # a finite verb the parser hangs on the force as a modifier is still its predicate
    ("A contingent of 90 Latvian soldiers left for Kosovo on Tuesday.", [("Latvia", "Kosovo", 90, "occurred")]),
    # a place a pronoun owns, in a clause a state reports, is that state's; elsewhere the pronoun is no guide
    ("Georgia said Russian troops had crossed into its territory.", [("Russia", "Georgia", None, "occurred")]),
    ("Kyiv said Belarusian units were gathering near its northern border.", [("Belarus", "Ukraine", None, "occurred")]),
    ("Tunisia, which let Italian jets cross its airspace, ruled out sending soldiers.", []),
    # a number or a force coordinated with its own place is another sending to that place; money is none
    ("Norway will send 40 soldiers to Latvia and 60 to Estonia.",
     [("Norway", "Latvia", 40, "planned"), ("Norway", "Estonia", 60, "planned")]),
    ("Canada will deploy two frigates to Portugal and a submarine to Spain.",
     [("Canada", "Portugal", 2, "planned"), ("Canada", "Spain", None, "planned")]),
    ("Austria sent 80 troops to Bosnia and 20 million to Serbia.",
     [("Austria", "Bosnia and Herzegovina", 80, "occurred")]),
    # a weapon system's name, or a designation, is a force; the same word in lower case or ending a longer name is not
    ("Italy sent six Eurofighters to Romania.", [("Italy", "Romania", 6, "occurred")]),
    ("Moscow moved Iskanders into Belarus in June.", [("Russia", "Belarus", None, "occurred")]),
    ("Spain deployed two S-400s to Greece.", [("Spain", "Greece", 2, "occurred")]),
    ("Polish patriots arrived in Lithuania for the rally.", []),
    ("The Boston Reapers travelled to Canada for the final.", []),
    # a force's state may modify a noun deep in its chain of modifiers
    ("The Turkish navy escort task group arrived in Somalia.", [("Turkey", "Somalia", None, "occurred")]),
    # "another" stands for the force sent before; a coordinated verb shares the first one's subject
    ("Norway, which has sent frigates to the region before, said it would dispatch another to Iceland.",
     [("Norway", "Iceland", None, "planned")]),
    ("Greece sent two ships to Cyprus and will send one to Egypt.",
     [("Greece", "Cyprus", 2, "occurred"), ("Greece", "Egypt", 1, "planned")]),
    # a state's force named with the state it is in is deployed there, whatever its clause says of it
    ("Norway's 200 soldiers in Lithuania make up a fifth of the battlegroup.",
     [("Norway", "Lithuania", 200, "occurred")]),
    ("The 600 Dutch troops in Mali face growing danger.", [("Netherlands", "Mali", 600, "occurred")]),
    ("Denmark will withdraw its soldiers in Iraq.", []),
    ("Estonian soldiers in Estonia held drills.", []),
    # a force brought somewhere is sent there; troops brought home are not
    ("The rotation brought 1,200 Czech troops to Slovakia.", [("Czech Republic", "Slovakia", 1200, "occurred")]),
    ("Italy vowed to bring its troops home from Lebanon.", []),
    # "its border" in a clause a state alleges is the alleging state's, not the last deployment's other side
    ("Russia has sent 5,000 troops to Belarus. Latvia accused Moscow of massing troops near its borders.",
     [("Russia", "Belarus", 5000, "occurred"), ("Russia", "Latvia", None, "occurred")]),
    # equipment in another state may have been given, and a former soldier is no force
    ("Czech tanks in Ukraine were destroyed.", []),
    ("Former British soldiers in Ukraine are fighting as volunteers.", []),
    ("Three Indian warships anchored off Mozambique on Sunday.", [("India", "Mozambique", 3, "occurred")]),
    # soldiers marching in a parade abroad were not sent there
    ("Indian soldiers marched in the national day parade in France.", []),
    # a sending wished of another is neither's; a wish for one's own sending is a plan
    ("Latvian President Karlis Ozols said he hoped Sweden would send troops to Latvia.", []),
    ("Tallinn wants Paris to send Caesar howitzers and tanks to Estonia.", []),
    ("Portugal hopes to send troops to Romania next year.", [("Portugal", "Romania", None, "planned")]),
    # a state that allows or accepts another's force takes it in
    ("Kyrgyzstan said it would not allow Russian troops on its soil.", [("Russia", "Kyrgyzstan", None, "denied")]),
    ("Slovakia accepted 400 Czech soldiers in March.", [("Czech Republic", "Slovakia", 400, "occurred")]),
    ("Moldova accepted Romanian aid.", []),
    # a presence withdrawn or reduced is no deployment
    ("Canada is to halve its troop presence in Latvia.", []),
    ("Norway will withdraw its military presence in Lithuania.", []),
    # a region or base town the gazetteer of states leaves out is in the state whose territory it is
    ("Moscow keeps about 4,000 soldiers in South Ossetia.", [("Russia", "Georgia", 4000, "occurred")]),
    ("Russia sent three more submarines into Crimea.", [("Russia", "Ukraine", 3, "occurred")]),
    ("Some 1,200 Russian troops remain in Transnistria.", [("Russia", "Moldova", 1200, "occurred")]),
    ("Two US destroyers arrived at Sasebo Naval Base on Tuesday.", [("United States", "Japan", 2, "occurred")]),
    ("Britain has sent six Typhoon jets to RAF Akrotiri.", [("United Kingdom", "Cyprus", 6, "occurred")]),
    ("Italy sent two frigates to the NATO patrol rota.", []),  # (a name only with its capital: not "Rota")
    # beefing up a presence is reinforcing it; a border reinforced with no force named faces the state beyond it
    ("Canada is beefing up its presence in Latvia with another 400 soldiers.", [("Canada", "Latvia", 400, "occurred")]),
    ("Spain has beefed up its contingent in Lebanon.", [("Spain", "Lebanon", None, "occurred")]),
    ("Greece has reinforced its eastern border with Turkey.", [("Greece", "Turkey", None, "occurred")]),
    ("Armenia bolstered its frontier with Azerbaijan.", [("Armenia", "Azerbaijan", None, "occurred")]),
    ("Finland reinforced its border fence with Russia.", []),
    ("France beefed up security in Paris.", []),
    # a place near a state, named by a noun of nearness, is where forces massed against it go
    ("Belarus has moved 20,000 soldiers to within striking distance of Lithuania.",
     [("Belarus", "Lithuania", 20000, "occurred")]),
    ("Turkey has massed 8,000 troops on Cyprus's doorstep.", [("Turkey", "Cyprus", 8000, "occurred")]),
    ("Serbian units gathered on the outskirts of Kosovo's capital.", [("Serbia", "Kosovo", None, "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_deployment_cases(extractor: Extractor, text: str, expected: list) -> None:
    found = extractor.extract(text, PUB)
    got = sorted((d.from_state, d.to_state, d.quantity, d.modality) for d in found.deployments)
    assert got == sorted(expected)


DATE_CASES = [
    # a date phrase hung deep in the verb's clause ("to join the UN force late on Thursday") is its own
    ("Greek soldiers arrived in Cyprus to join the UN force late on Thursday.", "2019-06-13"),
    # the date of the clause the sending sits in
    ("Britain said on Monday it has sent 200 troops to Estonia.", "2019-06-10"),
    # "since" dates when a force stationed or massed got there
    ("Venezuela has massed soldiers along its border with Colombia since August.", "2018-08"),
    ("Turkish troops have been stationed in Qatar since 2017.", "2017"),
    ("Italy will send 200 soldiers to Niger next month.", "2019-07"),
    ("Older residents remember 1998, when Senegal sent troops into Guinea-Bissau.", "1998"),
    # a day between a past "said" and its clause's subject dates the saying, though the parser hangs it on the plan
    ("Austria said on Wednesday it would send 300 troops to Bosnia by 2021.", "2019-06-12"),
    ("Austria said it would send 300 troops to Bosnia on Wednesday.", "2019-06-19"),
]


@pytest.mark.parametrize(("text", "date"), DATE_CASES, ids=[c[0][:50] for c in DATE_CASES])
def test_deployment_dates(extractor: Extractor, text: str, date: str) -> None:
    assert [d.date for d in extractor.extract(text, PUB).deployments] == [date]


def test_a_day_told_by_a_past_verb_above_a_plan_lies_before(extractor: Extractor) -> None:
    """ "On Monday, A announced it would send": the day of the telling, before publication, not of the sending."""
    text = "On Monday, Ghana announced it would send 300 peacekeepers to Lebanon."
    assert [d.date for d in extractor.extract(text, PUB).deployments] == ["2019-06-10"]


def test_deployment_word_lists_are_all_words() -> None:
    """A bare `on` or `off` in YAML is a boolean, and the preposition silently drops out of the list."""
    from graph.extraction.lexicon import load_lexicon

    lex = load_lexicon()
    for words in (lex.destinations, lex.deploy_verbs, lex.forces, lex.place_nouns, lex.deploy_nouns):
        assert all(isinstance(word, str) for word in words)
    assert {"on", "off"} <= lex.destinations


def test_a_comparative_count_names_the_force_without_its_comparison(extractor: Extractor) -> None:
    text = "Chile has massed more than 5,000 troops near the border with Peru."
    found = extractor.extract(text, dt.date(2024, 5, 10))
    assert [(d.from_state, d.to_state, d.what, d.quantity) for d in found.deployments] == [
        ("Chile", "Peru", "5,000 troops", 5000)]


@pytest.mark.parametrize(("text", "to"), [("Chile flew 200 paratroopers to Bolivia on Monday.", "Bolivia"),
                                          ("Some 1,500 US Marines arrived in Darwin for their rotation.", "Australia")])
def test_a_force_flown_or_arriving_is_a_deployment_not_a_visit(extractor: Extractor, text: str, to: str) -> None:
    found = extractor.extract(text, dt.date(2024, 5, 10))
    assert [d.to_state for d in found.deployments] == [to] and found.contacts == ()


def test_a_masked_dateline_is_no_part_of_what_is_sent(extractor: Extractor) -> None:
    """The dateline is blanked before parsing; the blank the parser hangs on the force's first word is not in its
    name."""
    found = extractor.extract("OSLO (AP) - A Norwegian diesel-electric submarine arrived in Scotland on Monday.", PUB)
    assert [d.what for d in found.deployments] == ["diesel electric submarine"]
