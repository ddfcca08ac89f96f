"""The words measures.py reads: nouns, verbs, adjectives and context words of each measure.

Kept apart from the rules (:mod:`.measures`) so that each stays readable; every list says in its
comment what it is for.
"""

from __future__ import annotations

NOUNS: dict[str, str] = {
    "death": "killed", "fatality": "killed", "dead": "killed", "toll": "killed", "body": "killed",
    "victim": "killed", "remains": "killed",  # "72 of the victims were identified", "the remains of 18"
    "casualty": "casualties", "loss": "casualties",
    "injury": "wounded", "injured": "wounded", "wounded": "wounded",
    "prisoner": "captured", "pow": "captured", "captive": "captured", "hostage": "captured",
    "refugee": "displaced", "evacuee": "displaced", "displacement": "displaced", "evacuation": "displaced",
    "arrest": "arrested", "detainee": "arrested", "detention": "arrested", "mortality": "killed",
    "displaced": "displaced", "evacuated": "displaced", "missing": "missing", "supply": "supplied",
    # people sent back to their own country (round 10): "300,000 returnees", "a flight of 120 deportees"
    "returnee": "displaced", "deportee": "displaced", "expellee": "displaced",
    # round 14 (lexicon): "19 abductees", "30 deceased"
    "abductee": "captured", "deceased": "killed",
    # round 21: "It counted 438 kidnappings over three months": each a person taken
    "kidnapping": "captured", "abduction": "captured",
}
VERBS: dict[str, str] = {
    "kill": "killed", "die": "killed", "perish": "killed", "slay": "killed", "murder": "killed",
    "execute": "killed", "drown": "killed",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded", "maim": "wounded",
    "capture": "captured", "surrender": "captured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "jail": "arrested",
    "displace": "displaced", "evacuate": "displaced", "flee": "displaced", "uproot": "displaced",
    "affect": "affected", "strand": "affected",
    "deploy": "deployed", "dispatch": "deployed", "station": "deployed", "participate": "deployed",
    "mobilize": "deployed", "mobilise": "deployed", "arrive": "deployed", "post": "deployed",
    "supply": "supplied", "deliver": "supplied", "provide": "supplied", "transfer": "supplied",
    "ship": "supplied", "export": "supplied", "sell": "supplied", "donate": "supplied", "give": "supplied",
    "join": "deployed", "distribute": "supplied",
    "bury": "killed", "lose": "killed", "resettle": "displaced", "house": "displaced", "shelter": "displaced", "need": "affected", "sleep": "displaced", "abduct": "captured",
    "kidnap": "captured", "trap": "missing", "hospitalise": "wounded", "hospitalize": "wounded",
    "infect": "affected", "sicken": "affected", "administer": "supplied",
    # round 14 (lexicon): killings, stabbings, abductions, stranding and posting in other words
    "massacre": "killed", "slaughter": "killed", "assassinate": "killed", "lynch": "killed", "succumb": "killed",
    "stab": "wounded", "snatch": "captured", "maroon": "affected", "redeploy": "deployed",
}
ADJECTIVES: dict[str, str] = {
    "dead": "killed", "missing": "missing", "injured": "wounded", "wounded": "wounded",
    "homeless": "displaced", "captive": "captured", "displaced": "displaced", "trapped": "missing",
    "unaccounted": "missing", "hospitalised": "wounded", "hospitalized": "wounded",
    "ill": "affected", "sick": "affected", "infected": "affected", "stranded": "affected",
    "malnourished": "affected", "undernourished": "affected", "starving": "affected", "hungry": "affected",
    # round 14 (lexicon): "50 had been slain", "45 kidnapped pupils", "300 arrested", "12 hurt"
    "slain": "killed", "deceased": "killed", "kidnapped": "captured", "abducted": "captured",
    "arrested": "arrested", "detained": "arrested", "hurt": "wounded", "marooned": "affected",
}
#: Round 14 (lexicon): phrasal verbs whose particle makes the measure ("rounded up 300 suspects",
#: "were gunned down"); personnel "drafted in" are deployed (anything else drafted is no deployment).
PHRASAL: dict[tuple[str, str], str] = {
    ("round", "up"): "arrested", ("lock", "up"): "arrested", ("gun", "down"): "killed",
    ("draft", "in"): "deployed", ("bring", "in"): "deployed",
}
#: Round 14 (lexicon): animals, which a phrasal verb of arrest rounds up as no people ("rounded up 300 sheep").
ANIMALS = frozenset({"animal", "livestock", "sheep", "cattle", "cow", "goat", "dog", "cat", "horse", "camel",
                     "pig", "bird", "head", "fish", "minnow", "hen", "chicken"})
