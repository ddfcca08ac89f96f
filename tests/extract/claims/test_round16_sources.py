"""Issue 14, round 16: source rules that generalise. Actors are no sources ("agreed to pay", the
people a judge "told", a builder "putting up" towers); works speak for who wrote them ("a study by
X found"), a document relayed by an outlet is the source and the outlet the via; "its lawyers",
"its complaint" are named with their owner (sources.py rule 32); a demand in a relative clause on
the figure and "suing ... for" are the asker's; "it said" after "The government says" is that body
(rule 33); "the company" after a sentence about an organisation's thing is that organisation (rule
34); "it said" right after "X, citing Y, reported" is still Y's via X (rule 35); "citing Y" set off before "that" (Y the source); "he" never points back to a spokeswoman; a headline's closing "..., professor estimates".
Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # actors: a commitment to pay, the people told, a builder's work
    ("Siemens agreed on Friday to pay the city $45 million to end the dispute.", "45 million", (None, None)),
    ("Boeing agrees to pay airline $20 million", "20 million", (None, None)),
    ("The $45 million that Siemens agreed last month to pay the city was a record.", "45 million", (None, None)),
    ("Judge Ana Ruiz told the 14 jurors, eight women and six men, that the trial would last a month.", "eight",
     (None, None)),
    ("The builder, Apex Homes, was putting up four blocks on the land.", "four", (None, None)),
    # must not fire: a finding agreed with a clause, a telling verb's said clause, people who said
    ("The ministry agreed that 40 people had died in the fire.", "40", ("ministry", None)),
    ("Ana Ruiz told reporters that 40 roads were shut.", "40", ("Ana Ruiz", None)),
    ("Afghan officials said 12 villagers, most of them farmers, were hurt in the raid.", "12",
     ("Afghan officials", None)),
    ("The agency put the toll at 30.", "30", ("agency", None)),
    # authored works and relayed documents
    ("A 2019 study by the World Bank found that 40 ports had lost cargo.", "40", ("World Bank", None)),
    ("An audit by the state treasury found that 17 schools had overspent.", "17", ("state treasury", None)),
    ("A pricing report commissioned by the union put the shortfall at $3 million, the BBC reported.",
     "3 million", ("pricing report", "BBC")),
    # must not fire: a relayed clause whose subject is no document stays the reporter's
    ("Mr Ruiz put the shortfall at $3 million, the BBC reported.", "3 million", ("BBC", None)),
    # "citing" set off between the reporting verb and its "that" clause
    ("Reuters reported on Monday, citing the interior ministry, that 4,100 people had been evacuated.", "4,100",
     ("interior ministry", "Reuters")),
    ("The agency said, citing police, that 37 people had drowned.", "37", ("police", "agency")),
    # a cited record's named owner is the source
    ("The auditors, citing Acme Holdings' records, said the fund had lost $12 million.", "12 million",
     ("Acme Holdings", "auditors")),
    ("The union, citing Barclays' figures, said 3,000 jobs would go.", "3,000", ("Barclays", "union")),
    ("The auditors, citing their own records, said the fund had lost $12 million.", "12 million",
     ("auditors", None)),
    # must not fire: "citing" after the said clause still works as before; none at all stays the reporter's
    ("Reuters reported on Monday that 4,100 people had been evacuated.", "4,100", ("Reuters", None)),
    # a document that grants or lists, named as written; who saw or obtained it is no author
    ("But a zoning document seen by reporters, dated 2 May 2018, grants the builder a permit for 12 floors.",
     "12", ("zoning document", None)),
    ("An internal report obtained by the Guardian lists 45 faults in the reactor.", "45", ("internal report", None)),
    # must not fire: a person who grants is an actor
    ("The mayor grants the builder a permit for 12 floors.", "12", (None, None)),
    # a ruling with its clause is the judge's; "ruled out", "ruled on" are acts
    ("On May 2, Ruiz ruled that the claims the city is disputing, 14 in all, were valid.", "14", ("Ruiz", None)),
    ("The court ruled out 40 of the appeals.", "40", (None, None)),
    ("The panel ruled on 12 cases last year.", "12", (None, None)),
    # rule 35: "it said" right after a relay goes on relaying
    ("Azerbaijan gave its losses on Monday. The state news agency Trend, citing the defence ministry, reported "
     "that 40 soldiers had been killed. It said 95 had been wounded.", "95", ("defence ministry", "Trend")),
    # must not fire: a paragraph between, or no relay before
    ("Reuters, citing the defence ministry, reported that 40 soldiers had been killed.\n\nIt said 95 had been "
     "wounded.", "95", ("Reuters", None)),
    ("Reuters reported that 40 soldiers had been killed. It said 95 had been wounded.", "95", ("Reuters", None)),
    # rule 32: agents and filings named with their owner; other people of a body as written
    ("Acme Corp is suing the city for $90 million. Its lawyers say the council owes 40% of that sum.", "40%",
     ("Acme Corp's lawyers", None)),
    ("Greenpeace sued the port in May. Of that, about $5 million is for lost wages, according to its complaint.",
     "about $5 million", ("Greenpeace's complaint", None)),
    ("Greenpeace sued the port in May. Its 80-page complaint says managers cut 120 jobs.", "120",
     ("Greenpeace's complaint", None)),
    ("Greenpeace held a rally in May. Its organisers said 3,000 people came.", "3,000", ("organisers", None)),
    # demands
    ("The award is a third of the $90 million the union had demanded.", "90 million", ("union", None)),
    ("Greenpeace, a campaign group, is suing the port for $12 million in a federal court.", "12 million",
     ("Greenpeace", None)),
    # rule 33: "it said" after a body written as a description
    ("About 9,000 people have fled, according to the Peruvian government. The mayor, Ana Ruiz, said 40 roads "
     "were shut.\n\nThe government says it is building shelters. By Friday it had housed 2,100 people, it said.",
     "2,100", ("Peruvian government", None)),
    # rule 34: "the company" after a sentence whose subject an organisation owns
    ("Siemens won the contract in March. Unilever's tea business was sold in 2021 to a fund in London. The "
     "company says it has lost customers in more than 30 markets.", "more than 30", ("Unilever", None)),
    ("Siemens won the contract in March. Nokia's scanners were used in only two hospitals, which may make "
     "its case harder, said Ortiz. The company says it has lost customers in more than 30 markets.",
     "more than 30", ("Nokia", None)),
    # must not fire: no organisation in the sentence before; rule 8 as before
    ("Siemens won the contract in March. The talks dragged on for months. The company says it has lost "
     "customers in more than 30 markets.", "more than 30", ("Siemens", None)),
    # "he" is no spokeswoman: the unnamed speaker before
    ("The council's spokeswoman, Maria Lopez, said 300 homes were flooded.\n\nAt least 40 people died, the "
     "regional police chief said on Monday. Only 12 of the bodies had been identified, he said.", "12",
     ("regional police chief", None)),
    # must not fire: a spokesman named before is still "he"
    ("The council's spokesman, Mario Lopez, said 300 homes were flooded.\n\nAt least 40 people died, the "
     "regional police chief said on Monday. Only 12 of the bodies had been identified, he said.", "12",
     ("Mario Lopez", None)),
    # a headline's closing speaker read as a noun
    ("After tax, Boeing deal may cost Airbus about $400 million, professor estimates\n\nHarbor Street Investor",
     "about $400 million", ("professor", None)),
    ("Flood losses could top $2 billion, economist says", "2 billion", ("economist", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
