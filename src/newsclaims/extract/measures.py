"""The measure of a figure (model.MEASURES), from the counted noun and its governing predicate.

Rules, first that applies:

1. The counted noun names the measure (:data:`NOUNS`): "600 deaths" -> killed, "4,700
   casualties" -> casualties, "refugees" -> displaced; so does a compound ("death toll").
2. The predicates over the figure do (:data:`VERBS`, :data:`ADJECTIVES`): the noun's own
   participle ("soldiers killed in ..."), then the first trigger walking up from the figure,
   together with the verbs conjoined to it that have no subject of their own ("have been
   killed, wounded, or went missing"). Two or more of killed/wounded/missing/captured make
   ``casualties`` ("killed or injured").
3. Sending verbs (send, deploy, dispatch ...) give ``deployed`` for personnel (:data:`PERSONNEL`)
   and ``supplied`` for anything else; delivering verbs (supply, deliver, transfer ...) give
   ``supplied``; nouns of aid ("support", "shipments") on the path count as delivering.
4. Size verbs ("boasting 1.2 million personnel", "has 30,000 troops") give ``other``: an army's
   size is not a deployment.
5. Personnel with no trigger are ``deployed`` ("thousands of troops participated"); anything
   else is ``other`` (kept, so nothing is silently lost).
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import predicate_chain

NOUNS: dict[str, str] = {
    "death": "killed", "fatality": "killed", "dead": "killed", "toll": "killed", "body": "killed",
    "casualty": "casualties", "loss": "casualties",
    "injury": "wounded", "injured": "wounded", "wounded": "wounded",
    "prisoner": "captured", "pow": "captured", "captive": "captured", "hostage": "captured",
    "refugee": "displaced", "evacuee": "displaced", "displacement": "displaced",
    "arrest": "arrested", "detainee": "arrested", "detention": "arrested",
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
}
ADJECTIVES: dict[str, str] = {
    "dead": "killed", "missing": "missing", "injured": "wounded", "wounded": "wounded",
    "homeless": "displaced", "captive": "captured",
}
SENDING = frozenset({"send", "dispatch", "deploy", "transfer", "ship", "move"})
AID_NOUNS = frozenset({"support", "aid", "assistance", "shipment", "delivery", "transfer", "supply"})
SIZE_VERBS = frozenset({"boast", "have", "number", "field", "maintain", "employ", "total"})
PERSONNEL = frozenset(
    "troop soldier laborer labourer worker engineer sapper personnel officer marine fighter "
    "mercenary specialist instructor adviser advisor staff police policeman serviceman "
    "servicemember unit division brigade battalion regiment member volunteer medic crew pilot "
    "force commando guard reservist conscript recruit peacekeeper".split()
)
HARM = ("killed", "wounded", "missing", "captured")


def measure(counted: Token | None, anchor: Token, counted_lemma: str | None) -> str:
    """The measure of the figure at ``anchor`` counting ``counted`` (module docstring rules)."""
    head = (counted_lemma or "").split()[-1] if counted_lemma else None
    if head in NOUNS:
        return NOUNS[head]
    if counted is not None:
        compounds = [NOUNS[c.lemma_.lower()] for c in counted.lefts if c.lemma_.lower() in NOUNS]
        if compounds:
            return compounds[0]
    found = _from_predicates(counted if counted is not None else anchor, head)
    if found:
        return found
    return "deployed" if head in PERSONNEL else "other"


def _from_predicates(token: Token, head: str | None) -> str | None:
    for child in token.children:  # "soldiers killed in Kursk", "people missing"
        if child.dep_ in ("acl", "relcl", "amod") and _trigger(child, head):
            return _combine(child, head)
    for node in predicate_chain(token)[1:]:
        if node.pos_ == "NOUN" and node.lemma_.lower() in AID_NOUNS:
            return "supplied" if head not in PERSONNEL else "deployed"
        if node.pos_ in ("VERB", "AUX", "ADJ") and _trigger(node, head):
            return _combine(node, head)
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SIZE_VERBS:
            return "other"
        for child in node.children:  # "became casualties"
            if child.dep_ in ("attr", "acomp") and child is not token and child.lemma_.lower() in NOUNS:
                return NOUNS[child.lemma_.lower()]
    return None


def _trigger(verb: Token, head: str | None) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in SENDING:
        return "deployed" if head in PERSONNEL else "supplied"
    if lemma in VERBS:
        return VERBS[lemma]
    if verb.lower_ in ADJECTIVES:
        return ADJECTIVES[verb.lower_]
    for child in verb.children:  # "went missing"
        if child.dep_ == "acomp" and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]
    return None


def _combine(verb: Token, head: str | None) -> str:
    """The trigger's measure, or ``casualties`` when subject-sharing conjuncts add other harms."""
    found = {_trigger(verb, head)}
    for conj in verb.conjuncts:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            found.add(_trigger(conj, head))
    harms = found & set(HARM)
    if len(harms) >= 2:
        return "casualties"
    return _trigger(verb, head) or "other"
