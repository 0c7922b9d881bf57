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


def _rx(*patterns: str) -> tuple[Phrase, ...]:
    return tuple(Phrase(p) for p in patterns)


# Written against casefolded text without accents (see mail_classify._normalise), words separated by one space.
STRONG: dict[str, tuple[Phrase, ...]] = {
    "rejection": _rx(
        # English
        r"\b(?:have|'ve|has) decided (?:not to|to not) (?:move|proceed|progress|pursue|continue|advance|go ahead)",
        r"\bdecided to (?:move forward|move ahead|proceed|go|continue|progress|pursue) with (?:other|another|a different) "
        r"(?:candidate|applicant|profile|finalist)",
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
        # "we have selected candidates whose experience best fits the specific requirements of this role"
        r"\b(?:have|'ve) (?:selected|chosen|identified|shortlisted) (?:other )?(?:candidates|applicants) (?:whose|who|that) "
        r"[^.]{0,60}(?:best|more closely|better|closer|stronger|more directly)",
        # without "other", only others compared with you decide: "candidates whose experience more
        # closely matches"; "we move forward with candidates who pass the screening" is a process
        r"\bmove forward with (?:other |another )candidates? (?:who|whose|that)\b",
        r"\bmove forward with (?:a )?candidates? (?:who|whose|that) [^.]{0,60}"
        r"(?:more closely|more directly|better|closer|stronger|more aligned)",
        # "... with candidates who have more consultancy project experience"
        r"\b(?:decided|chosen|opted) to (?:move forward|proceed|go|continue)(?: the (?:selection |recruitment |hiring )?process)? "
        r"with (?:a )?candidates? (?:who|whose|that) "
        r"(?:have|has|had|bring|brings) (?:more|greater|deeper|stronger|broader) (?:[\w-]+ ){0,4}"
        r"(?:experience|expertise|background)",
        # "decided to continue the selection process with other applications", "decided to invite other candidates"
        r"\bdecided to (?:continue|proceed|move forward|go ahead)(?: the (?:selection |recruitment |hiring )?process)? with "
        r"(?:other|another) (?:candidate|applicant|application|profile)s?\b",
        r"\bdecided to (?:invite|interview|shortlist) (?:other|another|different) (?:candidates|applicants)\b",
        r"\bdecided in favou?r of (?:another|other|a different|an internal) (?:candidate|applicant|person|profile)",
        r"\b(?:won't|will not|aren't|are not) be (?:moving|going) forward with it\b",
        # the job named between: "the position of Postdoctoral Researcher (reference 31/2024) has been filled"
        r"\b(?:position|role|vacancy|post) (?:of|for|as) [^.]{1,120}? has (?:now |already )?been filled\b",
        # the process ended: "the selection procedure has therefore been terminated"
        r"\b(?:selection|recruitment|hiring|application) (?:procedure|process) (?:for this (?:position|role|vacancy) )?"
        r"(?:has|have) (?:\w+ )?been (?:terminated|discontinued|cancelled|canceled|stopped|closed)\b",
        r"\b(?:not|won't|will not) (?:be )?(?:moving|going) forward with you\b",
        r"\b(?:cannot|can't|will not|won't|unable to|not able to) take (?:it|this|your application|your candidacy) "
        r"(?:any )?further\b",
        r"\bgo(?:ne)? with (?:another|a different|other) candidate",
        # SEEK's relayed answer: "Harbor Labs has let us know that your application ... is unlikely to progress further"
        r"\b(?:is|are) unlikely to progress (?:any )?further\b",
        r"\bit'?s a no from (?:us|the team|me)\b",
        r"\b(?:won't|will not|aren't|are not|not) (?:be )?moving ahead with your (?:application|candidacy)\b",
        r"\b(?:has|have|'ve) gone with (?:other |another |a )?candidates? (?:who|whose|that|with)\b",
        r"\b(?:has|have|'ve) gone with someone (?:who|whose|else|with)\b",
        r"\b(?:we're|we are) not moving (?:ahead|forward) with (?:it|your application|your candidacy|your profile)\b",
        # Indian English: "the requirement for this role has since been closed"
        r"\b(?:requirement|requisition|opening) (?:for (?:this|the) (?:role|position) )?has (?:since |now |already )?been "
        r"(?:closed|filled|cancelled|put on hold)\b",
        # a platform's status field: "Status: No longer under consideration", "Status: Not moving forward"
        r"\bstatus\s*:\s*(?:no longer under consideration|not selected|not moving forward|not progressing|rejected|"
        r"unsuccessful|declined|not shortlisted|candidate withdrawn by employer)\b",
        r"\b(?:decided|chosen|opted) to prioriti[sz]e (?:other )?candidates (?:with|who|whose)\b",
        r"\b(?:won't|will not|not) be (?:bringing|taking|moving|putting) your (?:application|candidacy) forward\b",
        # a person's own words after an interview: "so I'm not going to be able to move forward. Good luck!"
        r"\b(?:i'm|i am|we're|we are) not (?:going to be )?able to (?:move forward|proceed)\b"
        r"(?! with (?:the |your |this )?(?:order|request|refund|claim|booking|payment|ticket|purchase|return))",
        # French
        r"\bne (?:pouvons|pourrons) (?:pas )?(?:y )?donner (?:une )?suite (?:favorable )?a votre candidature",
        r"\bne pas donner suite a votre candidature",
        r"\bvotre candidature n'a pas (?:ete|pu etre) retenue",
        r"\b(?:n'avez|n'a) pas ete retenu",
        r"\bavons (?:decide|choisi) de (?:poursuivre|continuer|retenir) (?:avec |le processus avec )?"
        r"(?:un autre|une autre|d'autres) (?:candidat|profil)",
        r"\ble poste (?:a|est) (?:deja )?(?:ete )?(?:pourvu|comble)",
        r"\bavons (?:retenu|choisi|selectionne) (?:un autre|une autre|d'autres) (?:candidat|profil|candidature)",
        r"\bne (?:donnerons|pourrons donner|pouvons donner) pas (?:de )?suite",
        # German
        r"\b(?:fur|mit) (?:einen|eine|einem|einer) (?:anderen|andere) (?:kandidat|bewerber|person|profil)",
        r"\bnicht (?:weiter )?(?:berucksichtigen|berucksichtigt)\b",
        r"\bnicht in die (?:engere|nachste) (?:wahl|runde)",
        r"\bstelle (?:wurde|ist) (?:bereits |inzwischen )?(?:besetzt|vergeben)",
        r"\b(?:ihnen|dir) (?:leider )?(?:eine )?absage (?:erteilen|geben|mitteilen)",
        r"\bkeine (?:positive|positivere|bessere|erfreulichere|guten?) (?:ruckmeldung|nachrichten?|mitteilung|antwort)",
        r"\bnichts (?:positiveres|besseres|erfreulicheres) (?:berichten|mitteilen|sagen|schreiben)",
        r"\bdagegen entschieden\b",
        # someone else chosen: "haben wir uns für Bewerber:innen entschieden, deren Profil ... noch genauer entspricht"
        r"\b(?:uns|sich) (?:\w+ ){0,3}(?:fur|zugunsten) (?:eine[nrm]? )?(?:andere[nrm]? )?(?:bewerber|kandidat)\w*"
        r"(?:[:*]innen)?(?: entschieden)?,? (?:deren|dessen)\b",
        # the post not filled after all: "die Stelle vorerst nicht nachzubesetzen"
        r"\bnicht (?:mehr |neu |wieder )?(?:nachzubesetzen|zu besetzen)\b",
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
        # Latin American: "la vacante fue congelada de manera indefinida", "tu solicitud ya no estará activa", "hemos
        # seleccionado a otro(a) candidato(a)", "el proceso finalizó para ti", "tu perfil no se ajusta", "Nuevo estado:
        # No seleccionado", "continuará con personas cuyo perfil se acerca más"
        r"\b(?:vacante|posicion|puesto|proceso)\b[^.]{0,80}?\b(?:fue|ha sido|ha quedado|quedo) (?:congelad|cancelad|cerrad|"
        r"cubiert|suspendid)[oa]",
        r"\b(?:tu|su) (?:solicitud|postulacion|candidatura) ya no (?:estara|esta|sigue) activa",
        r"\b(?:hemos|han|ha) (?:seleccionado|elegido|contratado) a (?:otr[oa]|un[ao]? otr[oa])(?:\(a\))? (?:candidat|persona|perfil)",
        r"\bfinaliz[oó] para (?:ti|usted)\b",
        r"\b(?:tu|su) perfil no se ajusta\b",
        r"\b(?:nuevo )?estado(?: actual)?: no seleccionad[oa]\b",
        r"\b(?:continuara|continuaremos|seguira|seguiremos|avanzara|avanzaremos) (?:el proceso )?con (?:otras |otros )?"
        r"(?:personas|candidat\w+|perfiles) cuyo",
        # Portuguese: "seguimos com outros candidatos", "optamos por dar continuidade com perfis mais aderentes",
        # "outra pessoa candidata foi selecionada", "seu perfil não foi selecionado", "não seguiremos com sua candidatura"
        r"\b(?:optamos|decidimos|escolhemos|resolvemos|vamos|iremos|seguimos|seguiremos|prosseguimos|prosseguiremos) "
        r"(?:por |em )?(?:(?:seguir|prosseguir|continuar|avancar|dar continuidade|dar sequencia)(?: o processo| no processo)? )?"
        r"com (?:outr[oa]s|um outro|uma outra|outr[oa]) (?:pessoas? )?(?:candidat|perfi|profissiona|pessoa)",
        r"\b(?:optamos|decidimos|escolhemos|optou|optaram|decidiu|decidiram) (?:por )?(?:seguir|prosseguir|continuar|avancar|"
        r"dar continuidade) com (?:perfis|candidat\w+|profissionais|pessoas(?: candidatas)?) (?:\w+ ){0,3}(?:mais|cujas?|que)\b",
        r"\bfo(?:i|ram) (?:selecionad|escolhid|contratad)[oa]s? (?:um|uma|outr[oa]s?) (?:candidat|perfi|profissiona|pessoa)",
        r"\b(?:sua|tua) (?:participacao|candidatura) (?:[^.]{0,40} )?foi encerrada\b",
        r"\bencerrar (?:a )?(?:sua|tua) (?:candidatura|participacao)\b",
        r"\boutr[oa] (?:pessoa|candidat[oa]|profissional|perfil)(?: candidat[oa])? (?:foi|ja foi) (?:selecionad|escolhid|contratad|aprovad)",
        r"\b(?:com a )?escolha de outr[oa] (?:perfil|candidat|pessoa|profissional)",
        r"\b(?:seu|teu) (?:perfil|curriculo) nao (?:foi (?:selecionado|aprovado|escolhido)|seguira|avancou|avancara|segue)",
        r"\b(?:sua|tua) candidatura nao (?:foi (?:selecionada|aprovada)|avancou|avancara|seguira|segue)",
        r"\bnao (?:seguiremos|prosseguiremos|vamos seguir|vamos prosseguir|daremos continuidade|continuaremos|avancaremos|"
        r"iremos seguir|iremos prosseguir) com (?:a )?(?:sua|tua) (?:candidatura|inscricao)",
        r"\bnao (?:foi|sera) possivel (?:seguir|avancar|prosseguir|dar continuidade) com (?:a )?(?:sua|tua) (?:candidatura|inscricao)",
        r"\bvoce nao (?:foi (?:selecionad[oa]|aprovad[oa])|seguira|avancou|avancara) (?:para|nesta|neste|no|na)\b",
        r"\b(?:vaga|posicao|oportunidade)\b[^.]{0,80}?\b(?:foi|esta|acabou de ser) (?:encerrada|cancelada|congelada|preenchida|"
        r"suspensa)",
        # Italian: "abbiamo deciso di proseguire con altri candidati", "il suo profilo non è stato selezionato",
        # "la posizione è stata chiusa", "non rientra nella rosa dei candidati", "siamo spiacenti di comunicarle che"
        r"\b(?:abbiamo deciso|abbiamo scelto|si e deciso|e stato deciso|abbiamo ritenuto|ha deciso|hanno deciso|ha scelto|"
        r"hanno scelto|ha preferito|abbiamo preferito) di (?:proseguire|procedere|"
        r"continuare|andare avanti)(?: l.iter| il processo)? con (?:altri|altre|un altro|un.altra|altr[ie]) (?:candidat|profil|persone)",
        r"\b(?:proseguire|procedere|continuare) con (?:altri )?(?:candidati|profili) (?:\w+ ){0,3}(?:piu|maggiormente) "
        r"(?:in linea|aderenti|adatti|vicini|coerenti)",
        r"\b(?:il (?:suo|tuo) profilo|la (?:sua|tua) candidatura) non (?:e stat[oa] |e )?(?:selezionat[oa]|ritenut[oa] in linea|"
        r"in linea|accolt[oa]|pres[oa] in considerazione)",
        r"\bnon (?:potremo|possiamo|procederemo|proseguiremo|andremo avanti) (?:procedere |proseguire |dare seguito )?"
        r"(?:con|alla) (?:la )?(?:sua|tua) candidatura",
        r"\bnon (?:rientra|e rientrat[oa]|rientrano) (?:nella rosa|tra i (?:candidati|profili))",
        r"\b(?:posizione|ricerca|selezione|offerta) (?:[^.]{0,60} )?(?:e stata|e) (?:quindi |pertanto |purtroppo |ormai )?"
        r"(?:chiusa|coperta|annullata|sospesa|conclusa)\b",
        r"\b(?:deciso|scelto) di (?:chiudere|sospendere|annullare|congelare) (?:la |questa )?(?:posizione|ricerca|selezione)",
        r"\b(?:ha|hanno|abbiamo) (?:scelto|selezionato|individuato|preferito) (?:un.altr[ao]|altr[ie]) "
        r"(?:candidat|profil|person|risors)",
        r"\bnon (?:e stat[oa] )?ammess[oa] (?:alla|al) (?:prova|colloquio|fase)",
        # "la scelta è ricaduta su un altro profilo", "orientare la nostra scelta su candidature maggiormente
        # rispondenti", "la ricerca si è conclusa con l'inserimento di un'altra risorsa", "il cliente ha individuato
        # profili più in linea", "la sua candidatura non proseguirà nell'iter"
        r"\bla (?:nostra )?scelta e ricaduta su (?:un.altr[ao]|altr[ie]|un (?:diverso|differente)) (?:profil|candidat|person|risors)",
        r"\borientare la (?:nostra )?scelta su (?:altr[ie] |un.altr[ao] )?(?:candidatur|profil|candidat)",
        r"\b(?:ricerca|selezione) si e conclusa con (?:l.inserimento|la scelta|l.assunzione|la selezione) di "
        r"(?:un.altr[ao]|altr[ie]|un (?:altro|diverso))",
        r"\b(?:ha|hanno|abbiamo) individuato (?:altri |un altro |un.altra )?(?:profili|profilo|candidati|candidato|candidata) "
        r"(?:piu|maggiormente) (?:in linea|aderenti?|rispondenti?|adatt[io])",
        r"\b(?:sua|tua) candidatura non (?:proseguira|procedera|andra avanti|avanzera|sara presa in considerazione)",
        # Dutch
        r"\b(?:nemen|namen) (?:je|jouw|uw|u) (?:sollicitatie|kandidatuur) (?:helaas )?niet (?:mee|verder)",
        r"\b(?:je|jij|u) (?:komt|komen|kwam|bent|ben) (?:helaas )?niet (?:in aanmerking|geselecteerd|door)",
        r"\b(?:hebben|heeft) (?:gekozen|besloten) (?:om )?(?:voor|met) (?:een )?(?:andere|ander) (?:kandida|sollicitant)",
        r"\b(?:vacature|functie) is (?:inmiddels |intern |al )?(?:vervuld|ingevuld)",
        r"\b(?:je|jouw|uw) sollicitatie (?:helaas )?niet (?:verder )?in behandeling",
        # Swedish, Danish and Norwegian (casefolded, "ø" as "o", "æ" as "ae", "å", "ä", "ö" as "a", "a", "o")
        r"\b(?:valt|valgt|beslutat|besluttet|besluttet oss for|bestemt) (?:at |att |a )?(?:ga|gaa|gar) (?:vidare|videre) med (?:en |ett |et )?"
        r"(?:andra|annan|annat|andre|anden|andet|annen|annet|ovriga|ovrige) (?:kandidat|sokand|ansoger|soker|profil)",
        r"\b(?:valt|valgt|anstallt|ansat|ansatt|rekryterat|rekrutteret|rekruttert) (?:en |ett |et )?(?:annan|anden|annen) "
        r"(?:kandidat|sokande|ansoger|soker|person)",
        r"\b(?:inte|ej|ikke) (?:att |at |a )?(?:ga|gaa|gar|gatt|gaet|gaaet|kommer att ga|kommet) (?:vidare|videre)\b",
        r"\btjansten (?:har |ar )?(?:nu |redan )?(?:blivit )?tillsatt",
        r"\bstillingen (?:er|har vaeret|har vaert|blev|ble) (?:nu |na |allerede )?(?:blevet |blitt )?(?:besat|besatt)\b",
        r"\b(?:du|din ansokan) (?:har |ar )?(?:tyvarr )?(?:inte|ej) (?:valts ut|blivit utvald|langre aktuell|aktuell)",
        r"\b(?:inte|ej) (?:kan )?erbjuda (?:dig|er) (?:tjansten|anstallning|en anstallning|befattningen|jobbet)",
        r"\bikke (?:kan )?tilby(?:de)? (?:dig|deg) (?:stillingen|jobbet|jobben|en stilling|ansaettelse|ansettelse)",
        r"\bikke (?:\w+ )?(?:nadd|naet) (?:helt )?opp\b",
        # someone hired: "vi har nå ansatt i stillingen", "tjänsten har tillsatts"
        r"\b(?:har|har na|har nu|har nu) (?:ansatt|ansat|anstallt|tilsatt|tilsat) (?:en )?(?:i|til|till) "
        r"(?:stillingen|tjansten)",
        r"\btjansten (?:har )?(?:nu )?tillsatts\b",
    ),
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
        r"\boffer of employment\b",
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
        r"\beinladung zu(?:m| einem) (?:vorstellungsgesprach|kennenlerngesprach|gesprach|interview)",
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
    ),
    "offer": _rx(
        r"\boffer\b",
        r"\bcompensation package\b",
        r"\bstart date\b",
        # French and Spanish name a job's posting so too: "l'offre n° 2024-118", "inscrito en la oferta"
        r"(?<!l')(?<!l’)\boffre\b(?! (?:d'emploi|n|no|ref|reference|numero|de poste|publiee))",
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