#: Round 14 (lexicon): verbs by which people leave their homes ("2,000 families left their homes"),
#: as "lost their homes" (``displaced``).
LEAVING_HOME = frozenset({"lose", "leave", "abandon", "flee", "desert"})
#: Round 14 (lexicon): what a wound fatal beyond its verb says: "stabbed to death", "shot dead".
FATAL_WORDS = frozenset({"dead"})
#: People who are ill: counted so, they are ``affected`` unless the sentence speaks of injuries.
ILLNESS = frozenset({"case", "patient", "infection"})
#: Words that tell an article speaks of illness, so that its "cases" are cases of illness.
ILLNESS_CUES = frozenset({"outbreak", "disease", "virus", "epidemic", "pandemic", "infection", "infect", "infected",
                          "symptom", "illness", "ill", "sick", "vaccine", "vaccination", "vaccinate", "health",
                          "patient", "hospital", "clinic", "contagion", "contagious", "quarantine",
                          # diseases that break out: their name alone says the article speaks of illness
                          "cholera", "measles", "dengue", "malaria", "ebola", "mpox", "covid", "influenza", "flu",
                          "tuberculosis", "typhoid", "diphtheria", "polio", "meningitis", "marburg", "lassa",
                          "zika", "chikungunya", "hepatitis", "anthrax", "plague", "diarrhoea", "diarrhea"})
#: Words that make an article one about an outbreak of a disease (not merely "health officials"):
#: there the hospitalised and those who test positive are ``affected``, and a bare count beside
#: "cases" counts cases.
OUTBREAK_CUES = frozenset({"outbreak", "epidemic", "pandemic", "contagion", "contagious", "cholera", "measles",
                           "dengue", "malaria", "ebola", "mpox", "covid", "influenza", "tuberculosis", "typhoid",
                           "diphtheria", "polio", "meningitis", "marburg", "lassa", "zika", "chikungunya",
                           "hepatitis", "anthrax", "plague"})
#: Words that make an article one about a mass poisoning (round 13): its patients in hospital,
#: critical or discharged are ill, not wounded (``affected``), as an outbreak's are.
POISONING_CUES = frozenset({"poisoning", "poisoned", "methanol", "intoxication", "food-poisoning", "toxin"})
#: Nouns whose modifier names a disease: "a cholera outbreak", "measles vaccine", "dengue cases".
DISEASE_HEADS = frozenset({"outbreak", "epidemic", "case", "vaccine", "vaccination", "infection", "death", "patient"})
#: Words of injury that make a count of patients one of the wounded ("patients with burns").
INJURY_WORDS = frozenset({"injury", "injure", "wound", "burn", "fracture", "trauma", "hurt", "crush"})
#: Nouns of a rate: "a case fatality rate of 2.9%" counts what the rate's compound names.
RATES = frozenset({"rate", "ratio"})
#: What a line or an office receives is no delivery: "the line received 3,100 calls".
MESSAGES = frozenset({"call", "complaint", "application", "request", "message", "letter", "email", "e-mail",
                      "inquiry", "enquiry", "query", "submission", "tip", "vote", "visit", "visitor", "report"})
#: Work stoppages: people "on strike" are counted as taking part (``other``), not as personnel
#: deployed ("65% of station staff were on strike", "members on strike").
STOPPAGES = frozenset({"strike", "walkout", "stoppage"})
#: Nouns of place or cause under the governing verb that tell the measure ("treated for injuries",
#: "in hospital", "spent the night in tents", "among the dead").
CONTEXT: dict[str, str] = {
    "injury": "wounded", "wound": "wounded", "burn": "wounded", "hospital": "wounded", "exhaustion": "wounded",
    "tent": "displaced", "shelter": "displaced", "housing": "displaced", "deployment": "deployed", "camp": "displaced", "gymnasium": "displaced",
    "evacuation": "displaced", "displacement": "displaced", "risk": "affected", "school": "affected",
    "power": "affected", "electricity": "affected", "disease": "affected", "illness": "affected",
    "infection": "affected", "intensive care": "wounded", "critical condition": "wounded", "serious condition": "wounded",
    # conditions that are no injuries (round 3 of issue 14): "treated 900 people for heat stress"
    "stress": "affected", "stroke": "affected", "heatstroke": "affected", "sunstroke": "affected",
    "dehydration": "affected", "poisoning": "affected", "symptom": "affected",
    # wounds named (round 5): "suffered cuts", "had fractures"
    "cut": "wounded", "fracture": "wounded", "bruise": "wounded", "laceration": "wounded",
    # held captive (round 6): "came home from captivity"; people "in need" (round 6)
    "captivity": "captured", "need": "affected",
    # hunger (round 8): "face acute hunger", "in food insecurity", "on the brink of famine"
    "hunger": "affected", "insecurity": "affected", "famine": "affected", "malnutrition": "affected",
    "starvation": "affected",
    # round 14: smoke inhalation is a fire's injury ("13 were treated for smoke inhalation": ``wounded``)
    "inhalation": "wounded",
    # round 14 (lexicon): "taken into custody", "remain in police custody"
    "custody": "arrested",
}
#: Verbs that cut a service off: "power was cut to 5,000 homes" counts those left without it (``affected``).
CUTTING = frozenset({"cut", "shut", "disconnect", "interrupt", "suspend", "lose", "knock"})
#: Verbs by which people have a condition: "had moderate injuries", "suffered burns", "sustained fractures".
HAVING = frozenset({"have", "suffer", "sustain", "receive", "incur", "face"})
#: Conditions a person has (not places or services: "has 3 schools", "have power" are no harm).
CONDITIONS = frozenset({"injury", "wound", "burn", "cut", "fracture", "bruise", "laceration", "exhaustion",
                        "stress", "stroke", "heatstroke", "sunstroke", "dehydration", "poisoning", "symptom",
                        "illness", "disease", "infection", "hunger", "famine", "malnutrition", "starvation",
                        "insecurity"})
SENDING = frozenset({"hand", "send", "dispatch", "deploy", "redeploy", "transfer", "ship", "move", "airlift", "deliver", "allocate",
                     "supply", "provide", "export", "sell", "donate", "give", "distribute", "administer"})
#: Phrasal verbs of sending: the verb with its particle ("handed out 2,400 food packs").
PHRASAL_SENDING = frozenset({("hand", "out"), ("hand", "over"), ("fly", "in"), ("send", "in"), ("give", "out"), ("ship", "in")})
#: Sending verbs that place one's own assets rather than deliver them to someone.
POSTING = frozenset({"deploy", "dispatch", "station", "move", "mobilize", "mobilise", "post", "redeploy"})
#: Verbs whose subject undergoes them: "75,000 troops died", "46,000 people fled".
INTRANSITIVE = frozenset({"die", "perish", "drown", "flee", "arrive", "participate", "surrender",
                          "need", "go", "remain", "stay", "sleep", "join",
                          "succumb", "shelter"})  # round 14: "ten succumbed", "9,000 are sheltering in schools"
#: Verbs of arriving or joining: they deploy personnel; anything else that arrives is ``other``
#: ("300 personnel have joined the search" vs "nine vessels have joined").
ARRIVING = frozenset({"arrive", "join", "participate"})
#: Verbs of going somewhere: personnel who go "to" a place are deployed.
GOING = frozenset({"go", "travel", "head"})
#: Verbs of receiving: what one side receives the other sent.
RECEIVING = frozenset({"receive", "obtain", "accept"})
#: Verbs a figure's clause may pass through on the way to its trigger ("X became casualties").
LIGHT = frozenset({"be", "become", "remain", "include", "suffer", "sustain", "incur", "reach", "stand",
                   "rise", "climb", "total", "put", "place", "list", "register", "record", "count"})
#: Prepositions a figure may sit under and still be what the verb is about ("supplied Moscow with ...").
PASSING_PREPS = frozenset({"of", "with", "including", "among", "as", "like"})
AID_NOUNS = frozenset({"support", "aid", "assistance", "shipment", "delivery", "transfer", "supply"})
SIZE_VERBS = frozenset({"boast", "have", "number", "field", "maintain", "employ"})
PERSONNEL = frozenset(
    "troop soldier laborer labourer worker engineer sapper personnel officer marine fighter "
    "mercenary specialist instructor adviser advisor staff police policeman serviceman "
    "servicemember unit division brigade battalion regiment member volunteer medic crew pilot "
    "force commando guard reservist conscript recruit peacekeeper firefighter rescuer responder "
    "team paramedic builder monitor observer doctor nurse surgeon diver searcher "
    "gendarme paratrooper trooper".split()  # round 20: gendarmes
)
#: Weapons and munitions: counted with no verb of their own, they are supplies (measures rule 9).
MATERIEL = frozenset({"shell", "round", "missile", "rocket", "munition", "ammunition", "drone", "howitzer",
                      "launcher", "tank", "artillery piece", "weapon", "rifle", "grenade", "bullet", "cartridge"})
#: Nouns and verbs of a purpose phrase after the counted noun: "for deployment", "to deploy".
PURPOSE_NOUNS = frozenset({"deployment", "dispatch", "delivery", "shipment", "transfer"})
HARM = ("killed", "wounded", "missing", "captured")
#: Verbs that make their object a captive: "taken prisoner", "held hostage".
TAKING = frozenset({"take", "hold", "keep", "seize"})
RELEASE = frozenset({"free", "release", "rescue", "exchange", "repatriate", "return", "swap"})
#: Words that tell an article speaks of people held captive: in it, people freed, exchanged,
#: brought home or come home are a count of captives (``captured``; measures rule 4c).
CAPTIVITY_CUES = frozenset({"prisoner", "captive", "captivity", "hostage", "pow", "detainee", "swap"})
#: Words that make an article one about a kidnapping (round 14): in it, people taken, seized, held,
#: led away, left with the kidnappers, or who escaped or were freed are captives (``captured``).
#: Not "ransom" alone: a ransomware attack asks one too.
ABDUCTION_CUES = frozenset({"kidnap", "kidnapping", "kidnapper", "kidnapped", "abduct", "abduction", "abducted",
                            "abductor", "abductee"})
#: Verbs that take people captive in such an article: "187 were taken from the school", "seized 15
#: pupils", "were still being held"; "lead", "march", "carry", "drag" only with "away", "off" or "into".
CAPTURING = frozenset({"take", "seize", "snatch", "grab", "hold", "abduct", "kidnap"})
CAPTURING_WITH = frozenset({"lead", "march", "carry", "drag", "herd", "whisk", "spirit"})
#: Verbs by which captives get away: "25 escaped", "had slipped away from the gang".
ESCAPING = frozenset({"escape", "slip", "break", "flee", "run"})
#: Those who hold captives: people "left with the kidnappers" are still held.
CAPTORS = frozenset({"kidnapper", "abductor", "captor", "gang", "bandit", "gunman", "insurgent", "militant",
                     "jihadist", "abductors", "kidnappers"})
#: People who may be counted as taken captive (besides :data:`CIVILIANS`).
CAPTIVE_PEOPLE = frozenset({"schoolgirl", "schoolboy", "schoolchild", "classmate", "teacher", "worker", "farmer",
                            "traveller", "traveler", "staff", "member", "hostage", "victim", "people", "son",
                            "daughter", "relative", "brother", "sister", "husband", "wife"})
