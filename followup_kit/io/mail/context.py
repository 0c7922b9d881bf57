"""The words around the classifier's phrases (:mod:`followup_kit.io.mail.phrases`): whether a mail is
about a job search at all, whether it names a job, another trade's words, the words that make what
follows a condition, and the subject words that agree with each kind; and :class:`Phrase`, the
matcher every phrase is compiled with.  Written against casefolded text without accents.

Examples
--------
>>> JOB_WORDS.search("a new role") is not None, JOB_WORDS.search("a controller") is None
(True, True)
>>> JOB_NAMED.search("you are on the waitlist (position 4)") is None
True
"""

from __future__ import annotations

import re


class Phrase:
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
            # a boundary as ``re`` has it: a word character on one side only ("they've" has one
            # before the "'" of "'ve", and none after it)
            before = start > 0 and _word(text[start - 1])
            if not self._bounded or before != (start < len(text) and _word(text[start])):
                return m
            pos = start + 1
        return None

    def finditer(self, text: str):
        """Every match of :meth:`search`, left to right, none overlapping."""
        pos = 0
        while (m := self._regex.search(text, pos)) is not None:
            start = m.start()
            before = start > 0 and _word(text[start - 1])
            if not self._bounded or before != (start < len(text) and _word(text[start])):
                yield m
                pos = max(m.end(), start + 1)
            else:
                pos = start + 1


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


#: Words that make a mail about a job search at all; weak phrases count only when one is there.
JOB_WORDS = Phrase(
    r"\b(?:applications?|applied|applying|candidate|candidacy|positions?|roles?|vacanc(?:y|ies)|interviews?|recruit\w*|hiring|jobs?|offer|"
    r"cvs?|resumes?|shifts?|"
    r"candidature|candidat\w*|poste|entretien|entrevue|recrutement|embauche|dotation|affichage|"
    r"bewerb\w*|kandidat\w*|auswahlprozess|auswahlverfahren|stelle|position|vorstellungsgesprach|einstellung|"
    r"candidatura|candidat[oa]s?|puesto|vacante|entrevista|seleccion|procesos?|finalistas?|"
    r"vagas?|processo seletivo|selecao|cargo|posicao|recrutamento|contratacao|inscricao|"
    r"posizione|colloqui\w*|selezione|assunzione|ruolo|ricerca di personale|concors\w*|graduatori\w*|procedura selettiva|"
    r"sollicit\w*|vacature\w*|kandida\w*|functie|werving\w*|"
    r"ansokan\w*|ansogning\w*|soknad\w*|tjanst\w*|stilling\w*|befattning\w*|intervju\w*|rekryter\w*|rekrutter\w*|"
    r"aplikacj\w*|aplikowa\w*|kandydat\w*|rekrutac\w*|rekrutacyjn\w*|stanowisk\w*|zgloszen\w*|rozmow\w* kwalifikacyjn\w*)\b"
)

#: Words that name a job, not only an application: a mail with a decision, another trade's words
#: ("landlord", "grant") and none of these is about a flat or a grant ("your application was
#: unsuccessful ... the landlord has accepted another application").
JOB_NAMED = Phrase(
    # a rank is no job: "placed on the waitlist (position 4)"
    r"\b(?:position(?!\s*#?\d)|role|vacanc\w*|interview\w*|recruit\w*|hiring|hire|jobs?|employment|employer|careers?|"
    r"candidates?|candidacy|poste|entretien|entrevue|recrutement|embauche|emploi|stelle|vorstellungsgesprach|"
    r"einstellung|puesto|vacante|entrevista|empleo|vagas?|cargo|posicao|recrutamento|contratacao|emprego|"
    r"posizione|colloqui\w*|assunzione|ruolo|vacature\w*|functie|werving\w*|sollicitatiegesprek|"
    r"tjanst\w*|stilling\w*|befattning\w*|intervju\w*|anstallning\w*|ansaettelse\w*|ansettelse\w*)\b"
)
#: Words of other trades where "we regret", "not moving forward" and "unfortunately" are common:
#: travel, orders, offices and events.  A weak phrase next to one of them means nothing here.
OTHER_CONTEXT = Phrase(
    r"\b(?:flight|boarding|airline|booking|reservation|hotel|parcel|delivery|(?<!in )order(?! to\b)|shipment|refund|ticket|webinar|"
    r"office move|move to (?:the )?new office|relocation of (?:our|the) office|renovation|subscription|"
    r"vol|reservation|colis|livraison|commande|demenagement|"
    r"flug|buchung|lieferung|bestellung|umzug|"
    r"vuelo|reserva|pedido|envio|mudanza|voo|entrega|encomenda|mudanca|volo|prenotazione|ordine|spedizione|consegna|"
    r"vlucht|boeking|reservering|pakket|bezorging|bestelling|verhuizing)\b"
)

