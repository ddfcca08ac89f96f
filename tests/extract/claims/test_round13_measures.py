"""Issue 14, round 13: measures the already-scored stories still missed (mass poisoning patients,
harm raised by a verb of belief, "put the number of X at N", needs and losses that are no people,
freed captives by their participle, returns through crossings and by the movement's own words,
people held, tolls raised "to" N, money given by a foreign donor or by the article's own government,
personnel flown, stationed or requested). Sentences written for these tests, in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    # mass poisoning: patients are ill, not wounded
    ("Nine people died in the food poisoning at the wedding. Another 47 were in hospital in Kandy.", "47", "affected"),
    # belief-raised harm
    ("Dozens of fishermen were feared to have drowned when the storm hit the bay.", "Dozens", "killed"),
    ("At least 30 villagers are now known to have died in the mudslide, officials said.", "At least 30", "killed"),
    # put the number of X at N
    ("The agency put the number of migrants who drowned off the coast at more than 2,000.", "more than 2,000", "killed"),
    ("Rescuers first counted 12 dead, and the ministry put the toll at 30 in the morning, then at 41 by nightfall.",
     "41", "killed"),
    # what is needed or lost that is no people; things missing
    ("Passing the bill needs three-fifths of the chamber's 400 deputies.", "400", "other"),
    ("The Greens lost 4.2 percentage points.", "4.2", "other"),
    ("Officials denied that thousands of ballots had gone missing.", "thousands", "other"),
    # the evacuation of N
    ("The authorities ordered the evacuation of more than 90,000 people before the cyclone.", "more than 90,000",
     "displaced"),
    # freed captives by their participle
    ("After the prisoner swap, buses carrying scores of the freed men reached the square.", "scores", "captured"),
    # returns, in an article about deportations
    ("Deportations have risen. On Monday more than 12,000 people came through the Chaman crossing.",
     "more than 12,000", "displaced"),
    ("Deportations have risen. The number of Syrians arriving from Lebanon has fallen to about 3,000 a day.",
     "about 3,000", "displaced"),
    ("Deportations have risen. Arrivals averaged 4,000 a day and peaked at 6,100.", "6,100", "displaced"),
    ("Turkey sends 900 more Syrians over the border as deportation drive grows", "900", "displaced"),
    # people held
    ("Bootleg gin toll rises to 17 as 9 held over supply", "9", "arrested"),
    ("Twelve men were held for questioning after the riot, police said.", "Twelve", "arrested"),
    # a toll raised to N, however the parser reads the words between
    ("A woman died on Sunday, taking the toll in the Colombo bootleg liquor poisoning to 27, doctors said.",
     "27", "killed"),
    # trapped in a town: in need, whereabouts known
    ("Some 90,000 civilians remain trapped in the besieged town, the agency said.", "Some 90,000", "affected"),
    # personnel flown, stationed, requested
    ("Japan flew 60 members of its rescue team to Ankara.", "60", "deployed"),
    ("About 40 divers joined the search on Monday.", "About 40", "deployed"),
    ("The army had more than 2,000 soldiers in the province by Friday.", "more than 2,000", "deployed"),
    ("The minister accepted the governor's request for 3,000 more troops.", "3,000", "deployed"),
    # money given by a foreign donor
    ("YANGON - The quake killed 300 people. Britain pledged up to 10 million pounds.", "up to 10 million",
     "supplied"),
    ("YANGON - The quake killed 300 people. Japan said it would give $3 million through aid groups.", "3 million",
     "supplied"),
    # second pass: resettled returnees, promised and laden aid vehicles, taken captive, partitives of a
    # state, people looked for, left without work, drinkers in a poisoning
    ("Deportations rose. By his count, 2,100 families have been resettled in the district.", "2,100", "displaced"),
    ("Aid to the enclave falls short of the 9,000 trucks promised.", "9,000", "supplied"),
    ("Of those that entered, 1,200 carried aid and 300 carried goods for sale.", "300", "supplied"),
    ("The hostage crisis began when 80 were taken into the mountains by the gunmen.", "80", "captured"),
    ("About 2 million of those affected by the breach were customers of one insurer.", "About 2 million", "affected"),
    ("Divers went back into the river to look for four fishermen who fell from the pier.", "four", "missing"),
    ("The closure of the port has left thousands of porters without work.", "thousands", "affected"),
    ("The poisoning killed nine. More than 150 people had drunk from the same barrel.", "More than 150", "affected"),
    # must not fire
    ("The magistrate said 14 of those arrested would face charges.", "14", "other"),
    ("Police said 30 people were taken into custody during the hostage standoff.", "30", "arrested"),  # round 14: custody is arrest (not captivity)
    ("The agency is looking for 300 volunteers to help at the camps.", "300", "other"),
    ("More than 150 people had drunk from the village well before the festival.", "More than 150", "other"),
    ("Eleven people died in the blast. Another 64 were being treated at the district hospital.", "64", "wounded"),
    ("Police said he had been involved in 70 earlier cases of food poisoning fraud.", "70", "other"),
    ("The regiment lost four soldiers in the ambush.", "four", "killed"),
    ("Some 20,000 people need emergency shelter.", "Some 20,000", "displaced"),
    ("Tourists returning from Bali: 3,000 came through the airport on Monday.", "3,000", "other"),
    ("Organisers said 12 rallies were held across the country.", "12", "other"),
    ("Some 40 people remain trapped under the rubble of the school.", "Some 40", "missing"),
    ("The army has 1.2 million personnel.", "1.2 million", "other"),
    ("MADRID - The Spanish government approved an aid package worth 10.6 billion euros for the areas hit by the "
     "floods in Spain.", "10.6 billion", "other"),
    ("Bridge rebuilt as Washington releases $60 million. BALTIMORE - The bridge in the United States collapsed.",
     "60 million", "other"),
    ("A day later Moody's RMS gave a lower range of $20 billion to $30 billion for insured losses in Texas.",
     "20 billion to $30 billion", "other"),
])
def test_round13_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
