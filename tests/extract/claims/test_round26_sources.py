"""Issue 14, round 26: sources of figures a body or a person gave under another name, and sums that are
nobody's. A running total carried "to" a new figure by "That"/"This" is the writer's (assembly.py,
:func:`_running_total`); a verb the parser conjoined to a reported clause whose subject is a figure has the
outer speaker (attribution.py, :func:`_reporter_above`); "put at N by X" is X's (attribution.py,
:func:`_figure_by`); a body's description after its full name in the paragraph is that name (sources.py
rule 51); a bare noun that leads a proper name before it is that name (sources.py rule 52: "the camp" after
"Camp Mystic"); a title after a place's possessive is the person named later with the place word before the
title (coref.py rule 5: "the city's manager" and "X's city manager, Name,"); "the paper added" after a body
that reported in the paragraph is that body (sources.py rule 53). Sentences written for these
tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # assembly: a running total is the writer's
    ("Police in Leeds said two more people had died. That brings the toll in the county to 11.", "11", (None, None)),
    ("The coastguard said four fishermen had drowned. This takes the total for the season to 19.", "19",
     (None, None)),
    ("Officials reported six more deaths on Friday. That pushed the number of victims to 45.", "45", (None, None)),
    # must not fire: a figure worked out of the speaker's own ("That puts ... at")
    ("Insurers will pay for a third of the damage, the broker said. That puts insured losses at $300 million.",
     "300 million", ("broker", None)),
    ("Police said two more people had died.", "two", ("Police", None)),
    # attribution: a verb conjoined to the reported clause, its subject a figure
    ("The union said on Tuesday that about 400 of the strikers were nurses, and rejected the hospital's figure "
     "of nearly 900 absences.", "nearly 900", ("union", None)),
    ("The militia said that more than 60 of the dead were fighters, and disputed the army's count of 150 deaths.",
     "150", ("militia", None)),
    # must not fire: no saying verb above the figure's clause
    ("More than 60 of the dead were fighters, and disputed the army's count of 150 deaths.", "More than 60",
     (None, None)),
    # attribution: "put at N by X"
    ("M23 holds Bukavu as Goma's dead, put at nearly 3,000 by the UN, remain unburied", "nearly 3,000",
     ("UN", None)),
    ("Rebels hold the town as its dead, put at about 400 by the Red Cross, lie unburied", "about 400",
     ("Red Cross", None)),
    # must not fire: no agent
    ("The toll was put at 40 on Monday.", "40", (None, None)),
    # sources rule 51: a description after the full name in the paragraph
    ("The World Health Organization (WHO) released its own figures on Monday. At least 700 patients had been "
     "treated by Friday, the UN health agency said.", "At least 700", ("World Health Organization", None)),
    ("The International Organization for Migration gave an update on Sunday. About 12,000 people had fled, the "
     "UN migration agency said.", "About 12,000", ("International Organization for Migration", None)),
    # must not fire: a description sharing no word with the body named before
    ("The World Health Organization published new numbers on Tuesday. About 300 people were hurt, the UN refugee "
     "agency said.", "About 300", ("UN refugee agency", None)),
    # sources rule 52: a bare noun leading a proper name before it
    ("Five campers from Camp Wildwood were still missing, he added. The camp said on Monday that 12 of its "
     "campers had died.", "12", ("Camp Wildwood", None)),
    ("Soldiers at Fort Hays were told to stay home. The fort said 14 people had been hurt.", "14",
     ("Fort Hays", None)),
    # must not fire: no name led by the noun, or a person's title
    ("Camp leaders met on Sunday. The camp said 20 children had been sent home.", "20", ("camp", None)),
    ("Nine patients died at Government Stanley Hospital. The government says that 20 families have been paid.",
     "20", ("government", None)),
    # sources rule 53: "the paper" after a body that reported in the paragraph
    ("The county asked for a grant, and the state turned the request down, the Houston Chronicle reported. The "
     "state offered to cover only 5% of the roughly $1 million cost, the paper added.", "5%",
     ("Houston Chronicle", None)),
    ("The firm cut its staff, the Financial Times reported. It let go of about 300 workers, the newspaper said.",
     "about 300", ("Financial Times", None)),
    # must not fire: the outlet reported in another paragraph
    ("The Sun Herald reported on Monday that 30 homes were lost.\n\nThe county sought $5 million in aid, the "
     "newspaper said.", "5 million", ("newspaper", None)),
    # coref rule 5: a place's possessive before a title
    ("On Saturday the city's manager had said that as many as 27 residents could not be found.\n\n"
     "Kerrville's city manager, Dalton Rice, said about 850 people had been rescued.", "as many as 27",
     ("Dalton Rice", None)),
    ("The town's clerk said 40 homes were flooded.\n\nLater the town clerk, Mary Olsen, said 12 more had been "
     "reached.", "40", ("Mary Olsen", None)),
    # must not fire: a person named later with another title
    ("The city's manager said 30 roads were shut.\n\nAustin's police chief, Lisa Davis, said 12 people were "
     "arrested.", "30", ("city's manager", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_round26_sources(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected
