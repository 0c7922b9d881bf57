"""The phrases the mail classifier looks for, in English, French, German, Spanish and Dutch (and
the common ones of Swedish, Danish and Norwegian mail).

Two tiers per kind (see :mod:`followup_kit.io.mail.classify`): :data:`STRONG` phrases say the
thing outright, :data:`WEAK` ones often mean it but also appear elsewhere.  Every pattern is
written against casefolded text without accents, words separated by one space.  Recruiters'
phrasings were written for this kit from the patterns such mail follows; add new ones here,
each with a case in ``tests/io/mail/test_classify.py``.  The words around them (whether the mail
is about a job at all, another trade's words, conditions, the subject's hints) are in
:mod:`followup_kit.io.mail.context`.

Examples
--------
>>> STRONG["rejection"][0].search("we have decided not to proceed").group(0)
'have decided not to proceed'
"""

from __future__ import annotations

from followup_kit.io.mail.acknowledgements import ACKNOWLEDGEMENTS
from followup_kit.io.mail.context import Phrase
from followup_kit.io.mail.rejection_phrases import REJECTION


def _rx(*patterns: str) -> tuple[Phrase, ...]:
    return tuple(Phrase(p) for p in patterns)


# Written against casefolded text without accents (see mail_classify._normalise), words separated by one space.
STRONG: dict[str, tuple[Phrase, ...]] = {
    "rejection": REJECTION,
    "offer": _rx(
        # "pleased to formally offer you the role of ..."
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally |officially )?(?:extend|offer|make|present|send)"
        r"(?: you)?(?: with)? (?:an|a|the|our|your)(?: formal| written| official)? (?:job )?offer",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally |officially )?offer you (?:(?:the|a|this) (?:[\w&/-]+ ){0,6}?"
        r"(?:position|role|job|post)|employment)\b",
        # the letter itself, sent or ready: never one named in passing ("referred to in your offer
        # letter", "how to respond to an offer letter")
        r"\b(?:attached|enclosed|find|sending|send you|sent you|issued?|issuing|prepared|preparing|extend(?:ing|ed)?|"
        r"view|accept|download|review|sign)\b"
        r"[^.]{0,40}\b(?:your|the|an|our) (?:formal |written |official )?offer (?:letter|of employment|package)\b",
        r"\b(?:your|the|our) (?:formal |written |official )?offer (?:letter|of employment|package)\b[^.]{0,30}"
        r"\b(?:is|are|has been|will be) (?:attached|enclosed|ready|on its way|available|sent|issued)",
        # not one named in passing: "in connection with your conditional offer of employment"
        r"(?<!your )(?<!your conditional )(?<!your contingent )(?<!your formal )\boffer of employment\b",
        # "You have received a contingent job offer", "You have a contingent job offer from Amazon"
        r"\byou(?:'ve| have) (?:received|been given|been made|been extended|got) (?:a|an) (?:contingent |conditional |"
        r"formal |verbal |written |official )?(?:job |employment )?offer\b",
        r"\byou have (?:a|an) (?:new )?(?:contingent |conditional )?(?:job |employment )?offer from\b",
        # "Tapton would like to offer you the Head of Chemistry maternity cover position"
        r"\b(?:would|we'd|they'd) (?:like|love) to (?:offer|extend) you (?:the|a|an|this|our) "
        r"(?:(?!(?:interview|call|chat|meeting|conversation|opportunity|assessment|invitation|slot|place|spot|"
        r"screen|test|tour|visit)\b)[\w&/()-]+ ){0,6}?(?:position|role|job|offer|post)\b",
        r"\b(?:review and sign|please sign|sign your|signature on) (?:your |the )?(?:offer|employment contract)",
        # the letter to sign, in one clause: not "as per your offer letter, could you please: 1. Sign the
        # attached consent form" (a letter sent before, named in passing)
        r"(?<!per your )(?<!in your )(?<!to your )\boffer letter\b[^.;!?]{0,80}\b(?:sign|signature|docusign)",
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
        # Portuguese: "temos o prazer de te enviar a proposta", "proposta de trabalho", "carta-proposta"
        r"\b(?:temos o prazer|e com (?:grande )?(?:prazer|alegria)|ficamos (?:muito )?felizes|estamos (?:muito )?felizes) "
        r"(?:de |em )?(?:te |lhe )?(?:oferecer|apresentar|enviar|fazer|formalizar) (?:a |uma |nossa |sua )?(?:proposta|oferta)",
        r"\bproposta (?:de trabalho|de emprego|formal|de contratacao|salarial)\b",
        r"\bcarta[- ]proposta\b",
        r"\b(?:nossa|a) proposta para a (?:posicao|vaga|funcao|cargo) de\b",
        # Italian: "siamo lieti di farle una proposta di assunzione", "lettera di offerta", "offerta di assunzione"
        r"\b(?:siamo lieti|siamo felici|abbiamo il piacere|e con piacere che)\b[^.]{0,60}\b(?:proposta|offerta) "
        r"(?:di assunzione|di lavoro|economica|contrattuale)",
        r"\b(?:proposta|offerta|lettera) di assunzione\b",
        r"\blettera (?:di )?offerta\b",
        # Dutch
        r"\b(?:blij|verheugd|trots|graag)\b.{0,40}\b(?:een |ons |het )?(?:aanbod|contractaanbod|arbeidscontract|"
        r"arbeidsovereenkomst|contract) (?:te )?(?:doen|aan te bieden|aanbieden|voorleggen|sturen)",
        r"\b(?:contractvoorstel|aanbiedingsbrief)\b",
        r"\barbeidsovereenkomst (?:ter ondertekening|om te ondertekenen)",
        # Swedish, Danish and Norwegian; never after "inte"/"ikke" (that is a no)
        r"(?<!inte )(?<!ikke )\berbjuda (?:dig|er) (?:tjansten|en anstallning|anstallning|befattningen|jobbet)\b",
        r"(?<!ikke )(?<!ikke at )(?<!ikke a )\btilby(?:de)? (?:dig|deg) (?:stillingen|jobbet|jobben|en stilling|"
        r"ansaettelse|ansettelse)\b",
        # "ett erbjudande om anställning", "Anställningserbjudande"
        r"(?<!inte )(?<!ej )(?<!inte ett )(?<!ej ett )(?<!inget )\b(?:erbjudande om (?:en )?anstallning|anstallningserbjudande|jobberbjudande)\b",
        r"\b(?:anstallningsavtal|ansaettelseskontrakt|arbeidsavtale|arbejdskontrakt) (?:bifogas|vedhaeftet|vedlagt|"
        r"for underskrift|til underskrift|til signering)",
    ),
    "interview_request": _rx(
        # not a paper to referee: "I would like to invite you to review the above manuscript"
        r"\b(?:would|we'd|i'd) (?:like|love) to (?:invite you(?! to (?:review|referee|serve on|act as))|schedule|set up|"
        r"arrange|book)",
        r"\b(?:invite|inviting) you (?:to|for) (?:an?|the|our|your)? ?(?:first |second |final |next |technical |"
        r"onsite |on-site |video |phone )?(?:interview|call|conversation|chat|screen|round|meeting)",
        r"\b(?:would|we'd|i'd) (?:like|love) to (?:speak|talk|chat|meet) (?:with )?you\b",
        # a formal letter: "you are hereby invited for an interview as scheduled below", "you have been shortlisted
        # to participate in the above assessment"
        r"\byou (?:are|have been) (?:hereby |cordially |kindly )?(?:invited|shortlisted|scheduled) (?:for|to) "
        r"(?:an?|the|your)? ?(?:(?:first|second|final|oral|panel|technical|physical|virtual|online) )?"
        r"(?:interview|assessment|aptitude test|screening|participate in the (?:above )?(?:assessment|interview))\b",
        # a hiring manager's "would like to bring you back for a second interview"
        r"\b(?:would|'d) (?:like|love) to (?:bring|have|invite|see) you back (?:in )?(?:for|to) (?:an?|the|your)? ?"
        r"(?:second |final |next |another )?(?:interview|round|conversation|meeting|visit)",
        r"\b(?:calendly\.com|goodtime\.io|cal\.com|youcanbook\.me|modernloop\.io)/",
        r"\b(?:please )?(?:use|choose|pick|select|book) (?:a |your |the )?(?:time|slot|time slot|date)s?\b.{0,60}"
        r"\b(?:interview|call|link|below|suits|works)",
        r"\bschedule (?:your|an|the) (?:interview|call|chat)\b.{0,60}\b(?:link|below|here)",
        # a small employer asking for a time: "Could you do a 30 minute Zoom on Tuesday?", "are you free for a quick call"
        r"\b(?:could|can|would) you (?:do|make|join|hop on|jump on|fit in|spare time for) (?:an? |some )?"
        r"(?:(?:\d+|quick|short|brief)[- ]?(?:minute |min )?)?(?:zoom|call|chat|teams call|video call|phone call|"
        r"conversation|phone screen)\b",
        r"\bare you (?:free|available) (?:for|to do) an? (?:(?:\d+|quick|short|brief)[- ]?(?:minute |min )?)?"
        r"(?:zoom|call|chat|video call|phone call|conversation|phone screen|interview)\b",
        # French
        r"\b(?:souhaiterions|aimerions|souhaitons) (?:vous )?(?:rencontrer|vous rencontrer|convenir|organiser|planifier|"
        r"echanger|vous inviter)",
        r"\bvous (?:inviter|convier) a (?:un|une) (?:entretien|echange|rencontre)",
        r"\bconvenir d'un (?:creneau|rendez-vous|entretien)",
        # German
        r"\b(?:laden|mochten) (?:sie|dich) (?:gerne )?(?:zu einem|zum|zu einem personlichen|zu einem ersten) "
        r"(?:vorstellungsgesprach|kennenlerngesprach|gesprach|interview|telefonat)",
        r"\beinladung zu(?:m| einem) (?:vorstellungsgesprach|kennenlerngesprach|auswahlgesprach|gesprach|interview)",
        # "Sie zu einem Auswahlgespräch ... einladen zu können", "möchte Sie gerne zu einem ersten Gespräch einladen"
        r"\b(?:sie|dich) (?:\w+ ){0,2}zu (?:einem|einem ersten|einem personlichen|einem kurzen) "
        r"(?:vorstellungsgesprach|kennenlerngesprach|auswahlgesprach|gesprach|interview|telefonat)\b[^.]{0,80}\beinlad",
        r"\b(?:termin|gesprach) (?:mit ihnen )?vereinbaren\b",
        # Spanish
        r"\b(?:nos gustaria|queremos|quisieramos) (?:invitarte|invitarle|agendar|programar|coordinar|conocerte|"
        r"conocerle|tener una)",
        r"\b(?:agendar|programar|coordinar) (?:una )?(?:entrevista|llamada|reunion|videollamada)",
        # Portuguese: "gostaríamos de te convidar para uma entrevista", "convite para entrevista", "agendar uma conversa"
        r"\b(?:gostariamos|queremos|queriamos|vamos) (?:muito )?de (?:te |lhe |voce )?(?:convidar|agendar|marcar|conversar|"
        r"bater um papo|conhecer)",
        r"\bconvite para (?:uma |a |sua )?(?:entrevista|conversa|bate-papo|dinamica|proxima etapa)",
        r"\b(?:agendar|marcar) (?:uma |a |sua |nossa )?(?:entrevista|conversa|call|reuniao|bate-papo|videochamada)",
        r"\b(?:te|lhe|voce) (?:chamar|convidar) para (?:uma |a |um )?(?:entrevista|conversa|bate-papo)",
        r"\ba proxima etapa (?:e|sera) (?:a|uma) (?:entrevista|conversa|dinamica)",
        # Italian: "vorremmo invitarla a un colloquio", "la invitiamo a un colloquio conoscitivo", "fissare un colloquio"
        r"\b(?:vorremmo|desideriamo|ci piacerebbe) (?:invitarla|invitarti|conoscerla|conoscerti|fissare|organizzare|incontrarla|"
        r"incontrarti)",
        r"\b(?:la|ti) invitiamo (?:a|ad) (?:un |una |sostenere un )?(?:colloquio|incontro|videocolloquio|chiamata)",
        r"\b(?:fissare|organizzare|programmare|concordare) (?:un |una |il )?(?:colloquio|incontro|videocolloquio|call)",
        r"\binvito (?:a|al|per (?:un|il)) (?:colloquio|videocolloquio)",
        # a recruiter's or the manager's wish: "il Responsabile ... vorrebbe conoscerti", "che vorrebbero incontrarti";
        # the meeting set: "Dettagli del colloquio:", "ti confermo il colloquio di martedì"
        r"\b(?:vorrebbe|vorrebbero|desidera|desiderano) (?:conoscerti|conoscerla|incontrarti|incontrarla|sentirti|sentirla)\b",
        r"\bdettagli del (?:colloquio|videocolloquio)\b",
        r"\b(?:ti|le) confermo (?:il|l.appuntamento per il) (?:colloquio|videocolloquio)\b",
        # Dutch
        r"\b(?:nodigen|nodig) (?:we |wij |ik )?(?:je|jou|u) (?:graag |van harte )?uit (?:voor|tot|op) (?:een |het |ons )?"
        r"(?:eerste |tweede |online |telefonisch |video)?(?:gesprek|kennismaking|sollicitatiegesprek|"
        r"kennismakingsgesprek|vervolggesprek|interview)",
        r"\buitnodiging (?:voor )?(?:een |het )?(?:eerste |tweede )?(?:sollicitatiegesprek|kennismakingsgesprek|"
        r"vervolggesprek|gesprek|interview)",
        r"\b(?:willen|wil|zouden) (?:we |wij |ik )?(?:je|jou|u) graag (?:spreken|ontmoeten|leren kennen)",
        # Swedish, Danish and Norwegian
        r"\bbjuda in (?:dig|er) (?:till|pa) (?:en |ett )?(?:forsta |andra |digital |digitalt )?(?:intervju|samtal|"
        r"videointervju|anstallningsintervju)",
        r"\b(?:kallelse|inbjudan|invitation|invitasjon) til(?:l)? (?:en |ett |et )?(?:forsta |andra |forste |anden |andre )?"
        r"(?:intervju|samtal|samtale|jobsamtale|jobbsamtale|jobbintervju|interview|ansaettelsessamtale)",
        # "vi skulle gärna vilja träffa dig", "Vi vill gärna träffa dig för ett samtal"
        r"\b(?:vi skulle|vi vill|vi hade) (?:garna )?(?:vilja )?traffa (?:dig|er)\b",
        r"\binvitere (?:dig|deg) til (?:en |et )?(?:forste |andet |andre )?(?:samtale|jobsamtale|jobbsamtale|intervju|"
        r"interview|ansaettelsessamtale)",
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
        # Portuguese: "poderia nos enviar", "sua disponibilidade", "pretensão salarial", "documentos admissionais"
        r"\b(?:poderia|pode|podes|consegue|conseguiria) (?:nos |me )?(?:enviar|mandar|encaminhar|informar|confirmar|compartilhar)",
        r"\bpretensao salarial\b",
        r"\bdocumentos? (?:admissionais|para (?:a )?admissao)\b",
        # Italian: "potrebbe inviarci", "la sua disponibilità", "RAL attuale"
        r"\b(?:potrebbe|puoi|potresti|pu[oò]) (?:gentilmente )?(?:inviarci|inviarmi|mandarci|mandarmi|indicarci|indicarmi|"
        r"confermarci|confermarmi|comunicarci)",
        r"\b(?:la sua|la tua) disponibilita\b",
        r"\b(?:ral|retribuzione) (?:attuale|desiderata)\b",
        # Dutch
        r"\b(?:kun|kunt|zou|wil|zoudt) (?:je|jij|u) (?:ons |mij )?(?:\w+ ){0,4}(?:sturen|toesturen|opsturen|aanleveren|"
        r"doorgeven|laten weten|invullen)\b",
        r"\b(?:je|jouw|uw) (?:beschikbaarheid|salarisindicatie|salarisverwachting|opzegtermijn)\b",
        r"\bverklaring omtrent (?:het )?gedrag\b",
    ),
    # the many ways an application is confirmed: io/mail/acknowledgements.py
    "acknowledgement": ACKNOWLEDGEMENTS,
}

