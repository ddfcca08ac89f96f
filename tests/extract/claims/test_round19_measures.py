"""Issue 14, round 19 (measures): a state put at a level (rule 45), a breakdown after a colon (46), machines crashed
(47), medical help sought (48), personnel carried to a disaster and the dogs sent with them (49), people present when a
blow fell (50), a hospital's yearly work (51), personnel who turned up (52), a fronted whole (53), people gone (54),
disruption suffered (55), value lost (56) and money per head (57). Sentences written for
these tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    # rule 45: put the dead / the injured at N
    ("On Monday the civil defence agency put the dead at 71.", "71", "killed"),
    ("By the evening the regional governor had put the injured at more than 300.", "more than 300", "wounded"),
    ("Officials in Lima put the missing at 18 on Tuesday.", "18", "missing"),
    ("The health office put deaths at 40 by noon.", "40", "killed"),
    # must not fire: a cost or a level that is no state
    ("The insurer put the damage at 40 million dollars.", "40 million", "other"),
    ("The mayor put the crowd at 5,000.", "5,000", "other"),
    # rule 46: a breakdown after a colon takes the colon's noun, not a neighbour's
    ("Officials counted 310 dead and 540 injured, and listed the deaths by district: 120 in Herat, 95 in Farah and "
     "40 in Badghis.", "95", "killed"),
    ("Officials counted 310 dead and 540 injured, and listed the deaths by district: 120 in Herat, 95 in Farah and "
     "40 in Badghis.", "120", "killed"),
    ("The coastal region recorded most of the injuries: 212, according to the health service, followed by the "
     "capital with 80.", "212", "wounded"),
    # must not fire: no measure noun before the colon
    ("The agency gave its figures by district: 120 in Herat and 95 in Farah.", "120", "other"),
    # rule 47: machines knocked out by a crash or an outage
    ("The faulty patch crashed about 3 million office computers across Europe.", "about 3 million", "affected"),
    ("Some 40,000 servers were knocked offline by the outage, the company said.", "Some 40,000", "affected"),
    ("The bank said 2,000 of its laptops froze after the update.", "2,000", "affected"),
    ("The vendor now puts the number of terminals that froze at 120,000.", "120,000", "affected"),
    # must not fire: machines sold or shipped
    ("The firm shipped 3 million computers last quarter.", "3 million", "supplied"),
    ("The office has 400 computers and two printers.", "400", "other"),
    # rule 48: medical help sought
    ("The police said three people had died and 45 had sought medical help after the blast.", "45", "wounded"),
    ("About 60 residents sought treatment for cuts and bruises.", "About 60", "wounded"),
    # must not fire: shelter or asylum sought
    ("About 600 residents sought shelter in schools.", "About 600", "displaced"),
    ("More than 1,200 people sought asylum in the port last month.", "More than 1,200", "other"),
    # rule 49: personnel carried by a plane that left or landed, and their dogs
    ("An air force plane left Ankara on Sunday carrying 40 rescuers and six sniffer dogs.", "40", "deployed"),
    ("An air force plane left Ankara on Sunday carrying 40 rescuers and six sniffer dogs.", "six", "deployed"),
    ("The Swiss government said it had flown 25 specialists with three dogs to the quake zone.", "three", "deployed"),
    # must not fire: a bus carrying workers in a crash, dogs with no personnel
    ("A bus carrying 30 workers overturned near the mine.", "30", "other"),
    ("Police seized 12 dogs from the farm.", "12", "other"),
    # rule 50: present when the blow fell
    ("Some 300 pupils and 40 teachers were in the school when the shell hit, the mayor said.", "Some 300", "other"),
    ("Some 300 pupils and 40 teachers were in the school when the shell hit, the mayor said.", "40", "other"),
    # must not fire: still in hospital, no blow
    ("About 30 people were in hospital on Friday, the ministry said.", "About 30", "wounded"),
    # rule 51: a hospital's yearly work
    ("The clinic treats about 5,000 people a year from the whole valley.", "about 5,000", "other"),
    ("The burns unit admits some 900 children annually.", "some 900", "other"),
    # must not fire: people treated after the fire
    ("The clinic treated about 50 people for burns after the fire.", "about 50", "wounded"),
    # rule 52: turned up
    ("Dozens of volunteers showed up at dawn to dig through the mud.", "Dozens", "deployed"),
    ("About 200 firefighters turned up within the hour.", "About 200", "deployed"),
    # must not fire: a crowd that turned up
    ("At least 40,000 people turned up for the concert.", "At least 40,000", "other"),
    # rule 53: a fronted whole
    ("The headman said that of the 60 households, 35 had lost their houses.", "60", "other"),
    ("The headman said that of the 60 households, 35 had lost their houses.", "35", "displaced"),
    ("Of the 80 miners, 12 were injured.", "12", "wounded"),
    # must not fire: the whole's own state
    ("Of the 45 people injured, nine were children.", "45", "wounded"),
    # rule 54: gone
    ('"Nine people from my street are gone," he said.', "Nine", "killed"),
    # must not fire: a refugee flight
    ("Most refugees fled the fighting. Some 4,000 are gone from the camp, the agency said.", "Some 4,000", "displaced"),
    # rule 55: disruption suffered
    ("The survey found that 340 hospitals suffered disruption during the attack.", "340", "affected"),
    ("Roughly 60% of the airlines experienced outages on Friday.", "Roughly 60%", "affected"),
    # must not fire: suffered losses
    ("The survey found that 340 hospitals suffered losses.", "340", "other"),
    # rule 56: value lost
    ("The bank's shares have lost 35% since March.", "35%", "other"),
    ("The rouble lost 12% against the dollar in a week.", "12%", "other"),
    # must not fire: people lost (rule 56)
    ("The village lost 40 people in the flood.", "40", "killed"),
    # rule 57: money per head
    ("Each displaced household will receive $300 per family from the World Food Programme.", "300", "other"),
    ("Germany will pay 500 euros per person to the victims in Albania.", "500", "other"),
    # must not fire: a gift's total
    ("Germany has pledged 5 million euros for Albania.", "5 million", "supplied"),
])
def test_round19_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