#: Verbs and adverbs of coming home: "came home", "are back home", "brought back".
HOMECOMING = frozenset({"home", "back"})
#: Things a harm verb may govern that are no people: their count is ``other`` ("burying two buses").
THINGS = frozenset({"house", "home", "building", "bus", "car", "vehicle", "truck", "boat", "vessel", "road",
                    "bridge", "school", "shop", "village", "hectare", "acre", "livestock", "animal", "species"})
#: What people lose when they are displaced: "lost their homes" (not their lives).
HOMES = frozenset({"home", "house", "dwelling", "shelter", "housing"})
#: Containers of a count: "the number of dead", "the list of the missing" count people so.
CONTAINERS = frozenset({"number", "count", "figure", "total", "tally", "list", "toll"})
#: What buries people still being looked for: "may still lie under the debris" is ``missing``.
RUBBLE = frozenset({"rubble", "debris", "mud", "wreckage", "ruins", "ruin", "earth",
                    "concrete", "masonry"})  # round 16: "still under the concrete"
#: Vehicles and machines of a response: what is needed of them, like personnel, is ``deployed``
#: ("15 fire engines were needed to bring the blaze under control").
RESPONSE_MACHINES = frozenset({"engine", "ambulance", "bowser", "tender", "helicopter", "bulldozer", "excavator",
                               "crane", "pump", "appliance"})
#: Participles of a place struck by a disaster: people living "in areas hit" by it are ``affected``
#: ("884,000 people live in districts affected by the floods", round 6).
STRICKEN = frozenset({"hit", "affect", "strike", "flood", "devastate", "damage", "ravage", "inundate"})
#: Goods named for the harmed: "6,000 body bags", "injury kits" are supplies, not deaths (round 6).
GOODS = frozenset({"bag", "kit", "coffin", "pack", "bandage", "stretcher", "shroud"})
#: Verbs of sending that place a response's machines at a scene: fire engines and ambulances
#: "sent" or "dispatched" are ``deployed`` with their crews (round 6).
SCENE_SENDING = frozenset({"send", "dispatch", "deploy", "mobilize", "mobilise", "rush"})
#: Verbs of carrying goods: a mass of goods flown, trucked or carried in is ``supplied``
#: ("flew 29 tonnes of medicines into the city", round 6); not "carry": a vehicle carrying its load
#: ("a plane carrying 125,000 litres of fuel") delivers nothing.
CARRYING = frozenset({"fly", "airlift", "truck", "bring", "ferry", "airdrop"})
#: Verbs by which the dead of a fronted group are identified: "Of the dead, 140 have been
#: identified" counts dead people (round 6).
IDENTIFYING = frozenset({"identify", "name", "confirm", "recover", "find"})
#: The floor of a body of water: people "at the bottom of the sea", "on the seabed" are ``missing``.
SEABED = frozenset({"bottom", "seabed", "seafloor", "riverbed", "lakebed"})
#: Symptoms: people reporting or describing them are ``affected`` ("describing headaches or nausea").
SYMPTOMS = frozenset({"nausea", "headache", "dizziness", "vomiting", "fever", "cough", "rash", "fatigue",
                      "tinnitus", "ringing", "breathlessness", "numbness", "palpitation", "insomnia",
                      "diarrhoea", "diarrhea", "pain", "itching", "blurred", "faint", "fainting"})
#: Verbs by which people tell of symptoms ("describing", "reporting", "complaining of").
SYMPTOM_VERBS = frozenset({"describe", "report", "complain", "suffer", "experience", "develop", "cite", "mention"})
#: Words that deny a degree of harm beside it: "hurt, none of them fatally", "not fatally".
DENIALS = frozenset({"none", "no", "not", "neither", "never", "n't"})
#: Units of goods: "12 tonnes of medical supplies" counts supplies (see counted.py).
MASS_UNITS = frozenset({"t", "kg", "l", "barrel"})
#: Verbs of moving people out of where they live: with a place (:data:`PLACES`) after "out of",
#: "from" or "away from", the people moved are ``displaced`` ("moved out of coastal areas").
MOVING = frozenset({"move", "relocate", "resettle", "shift", "bus", "ferry", "airlift", "order", "force", "drive"})
#: Places people live in, left when they are moved out.
PLACES = frozenset({"home", "house", "village", "area", "zone", "region", "district", "town", "city", "coast",
                    "island", "neighbourhood", "neighborhood", "community", "settlement", "valley", "province",
                    "lowland", "riverbank", "hillside", "slum", "camp", "floodplain", "shore", "coastline"})
#: Verbs of searching: people searched "for" are ``missing`` ("still searching for about 65 villagers").
SEARCHING = frozenset({"search", "hunt", "comb", "dig", "scour", "trawl"})
#: People searched for who are wanted, not missing ("police searched for three suspects").
WANTED = frozenset({"suspect", "gunman", "attacker", "fugitive", "perpetrator", "assailant", "militant", "escapee"})
#: Forces of nature and accidents: what they "send" somewhere is no delivery ("the wave hit the
#: harbour, sending boats onto the quay").
HAZARDS = frozenset({"storm", "typhoon", "hurricane", "cyclone", "flood", "floodwater", "water", "wave", "tsunami",
                     "quake", "earthquake", "tremor", "landslide", "mudslide", "avalanche", "blast", "explosion",
                     "fire", "blaze", "wildfire", "wind", "gust", "rain", "river", "torrent", "collision", "crash",
                     "wall", "roof", "tower", "crane", "slope", "hillside"})
#: Verbs of collapse and impact: a participle clause of sending after them tells a result.
HAPPENINGS = frozenset({"collapse", "crumble", "cave", "give", "topple", "overturn", "burst", "explode",
                        "derail", "capsize", "crash", "slam", "slide", "tumble", "erupt", "sweep", "strike", "hit"})
#: A workforce counted where it works or belongs: not deployed unless a verb sends it ("143
#: workers were inside the plant", "228 passengers and 18 crew", "union members").
WORKFORCE = frozenset({"worker", "crew", "staff", "employee", "labourer", "laborer", "member", "miner", "pilot"})
#: The work of a response: personnel doing it are deployed ("firefighters battled the blaze").
WORK_VERBS = frozenset({"clear", "search", "fight", "battle", "patrol", "guard", "help", "assist", "rescue", "dig",
                        "comb", "repair", "restore", "secure", "tackle", "douse", "contain", "extinguish",
                        "evacuate", "cordon", "man", "staff", "work", "scour"})
#: What people who flee seek: "sought shelter", "took refuge" (``displaced``).
REFUGE = frozenset({"shelter", "refuge", "sanctuary"})
#: People who are no personnel: sent, moved or transferred, they are not supplies (measures rule 5,
#: round 9: "2,500 people were transferred to Sicily" is ``other``; forced from home, ``displaced``).
CIVILIANS = frozenset({"person", "civilian", "resident", "villager", "child", "woman", "man", "family", "passenger",
                       "student", "pupil", "migrant", "tourist", "pilgrim", "patient", "inhabitant", "citizen",
                       "national", "household", "minor", "orphan", "survivor", "applicant", "boy", "girl", "baby",
                       # round 16: people of a court or a gathering ("the 12 jurors and 12 alternates were sent home")
                       "juror", "alternate", "witness", "defendant", "delegate", "spectator", "guest", "candidate"})