WEAK: dict[str, tuple[Phrase, ...]] = {
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
        r"\binfelizmente\b",
        r"\bpurtroppo\b",
        r"\bsiamo spiacenti\b",
        r"\boutros (?:candidatos|perfis)\b",
        r"\bhelaas\b",
        r"\bteleurstellen\b",
        r"\bafgewezen\b",
        r"\bniestety\b",
        r"\bz przykroscia\b",
        r"\btyvarr\b",
        r"\bdesvaerre\b",
        r"\bdessverre\b",
    ),
    "offer": _rx(
        r"\boffer\b",
        r"\bcompensation package\b",
        r"\bstart date\b",
        # French and Spanish name a job's posting so too: "l'offre n° 2024-118", "inscrito en la oferta"
        r"(?<!l')(?<!l’)\boffre\b(?! (?:d'emploi|n|no|ref|reference|numero|de poste|publiee|\d|«|\"))",
        r"\bangebot\b",
        r"\bzusage\b",
        r"(?<!la )(?<!esta )\boferta\b(?! (?:de empleo|de trabajo|n|no|ref|publicada))",
        r"\baanbod\b",
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
        r"\bsollicitatiegesprek\b",
        r"\bkennismakingsgesprek\b",
        r"\bvolgende stap\b",
        r"colloqui\w*",
        r"\brozmow\w*",
    ),
    "information_request": _rx(
        r"\bavailability\b",
        r"\breferences\b",
        r"\bportfolio\b",
        r"\bnotice period\b",
        r"\bdisponibilite",
        r"\bverfugbarkeit\b",
        r"\bdisponibilidad\b",
        r"\bbeschikbaarheid\b",
        r"\breferenties\b",
    ),
    "acknowledgement": _rx(
        r"\bthank you for your interest\b",
        r"\bwe will review\b",
        r"\bnous reviendrons vers vous\b",
        r"\bwir melden uns\b",
        r"\bnos pondremos en contacto\b",
        r"\bbedankt voor (?:je|jouw|uw) interesse\b",
        r"\bnemen (?:we |wij )?(?:zo snel mogelijk )?contact (?:met je|met u) op\b",
    ),
}
