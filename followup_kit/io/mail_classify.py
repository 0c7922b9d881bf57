"""What a recruiter's mail says: acknowledgement, interview request, information request,
rejection, offer or other, with a confidence.

Precision comes first (issue 12): a false rejection cancels the user's chase-ups, so it is
worse than a missed one.  Phrases come in two tiers per kind and language (English, French,
German, Spanish):

* **strong** phrases say the thing outright ("we have decided to move forward with other
  candidates", "votre candidature n'a pas été retenue", "wir haben uns für einen anderen
  Bewerber entschieden", "hemos decidido continuar con otros candidatos");
* **weak** phrases often mean it but also appear elsewhere ("we regret to inform you" about a
  flight, "not moving forward" with an office move, "leider").  A weak-only match is never
  applied: it goes to the review list, and only when the mail is about a job at all.

A strong phrase inside a condition ("if we decide not to move forward...", "si votre
candidature n'est pas retenue") counts as weak.  When two strong kinds disagree (an offer
and a rejection) the mail goes to review.  Matching is done on casefolded text without
accents, so "écrit", "ecrit" and "ÉCRIT" are one word.

Examples
--------
>>> c = classify("Your application", "Thank you for your interest. Unfortunately we have decided "
...              "to move forward with other candidates.")
>>> c.kind, c.confidence >= APPLY_CONFIDENCE
('rejection', True)
>>> classify("Flight AB123", "We regret to inform you that your flight is cancelled.").kind
'other'
>>> c = classify("Re: Data Analyst", "We regret to inform you about the role.")
>>> c.kind, c.confidence >= APPLY_CONFIDENCE
('rejection', False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: A classification at or above this confidence is applied to the tracker; below it the mail
#: goes to review.  Strong phrases score :data:`STRONG_CONFIDENCE`, weak ones
#: :data:`WEAK_CONFIDENCE`, so only strong phrases are applied (issue 12: "apply only what the
#: kit is confident about").  Measured on the labelled corpus by benchmarks/bench_mail_classifier.py.
APPLY_CONFIDENCE = 0.8
#: Confidence of a kind stated by a strong phrase of its tier.
STRONG_CONFIDENCE = 0.9
#: Added when the subject line agrees with the body (e.g. "Offer letter" and an offer phrase).
SUBJECT_BONUS = 0.05
#: Confidence of a kind supported only by weak phrases (below APPLY_CONFIDENCE: review).
WEAK_CONFIDENCE = 0.5
#: Confidence when strong phrases of two kinds disagree (an offer and a rejection): review.
CONFLICT_CONFIDENCE = 0.45
#: Confidence of "other" (nothing recognised): such mail is never evidence.
OTHER_CONFIDENCE = 0.5
#: Characters of the body (the sender's own words, quotes already cut) the phrases are looked
#: for in.  A recruiter states the decision in the first paragraphs: 5 000 characters is about
#: 800 words, and bounds the work of some hundred patterns on a long newsletter.
CLASSIFY_CHARS = 5_000
#: Characters before a strong phrase searched for a condition word ("if", "si", "falls", ...).
CONDITION_WINDOW = 40

# Strong kinds in order of precedence: an offer mail may also mention a call, a rejection
# thanks you for applying, an interview request asks for your availability.
_PRECEDENCE = ("offer", "rejection", "interview_request", "information_request", "acknowledgement")
# Strong pairs that disagree (the others are ordinary company: see _PRECEDENCE).
_CONFLICTS = {frozenset({"offer", "rejection"}), frozenset({"rejection", "interview_request"})}


class _Phrase:
    """A compiled phrase whose leading ``\\b`` is checked in Python instead of by ``re``.

    With ``\\b`` first, ``re`` cannot use its fast scan for the phrase's first letters and
    tries the pattern at every position: some 50 times slower on a long mail.  ``search``
    returns the first match that starts at a word boundary (the same result as the pattern
    with its ``\\b``).
    """

    __slots__ = ("_bounded", "_regex", "pattern")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._bounded = pattern.startswith(r"\b")
        self._regex = re.compile(pattern[2:] if self._bounded else pattern)

    def search(self, text: str) -> re.Match | None:
        pos = 0
        while (m := self._regex.search(text, pos)) is not None:
            start = m.start()
            if not self._bounded or start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return m
            pos = start + 1
        return None


def _rx(*patterns: str) -> tuple[_Phrase, ...]:
    return tuple(_Phrase(p) for p in patterns)


# Written against casefolded text without accents (see _normalise), words separated by one space.
STRONG: dict[str, tuple[_Phrase, ...]] = {
    "rejection": _rx(
        # English
        r"\b(?:have|'ve|has) decided (?:not to|to not) (?:move|proceed|progress|pursue|continue|advance|go ahead)",
        r"\bdecided to (?:move forward|proceed|go|continue|progress|pursue) with (?:other|another|a different) "
        r"(?:candidate|applicant|profile)",
        r"\b(?:we are|we're|we will be|we'll be|we have been) (?:moving|going) forward with (?:other|another) "
        r"(?:candidate|applicant)",
        r"\b(?:will not|won't|are not|aren't|not) (?:be )?(?:moving forward|proceeding|progressing) with your "
        r"(?:application|candidacy)",
        r"\bnot (?:to )?(?:move|proceed|progress) (?:forward )?with your (?:application|candidacy)",
        r"\b(?:position|role|vacancy) has (?:now )?been filled\b",
        r"\byou (?:were|have not been|haven't been|are not|weren't) (?:not )?(?:selected|successful|shortlisted)\b",
        r"\byour application (?:was|has been|has not been) (?:unsuccessful|declined|rejected)\b",
        r"\b(?:unable|not able) to offer you (?:the|a|this) (?:position|role|job)\b",
        r"\bdecided not to progress\b",
        r"\b(?:decided|chosen|opted) to pursue (?:other|another|different) (?:candidate|applicant)",
        r"\b(?:unable|not able) to (?:move|proceed|progress) (?:forward )?with your (?:application|candidacy)",
        r"\b(?:have|'ve|has) (?:chosen|opted) to (?:move forward|proceed|go|continue) with (?:other|another) "
        r"(?:candidate|applicant)",
        r"\bmove forward with (?:other |another )?candidates? (?:who|whose|that)\b",
        r"\b(?:not|won't|will not) (?:be )?(?:moving|going) forward with you\b",
        r"\b(?:cannot|can't|will not|won't|unable to|not able to) take (?:it|this|your application|your candidacy) "
        r"(?:any )?further\b",
        r"\bgo(?:ne)? with (?:another|a different|other) candidate",
        # French
        r"\bne (?:pouvons|pourrons) (?:pas )?(?:y )?donner (?:une )?suite (?:favorable )?a votre candidature",
        r"\bne pas donner suite a votre candidature",
        r"\bvotre candidature n'a pas (?:ete|pu etre) retenue",
        r"\b(?:n'avez|n'a) pas ete retenu",
        r"\bavons (?:decide|choisi) de (?:poursuivre|continuer|retenir) (?:avec |le processus avec )?"
        r"(?:un autre|une autre|d'autres) (?:candidat|profil)",
        r"\ble poste (?:a|est) (?:deja )?(?:ete )?pourvu",
        r"\bavons (?:retenu|choisi|selectionne) (?:un autre|une autre|d'autres) (?:candidat|profil|candidature)",
        r"\bne (?:donnerons|pourrons donner|pouvons donner) pas (?:de )?suite",
        # German
        r"\b(?:fur|mit) (?:einen|eine|einem|einer) (?:anderen|andere) (?:kandidat|bewerber|person|profil)",
        r"\bnicht (?:weiter )?(?:berucksichtigen|berucksichtigt)\b",
        r"\bnicht in die (?:engere|nachste) (?:wahl|runde)",
        r"\bstelle (?:wurde|ist) (?:bereits |inzwischen )?(?:besetzt|vergeben)",
        r"\b(?:ihnen|dir) (?:leider )?(?:eine )?absage (?:erteilen|geben|mitteilen)",
        r"\bkeine positive (?:ruckmeldung|nachricht)",
        r"\bkeine zusage (?:geben|machen|erteilen)",
        # Spanish
        r"\bno (?:has|ha) sido (?:seleccionad|preseleccionad)",
        r"\b(?:hemos|han) decidido (?:continuar|seguir|avanzar|avanzar el proceso) con (?:otros?|otras?) "
        r"(?:candidat|perfil)",
        r"\bel puesto (?:ya )?(?:ha sido|fue|esta) (?:cubierto|ocupado)",
        r"\bno (?:continuaremos|seguiremos|avanzaremos) con tu (?:candidatura|solicitud|proceso)",
        r"\btu candidatura no (?:ha sido|fue) (?:seleccionada|aceptada)",
        r"\b(?:hemos|han) decidido (?:seguir adelante|continuar el proceso) con (?:otros?|otras?) (?:candidat|perfil)",
        r"\bno (?:podemos|vamos a|podremos) (?:continuar|seguir|avanzar) con tu (?:candidatura|solicitud|proceso)",
    ),
    "offer": _rx(
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:extend|offer|make|present|send)"
        r"(?: you)?(?: with)? (?:an|a|the|our|your)(?: formal| written| official)? (?:job )?offer",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to offer you the (?:position|role|job)",
        r"\b(?:your|the|an|our) (?:formal |written |official )?offer (?:letter|of employment|package)\b",
        r"\boffer of employment\b",
        r"\b(?:would|we'd) (?:like|love) to (?:offer|extend) you (?:the|a|an|this|our) (?:position|role|job|offer)",
        r"\b(?:review and sign|please sign|sign your|signature on) (?:your |the )?(?:offer|employment contract)",
        r"\boffer letter\b.{0,80}\b(?:sign|signature|docusign)",
        r"\bsign\b.{0,40}\boffer letter\b",
        # French
        r"\b(?:heureux|heureuse|ravis|ravie|plaisir) de vous (?:proposer|faire|offrir|adresser|transmettre) "
        r"(?:une |notre |la |le )?(?:offre|proposition|promesse|poste)",
        r"\bpromesse d'embauche\b",
        r"\bproposition (?:d'embauche|de contrat|d'emploi)\b",
        r"\blettre d'offre\b",
        # German
        r"\b(?:freuen|freue) (?:uns|mich),? (?:ihnen|dir) (?:ein |das |unser )?(?:vertragsangebot|angebot|jobangebot|"
        r"stellenangebot)",
        r"\b(?:freuen|freue) (?:uns|mich),? (?:ihnen|dir) die (?:stelle|position) anzubieten",
        r"\bvertragsangebot\b",
        r"\barbeitsvertrag zur unterschrift\b",
        # Spanish
        r"\b(?:nos complace|encantados de|es un placer|nos alegra) (?:ofrecerte|ofrecerle|hacerte|hacerle|"
        r"enviarte|enviarle|presentarte)",
        r"\bcarta (?:de )?oferta\b",
        r"\boferta (?:formal|de empleo formal|laboral formal)\b",
    ),
    "interview_request": _rx(
        r"\b(?:would|we'd|i'd) (?:like|love) to (?:invite you|schedule|set up|arrange|book)",
        r"\b(?:invite|inviting) you (?:to|for) (?:an?|the|our|your)? ?(?:first |second |final |next |technical |"
        r"onsite |on-site |video |phone )?(?:interview|call|conversation|chat|screen|round|meeting)",
        r"\b(?:would|we'd|i'd) (?:like|love) to (?:speak|talk|chat|meet) (?:with )?you\b",
        r"\b(?:calendly\.com|goodtime\.io|cal\.com|youcanbook\.me|modernloop\.io)/",
        r"\b(?:please )?(?:use|choose|pick|select|book) (?:a |your |the )?(?:time|slot|time slot|date)s?\b.{0,60}"
        r"\b(?:interview|call|link|below|suits|works)",
        r"\bschedule (?:your|an|the) (?:interview|call|chat)\b.{0,60}\b(?:link|below|here)",
        # French
        r"\b(?:souhaiterions|aimerions|souhaitons) (?:vous )?(?:rencontrer|vous rencontrer|convenir|organiser|planifier|"
        r"echanger|vous inviter)",
        r"\bvous (?:inviter|convier) a (?:un|une) (?:entretien|echange|rencontre)",
        r"\bconvenir d'un (?:creneau|rendez-vous|entretien)",
        # German
        r"\b(?:laden|mochten) (?:sie|dich) (?:gerne )?(?:zu einem|zum|zu einem personlichen|zu einem ersten) "
        r"(?:vorstellungsgesprach|kennenlerngesprach|gesprach|interview|telefonat)",
        r"\beinladung zu(?:m| einem) (?:vorstellungsgesprach|kennenlerngesprach|gesprach|interview)",
        r"\b(?:termin|gesprach) (?:mit ihnen )?vereinbaren\b",
        # Spanish
        r"\b(?:nos gustaria|queremos|quisieramos) (?:invitarte|invitarle|agendar|programar|coordinar|conocerte|"
        r"conocerle|tener una)",
        r"\b(?:agendar|programar|coordinar) (?:una )?(?:entrevista|llamada|reunion|videollamada)",
    ),
    "information_request": _rx(
        r"\b(?:could|can|would) you (?:please )?(?:send|share|provide|confirm|forward|let (?:us|me) know)",
        r"\bplease (?:send|share|provide|confirm|forward) (?:us |me )?(?:your|a copy|the|some)",
        r"\bwhat (?:is|are|would be) your (?:salary|notice|availability|expected|current)",
        r"\b(?:when|which days) (?:would|could|will) you be available\b",
        r"\blet (?:us|me) know your availability\b",
        # French
        r"\bpourriez-vous (?:nous |me )?(?:envoyer|transmettre|indiquer|confirmer|communiquer|faire parvenir)",
        r"\bmerci de (?:nous |me )?(?:transmettre|envoyer|indiquer|communiquer|faire parvenir)",
        r"\b(?:vos|tes) disponibilites\b",
        # German
        r"\b(?:konnten|konnen|wurden) sie uns .{0,60}(?:senden|schicken|mitteilen|zukommen lassen|nennen)",
        r"\b(?:bitte|gerne) (?:senden|schicken|teilen) sie uns\b",
        r"\bihre (?:verfugbarkeit|gehaltsvorstellung|kundigungsfrist)\b",
        # Spanish
        r"\b(?:podrias|podria|puedes|puede) (?:enviarnos|enviarme|indicarnos|confirmarnos|compartir|mandarnos)",
        r"\b(?:tu|su) disponibilidad\b",
        r"\bexpectativas salariales\b",
    ),
    "acknowledgement": _rx(
        r"\b(?:we have|we've) (?:successfully )?received your application",
        r"\b(?:thank you|thanks) for (?:your )?(?:applying|application|submitting your application)",
        r"\byour application (?:has been|was) (?:successfully )?(?:received|submitted)",
        r"\bapplication (?:received|confirmation)\b",
        # French
        r"\bnous avons bien recu votre candidature",
        r"\bmerci (?:pour|de) votre candidature",
        r"\baccuse de reception\b",
        # German
        r"\b(?:vielen )?dank fur (?:ihre|deine) bewerbung",
        r"\bbewerbung (?:ist|wurde) .{0,30}eingegangen",
        r"\beingangsbestatigung\b",
        # Spanish
        r"\bhemos recibido (?:tu|su) (?:solicitud|candidatura|aplicacion)",
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulacion|interes)",
    ),
}

WEAK: dict[str, tuple[_Phrase, ...]] = {
    "rejection": _rx(
        r"\bwe regret\b",
        r"\bregret to inform\b",
        r"\bnot (?:be )?moving forward\b",
        r"\bunfortunately\b",
        r"\bother candidates\b",
        r"\bunsuccessful\b",
        r"\bnot selected\b",
        r"\bmalheureusement\b",
        r"\bnous regrettons\b",
        r"\bsuite defavorable\b",
        r"\bpas retenue?\b",
        r"\bleider\b",
        r"\babsage\b",
        r"\bbedauern\b",
        r"\blamentablemente\b",
        r"\blamentamos\b",
        r"\bno ha sido posible\b",
    ),
    "offer": _rx(
        r"\boffer\b",
        r"\bcompensation package\b",
        r"\bstart date\b",
        r"\boffre\b",
        r"\bangebot\b",
        r"\bzusage\b",
        r"\boferta\b",
    ),
    "interview_request": _rx(
        r"\binterview\b",
        r"\bentretien\b",
        r"\bvorstellungsgesprach\b",
        r"\bentrevista\b",
        r"\bnext steps?\b",
        r"\bprochaine etape\b",
        r"\bnachste(?:n)? schritt",
        r"\bsiguiente paso\b",
    ),
    "information_request": _rx(
        r"\bavailability\b",
        r"\breferences\b",
        r"\bportfolio\b",
        r"\bnotice period\b",
        r"\bdisponibilite",
        r"\bverfugbarkeit\b",
        r"\bdisponibilidad\b",
    ),
    "acknowledgement": _rx(
        r"\bthank you for your interest\b",
        r"\bwe will review\b",
        r"\bnous reviendrons vers vous\b",
        r"\bwir melden uns\b",
        r"\bnos pondremos en contacto\b",
    ),
}

#: Words that make a mail about a job search at all; weak phrases count only when one is there.
JOB_WORDS = _Phrase(
    r"\b(?:application|applied|candidate|candidacy|position|role|vacancy|interview|recruit\w*|hiring|job|offer|"
    r"candidature|candidat\w*|poste|entretien|recrutement|embauche|"
    r"bewerbung|bewerber\w*|stelle|position|vorstellungsgesprach|einstellung|"
    r"candidatura|candidat[oa]s?|puesto|vacante|entrevista|seleccion|proceso)\b"
)

#: Words of other trades where "we regret", "not moving forward" and "unfortunately" are common:
#: travel, orders, offices and events.  A weak phrase next to one of them means nothing here.
OTHER_CONTEXT = _Phrase(
    r"\b(?:flight|boarding|airline|booking|reservation|hotel|parcel|delivery|order|shipment|refund|ticket|webinar|"
    r"office move|move to (?:the )?new office|relocation of (?:our|the) office|renovation|subscription|"
    r"vol|reservation|colis|livraison|commande|demenagement|"
    r"flug|buchung|lieferung|bestellung|umzug|"
    r"vuelo|reserva|pedido|envio|mudanza)\b"
)

_CONDITION = re.compile(r"\b(?:if|should|in case|unless|whether|si|au cas|falls|wenn|sollten?|en caso|caso de que)\b")

_SUBJECT_HINTS: dict[str, re.Pattern] = {
    "offer": re.compile(r"\b(?:offer|offre|angebot|oferta|promesse|vertrag|contrat|contrato)\b"),
    "rejection": re.compile(
        r"\b(?:update|status|decision|your application|votre candidature|ihre bewerbung|"
        r"tu candidatura|absage|reponse)\b"
    ),
    "interview_request": re.compile(
        r"\b(?:interview|entretien|gesprach|entrevista|invitation|einladung|"
        r"invitacion|schedule|next steps?)\b"
    ),
    "information_request": re.compile(r"\b(?:question|request|documents?|references?|unterlagen|documentos?)\b"),
    "acknowledgement": re.compile(r"\b(?:received|confirmation|recue|eingang|eingangsbestatigung|recibida)\b"),
}


@dataclass(frozen=True)
class Classification:
    """The kind of a mail, a confidence between 0 and 1, and the phrase that decided it."""

    kind: str
    confidence: float
    reason: str

    @property
    def confident(self) -> bool:
        """True when the kit applies this classification without asking."""
        return self.confidence >= APPLY_CONFIDENCE


def _normalise(text: str) -> str:
    """Casefolded, accents and other non-ASCII marks dropped, one space between words."""
    text = text.casefold().replace("ß", "ss").replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.split())


def _hits(patterns, text: str) -> list[re.Match]:
    return [m for p in patterns if (m := p.search(text)) is not None]


def _conditional(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - CONDITION_WINDOW) : match.start()]
    # only the clause the phrase is in: stop at the last sentence end
    before = re.split(r"[.!?;:]", before)[-1]
    return _CONDITION.search(before) is not None


def classify(subject: str, text: str) -> Classification:
    """Say what a mail is from its subject and body text (the sender's own words).

    Parameters
    ----------
    subject : str
        The decoded subject line.
    text : str
        The body text, quoted replies already cut (see :func:`~followup_kit.io.mail_text.own_words`).

    Returns
    -------
    Classification
        ``kind`` is one of :data:`~followup_kit.vocabulary.MAIL_KINDS`; ``confident`` tells
        whether the kit may apply it without review.

    Examples
    --------
    >>> classify("Ihre Bewerbung", "Leider haben wir uns für einen anderen Bewerber entschieden.").kind
    'rejection'
    >>> c = classify("Your application", "If you are not selected, we will keep your CV on file.")
    >>> c.kind, c.confident
    ('rejection', False)
    """
    subj = _normalise((subject or "")[:CLASSIFY_CHARS])
    body = _normalise((text or "")[:CLASSIFY_CHARS])
    whole = f"{subj} . {body}"
    strong: dict[str, re.Match] = {}
    conditional: dict[str, re.Match] = {}
    for kind in _PRECEDENCE:
        for m in _hits(STRONG[kind], whole):
            if kind in ("rejection", "offer") and _conditional(whole, m):
                conditional.setdefault(kind, m)
            else:
                strong.setdefault(kind, m)
                break
    if strong:
        kinds = [k for k in _PRECEDENCE if k in strong]
        top = kinds[0]
        for other in kinds[1:]:
            if frozenset({top, other}) in _CONFLICTS:
                return Classification(
                    top,
                    CONFLICT_CONFIDENCE,
                    f"both {_show(top)} ({_quote(strong[top])}) and {_show(other)} "
                    f"({_quote(strong[other])}): please check",
                )
        confidence = STRONG_CONFIDENCE + (SUBJECT_BONUS if _SUBJECT_HINTS[top].search(subj) else 0.0)
        return Classification(top, min(confidence, 1.0), f"{_show(top)}: {_quote(strong[top])}")
    about_a_job = JOB_WORDS.search(whole) is not None
    if not about_a_job:
        return Classification("other", OTHER_CONFIDENCE, "nothing about a job application")
    for kind in _PRECEDENCE:
        if kind in conditional:
            return Classification(
                kind, WEAK_CONFIDENCE, f"{_show(kind)} only as a condition: {_quote(conditional[kind])}"
            )
    for kind in ("rejection", "offer", "interview_request", "information_request", "acknowledgement"):
        weak = _hits(WEAK[kind], whole)
        if not weak:
            continue
        context = OTHER_CONTEXT.search(whole)
        if context is not None and kind in ("rejection", "offer"):
            return Classification(
                "other", OTHER_CONFIDENCE, f"{_quote(weak[0])} next to {context.group(0)!r}: not about an application"
            )
        if kind == "offer" and not _SUBJECT_HINTS["offer"].search(subj):
            continue  # "offer" alone in a body is too common a word to send to review
        return Classification(kind, WEAK_CONFIDENCE, f"maybe {_show(kind)}: {_quote(weak[0])} (a weak phrase)")
    return Classification("other", OTHER_CONFIDENCE, "no known phrase")


def _show(kind: str) -> str:
    return kind.replace("_", " ")


def _quote(match: re.Match) -> str:
    return repr(match.group(0).strip())