#: Verbs of selling: what is sold is a delivery only when it is materiel or goes "to" a buyer.
SELLING = frozenset({"sell", "resell"})
#: Prepositions of a target: weapons sent "at", "toward" or "against" it are fired, not delivered.
AIMING = frozenset({"at", "toward", "towards", "against"})
#: Words that make an article one about people returned, deported or expelled to their own country
#: (round 10): there, people who come back, cross or arrive are ``displaced`` (measures rule 8f).
#: Not "return" or "repatriate" alone: prisoners and bodies are returned and repatriated too.
MIGRATION_CUES = frozenset({"deport", "deportation", "deportee", "returnee", "expel", "expulsion", "expellee"})
#: Verbs of being sent or coming back across a border, in such an article (measures rule 8f).
RETURNING = frozenset({"return", "deport", "expel", "repatriate", "cross", "arrive", "pour", "flee", "leave", "enter"})
#: Verbs that return people only with a particle or adverb of return: "came back", "sent home",
#: "forced out", "pushed back", "went home".
RETURNING_WITH = frozenset({"come", "go", "send", "force", "push", "bring", "drive", "take"})
#: The particles and adverbs of those verbs.
BACKWARDS = frozenset({"back", "home", "out", "over"})
#: Nouns of the movement itself, counted in such an article: "returns slowed to 9,000 a day",
#: "arrivals averaged 19,000".
RETURN_NOUNS = frozenset({"return", "arrival", "crossing", "deportation", "expulsion",
                          "exodus", "influx", "outflow"})  # round 16: "Karabakh exodus passes 100,000"
#: Words that make an article one about a refugee flight (round 16): there, as in an article about
#: returns (:data:`MIGRATION_CUES`), people who cross, arrive, leave or flee are ``displaced``, and so are
#: people registered, placed or housed on arrival (:data:`RECEIVING_ARRIVALS`).
FLIGHT_CUES = frozenset({"refugee", "exodus", "asylum", "fled", "influx", "migrant"})  # round 27: "migrant"
#: Verbs of going away that count people leaving only in such an article (round 16): "84% of its people have gone".
FLIGHT_VERBS = frozenset({"go", "escape"})
#: Verbs by which a host country takes in people who fled (round 16): "50,866 had been registered",
#: "it had placed 4,002 people", "housed in provinces".
RECEIVING_ARRIVALS = frozenset({"register", "place", "house", "accommodate", "lodge", "settle", "resettle",
                                "relocate", "rehouse", "shelter"})
#: People whose coming back is no forced migration: "tourists returning", "soldiers coming home".
TRAVELLERS = frozenset({"tourist", "visitor", "pilgrim", "passenger", "traveller", "traveler", "holidaymaker",
                        "diplomat", "player", "athlete", "fan", "student"})
#: What people are given that makes them people in need (round 10): "handed out food to 300,000
#: returnees", "gave medical care to 796 people" count the ``affected``.
CARE = frozenset({"food", "care", "aid", "assistance", "treatment", "meal", "ration", "water", "help", "cash"})
#: Verbs by which a donor gives money (round 10): "announced $10 million for Jamaica", "released $4
#: million from its emergency fund for Haiti", "pledged $50 million for the flood zone".
GRANTING = frozenset({"announce", "release", "pledge", "give", "donate", "provide", "allocate", "grant", "disburse",
                      "contribute", "send", "approve", "commit", "earmark", "authorize", "authorise"})
#: Nouns of money given: a figure that is their level is aid ("bringing its aid to $37 million").
AID_MONEY = frozenset({"aid", "assistance", "donation", "grant", "contribution", "pledge"})
#: Services people can be left without (round 10): "77% of the island had no electricity".
SERVICES = frozenset({"power", "electricity", "water", "internet", "connectivity", "phone", "signal", "gas",
                      "heating", "service"})
#: Verbs that with "off" cut people or places off (round 10): "customers cut off", "communities cut off".
CUTTING_OFF = frozenset({"cut", "seal"})
#: Words that make an article one about a data breach (round 10): there, people, records and
#: notices counted are those whose data was taken, ``affected`` (measures rule 8g).
BREACH_CUES = frozenset({"breach", "hack", "hacker", "ransomware", "cyberattack", "cyber-attack", "data-breach"})
#: What a breach's count counts: people, their records, the notices sent to them.
BREACHED = frozenset({"person", "individual", "record", "notice", "patient", "customer", "user", "account",
                      "american", "member", "consumer", "client", "policyholder"})