#: Words that make what follows a condition ("if we decide not to..."), see ``CONDITION_WINDOW``.
CONDITION_WORDS = re.compile(
    # "should" only as a condition's inverted "if" ("should you have any questions"), never "people should be"
    # ("si" is Spanish and French "if"; the Italian reflexive "si è concluso", "si sono" is none)
    r"\b(?:if|should (?:you|we|your|the|there|it|this|an?|any|our|she|he|they)|in case|unless|whether|"
    r"si(?! (?:e|sono|era|erano|tratta|chiede|prega|informa|comunica|ricorda|conclude)\b)|au cas|falls|(?<!auch )wenn|sollten?|en caso|caso de que|"
    r"indien|mocht (?:je|jij|u|er|het|we|wij)|mochten (?:er|we|wij|u)|tenzij|als (?:je|jij|u|we|wij)|"
    r"om (?:du|ni|vi)|ifall|hvis|dersom|qualora|nel caso|"
    # a time that has not come: "all applicants will be notified when the position has been filled"
    r"when|whenever|once(?! again| more)|as soon as|until|lorsque|quand|sobald|cuando|zodra|nar|naar)\b"
)

#: Subject words that agree with each kind (they add ``SUBJECT_BONUS`` to a strong phrase).
SUBJECT_HINTS: dict[str, re.Pattern] = {
    "offer": re.compile(
        r"\b(?:offer|offre|angebot|oferta|promesse|vertrag|contrat|contrato|aanbod|contractvoorstel)\b"
    ),
    "rejection": re.compile(
        r"\b(?:update|status|decision|your application|votre candidature|ihre bewerbung|"
        r"tu candidatura|absage|reponse|je sollicitatie|uw sollicitatie|terugkoppeling|uitslag)\b"
    ),
    "interview_request": re.compile(
        r"\b(?:interview|entretien|gesprach|entrevista|invitation|einladung|"
        r"invitacion|schedule|next steps?|uitnodiging|gesprek|sollicitatiegesprek)\b"
    ),
    "information_request": re.compile(
        r"\b(?:question|request|documents?|references?|unterlagen|documentos?|documenten|referenties)\b"
    ),
    "acknowledgement": re.compile(
        r"\b(?:received|confirmation|recue|eingang|eingangsbestatigung|recibida|ontvangen|ontvangstbevestiging)\b"
    ),
}


#: What a mail says you applied for, when it is a volunteer's place or a course's seat: "thank you for applying
#: to be a volunteer Crew Leader", "your application to study the Level 6 Diploma" (normalised, in the kit's languages).
_APPLIED_FOR = re.compile(
    r"\b(?:applying|applied|application|apply|candidature|candidatura|bewerbung|sollicitatie)\b[^.]{0,30}?"
    r"\b(?:(?:to be|as|como|comme|come|als) (?:an? |un |una |une |een |ein |eine )?(?:[\w-]+ ){0,2}"
    r"(?:volunteer|voluntari[oa]|benevole|volontari[oa]|vrijwilliger|ehrenamtlich\w*)|to study)\b"
)


#: A mail that says the place is unpaid: "This is a volunteer position", "the role is unpaid" (normalised).
UNPAID = re.compile(
    r"\b(?:this|it|the (?:position|role|post))(?: is|'s) (?:an? )?(?:unpaid|volunteer|voluntary)(?: (?:unpaid|volunteer))?"
    r"(?: (?:position|role|post|opportunity|board role)|\b)"
)


def trade_applied_for(whole: str) -> str | None:
    """What the mail says you applied for, when it is a volunteer's place or a course's seat, or None."""
    found = _APPLIED_FOR.search(whole)
    return found.group(0) if found is not None else None
