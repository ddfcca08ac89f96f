"""Issue 14, round 21 (subjects): a company's figures take the company's own country as the article states
it (a nationality or "X-based" before a company noun, a country opening its name) over the places of its
court, exchange and dateline; money counted in a nationality's currency word is still a pledge's giver's;
a group's own size is the group's. Sentences written for these tests, in our own words, about other
events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of


# the company's country, from a nationality or "X-based" before a company noun
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("LONDON - A London judge froze the assets of a German carmaker on Friday. The company owes creditors "
     "about 4 billion euros, its lawyers told the court in London.", "about 4 billion", "Germany"),
    ("SINGAPORE - Singapore's exchange suspended trading in a Chinese developer on Tuesday. The stock had "
     "fallen 35% in Singapore before the halt, the exchange said.", "35%", "China"),
    ("NEW YORK - A New York court approved the sale of the Texas-based firm on Monday. Its debts stand at "
     "$1.2 billion, the filing in New York showed.", "1.2 billion", "United States"),
    ("TORONTO - Canadian regulators fined South Korea's largest chipmaker on Thursday in Toronto. The "
     "company's revenue rose 12% last year, Canadian officials said.", "12%", "South Korea"),
])
def test_company_nationality(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# the company's country, from a country opening its proper name
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("LONDON - A London court wound up Vietnam Steel Corporation on Wednesday. The group owes about $2 "
     "billion to lenders in London, its administrators said.", "about $2 billion", "Vietnam"),
    ("SINGAPORE - Trading in Brazil Ports Holdings was halted in Singapore on Friday after its shares "
     "dropped 14%, the Singapore exchange said.", "14%", "Brazil"),
])
def test_company_country_in_name(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# must not fire: an exchange's "X-listed", a country after "of", a body's name, no company figure
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("HONG KONG - Shares in the Hong Kong-listed developer fell 9% on Monday in Hong Kong, the exchange "
     "said.", "9%", "Hong Kong"),
    ("LONDON - Bank of America said on Friday in London that British clients had moved about 3 billion "
     "pounds to Britain's banks.", "about 3 billion", "United Kingdom"),
    ("SINGAPORE - The China Securities Regulatory Commission met Singapore's regulators in Singapore. "
     "Singapore's exchange said turnover rose 6% last month.", "6%", "Singapore"),
    ("BERLIN - A German carmaker is building a plant in Mexico. The plant in Puebla will employ 5,000 "
     "workers, officials in Mexico said.", "5,000", "Mexico"),
    ("DHAKA - A fire gutted a garment factory near Dhaka. The Tata group, which supplies the factory, said it "
     "would pay 50 lakh taka to each family in Bangladesh.", "50 lakh", "Bangladesh"),
    ("KATHMANDU - Smog covered Kathmandu on Sunday. A Swiss company that runs air sensors measured the "
     "city's index at 480, and the company said fine dust had reached 390 micrograms in Nepal.", "480", "Nepal"),
])
def test_company_must_not_fire(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# money counted in a currency word a nationality names is the pledge's giver's (rule 2c)
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Relief for Mozambique is short of money. Australia has pledged 12 million Australian dollars for the "
     "relief effort in Mozambique, officials in Maputo said.", "12 million", "Australia"),
    ("Flood victims in Pakistan still wait for help. Norway promised 40 million Norwegian kroner to the "
     "appeal for Pakistan, the UN said.", "40 million", "Norway"),
])
def test_pledge_in_named_currency(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# a group's own size: the members of a named group that "has" them
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Gunmen attacked a market in Honduras. Los Cachos, which is thought to have around 300 members, "
     "controls the port road.", "around 300", "Los Cachos"),
    ("Police in Ecuador raided a prison on Sunday. Los Lobos has some 8,000 members across the country, "
     "police said.", "some 8,000", "Los Lobos"),
])
def test_group_size(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Teachers in Chile went on strike. The union, which has about 90,000 members in Chile, called the "
     "walkout.", "about 90,000", "Chile"),
    ("Kenya, which has about 400 members in the mission, sent more police to Haiti on Monday, officials in "
     "Nairobi said.", "about 400", "Kenya"),
])
def test_group_size_must_not_fire(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_another_company_after_the_lead_names_no_country(nlp):  # must not fire: a supplier is another company
    text = ("OSLO - The chain's profit fell 8% to 2 billion crowns in the quarter, the company said. "
            "A strike at a Vietnamese supplier had emptied its shelves in May, a spokesman added.")
    assert claim_of(nlp, text, "8%").subject == "Norway"
