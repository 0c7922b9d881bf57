"""The strong phrases of a rejection, in every language the kit reads: a decision said outright
("we have decided not to move forward", "nous ne donnerons pas suite", "wir haben uns für einen anderen
Bewerber entschieden").  :data:`~followup_kit.io.mail.phrases.STRONG` holds them with the other kinds'.
Written against casefolded text without accents, words separated by one space.

Examples
--------
>>> any(p.search("we have decided not to move forward with your application") for p in REJECTION)
True
"""

from __future__ import annotations

from followup_kit.io.mail.context import Phrase

REJECTION: tuple[Phrase, ...] = tuple(
    Phrase(p)
    for p in (
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
        # "you were not selected"; never "you were shortlisted" or "you were successful"
        r"\byou (?:were not|have not been|haven't been|are not|weren't) (?:selected|successful|shortlisted)\b",
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
        # "we won't be taking the process further at this point"
        r"\b(?:won't|will not|not) be taking (?:the|this|your) (?:process|application|candidacy) (?:any )?further\b",
        r"\bgo(?:ne)? with (?:another|a different|other) candidate",
        # SEEK's relayed answer: "Harbor Labs has let us know that your application ... is unlikely to progress further"
        r"\b(?:is|are) unlikely to progress (?:any )?further\b",
        r"\bit'?s a no from (?:us|the team|me)\b",
        r"\b(?:won't|will not|aren't|are not|not) (?:be )?moving ahead with your (?:application|candidacy)\b",
        r"\b(?:has|have|'ve) gone with (?:other |another |a )?candidates? (?:who|whose|that|with)\b",
        r"\b(?:has|have|'ve) gone with someone (?:who|whose|else|with)\b",
        r"\b(?:we're|we are) not moving (?:ahead|forward) with (?:it|your application|your candidacy|your profile)\b",
        # Indian English: "the requirement for this role has since been closed"
        r"\b(?:requirement|requisition|opening) (?:for [^.]{1,60}? )?has (?:since |now |already )?been "
        r"(?:closed|filled|cancelled|put on hold)\b",
        # a platform's status field: "Status: No longer under consideration", "Status: Not moving forward"
        r"\bstatus\s*:\s*(?:profile not (?:matching|suitable|shortlisted)|closed by (?:the )?recruiter|"
        r"no longer under consideration|not selected|not moving forward|not progressing|rejected|"
        r"unsuccessful|declined|not shortlisted|candidate withdrawn by employer)\b",
        r"\b(?:decided|chosen|opted) to prioriti[sz]e (?:other )?candidates (?:with|who|whose)\b",
        r"\b(?:won't|will not|not) be (?:bringing|taking|moving|putting) your (?:application|candidacy) forward\b",
        # a person's own words after an interview: "so I'm not going to be able to move forward. Good luck!"
        r"\b(?:i'm|i am|we're|we are) not (?:going to be )?able to (?:move forward|proceed)\b"
        r"(?! with (?:the |your |this )?(?:order|request|refund|claim|booking|payment|ticket|purchase|return))",
        # French
        r"\bne (?:pouvons|pourrons) (?:pas )?(?:y )?donner (?:une )?suite (?:favorable )?a votre candidature",
        r"\bne pas donner suite a votre candidature",
        # "notre choix s'est porté sur une autre candidature", "le choix du jury s'étant porté sur un profil",
        # "nous avons retenu des candidats dont l'expérience", "la direction a décidé de geler ce recrutement",
        # a subject "Candidature non retenue", a board's "Statut : Candidature non retenue"
        r"\bchoix (?:du jury |final |de l'entreprise )?(?:s'est|s'etant|se porte|s'est finalement) (?:finalement )?porte sur "
        r"(?:un autre|une autre|d'autres|un|une) (?:candidat|candidature|profil|personne)",
        r"\bavons (?:finalement )?retenu (?:des|d'autres) (?:candidat|profil)\w* (?:dont|qui|avec|plus)\b",
        r"\b(?:geler|suspendre|annuler|arreter|stopper) (?:ce|le|notre) recrutement\b",
        r"^(?:votre )?candidature non retenue\b",
        r"\bstatut\s*:\s*(?:candidature )?(?:non retenue|refusee|declinee)\b",
        r"\bvotre candidature n'a pas (?:ete|pu etre) retenue",
        r"\b(?:n'avez|n'a) pas ete retenu",
        r"\bavons (?:decide|choisi) de (?:poursuivre|continuer|retenir) (?:avec |le processus avec )?"
        r"(?:un autre|une autre|d'autres) (?:candidat|profil)",
        r"\ble poste (?:a|est) (?:deja )?(?:ete )?(?:pourvu|comble)",
        r"\bavons (?:retenu|choisi|selectionne) (?:un autre|une autre|d'autres) (?:candidat|profil|candidature)",
        r"\bne (?:donnerons|pourrons donner|pouvons donner) pas (?:de )?suite",
        # "l'employeur ... a décidé de ne pas aller plus loin", "nous avons finalement retenu une personne qui connaît",
        # "ce poste vient d'être pourvu en interne", "le recrutement est arrêté", "le besoin est donc annulé",
        # "l'ensemble des candidatures en cours est par conséquent clôturé"
        r"\b(?:a|avons|ont) (?:donc |finalement )?decide de ne pas (?:aller plus loin|poursuivre|donner suite|retenir)",
        r"\b(?:avons|a|ont) (?:finalement |donc )?(?:retenu|choisi|selectionne|recrute|engage) (?:une autre personne|une personne|"
        r"un candidat|une candidate|quelqu'un|un profil|une candidature) (?:qui|dont|ayant|disposant|avec|plus)\b",
        r"\b(?:le|ce|du) poste (?:est|a ete|vient d'etre) (?:desormais |deja |maintenant |finalement |aujourd'hui )?"
        r"(?:pourvu|comble)",
        r"\b(?:recrutement|processus de recrutement|processus de selection|creation de ce poste|besoin|la mission|l'offre) "
        r"(?:[^.]{0,60} )?(?:a ete|est) (?:donc |desormais |finalement |malheureusement )?(?:annulee?|suspendue?|gelee?|arretee?|"
        r"interrompue?|abandonnee?|retiree?)\b",
        r"\b(?:candidatures en cours|votre candidature|processus de recrutement(?: externe)?|le recrutement) (?:[^.]{0,20} )?"
        r"(?:est|sont|a ete) (?:par consequent |donc |desormais )?(?:cloturee?s?|close?s?|clos)\b(?! (?:le|au|a|jusqu'au) \d)",
        r"\b(?:confier|pourvoir|attribuer|confie|pourvu|attribue) (?:le poste |la mission |ce poste )?en interne\b",
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
        # "wurden Sie nicht in den Kreis der zum Gespräch eingeladenen Personen aufgenommen", "uns für eine:n
        # Kandidat:in mit mehr Erfahrung entschieden", "für Personen entschieden, die", "für eine Kollegin entschieden",
        # "die Entscheidung ist zugunsten einer Kandidatin gefallen", "Ergebnisse reichen leider nicht aus, um Sie ...
        # zu berücksichtigen", "der Rekrutierungsprozess wird abgebrochen", "die Position ist nicht mehr vakant",
        # "den Auswahlprozess mit Bewerberinnen und Bewerbern fortzusetzen, deren ..."
        r"\bnicht in den (?:engeren )?kreis der\b",
        r"\b(?:sich|uns) (?:\w+ ){0,3}gegen (?:eine einladung|sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|"
        r"ihr profil|dein profil|eine zusammenarbeit) entschieden",
        r"\bpasst es (?:leider |aktuell |diesmal |dieses mal )*nicht\b",
        r"\b(?:stelle|position)\b[^.]{0,80}\bmit (?:jemandem|(?:einer|einem) (?:internen |anderen |externen )?"
        r"(?:kandidat|bewerber|person|kolleg)\w*)[^.]{0,60}\b(?:zu besetzen|besetzt)\b",
        r"\b(?:bewerber|kandidat|personen)\w*(?: und \w+)? in den weiteren (?:prozess|verlauf|auswahlprozess) einzubeziehen, deren",
        r"\b(?:uns|sich) (?:\w+ ){0,4}fur (?:jemanden|jemand) (?:\w+ ){0,2}entschieden",
        r"\b(?:uns|sich) (?:[^.]{0,60} )?(?:fur|zugunsten) (?:eine|einen|einer|eine:n|eine\*n|eine/n|personen|andere|"
        r"kandidat|bewerber)[^.]{0,120}\bentschieden\b",
        r"\bentscheidung (?:ist|fiel|wurde) (?:\w+ ){0,3}(?:zugunsten|fur) (?:eine[rn]?|einen) (?:andere[nrm]? )?"
        r"(?:kandidat|bewerber|person|teilnehmer|kolleg)",
        r"\bnicht aus(?:reichen|gereicht|reicht)\b[^.]{0,60}\b(?:berucksichtigen|weiter\w*|einzuladen)",
        r"\b(?:rekrutierungsprozess|auswahlverfahren|auswahlprozess|bewerbungsverfahren|besetzungsverfahren|rekrutierung|"
        r"stellenbesetzung)\b[^.]{0,40}\b(?:wird|wurde|ist) (?:\w+ )?(?:abgebrochen|eingestellt|beendet|gestoppt)\b",
        r"\b(?:position|stelle|vakanz) (?:ist |sind )?nicht mehr (?:vakant|offen|verfugbar|zu besetzen)",
        r"\b(?:ihre|deine) bewerbung wurde (?:daher |deshalb |somit )?(?:geschlossen|abgelehnt|zuruckgewiesen|archiviert)",
        r"\bmit (?:anderen |weiteren )?(?:bewerber|kandidat|personen|teilnehmer)[^.]{0,40}\b(?:fortzusetzen|fortsetzen|"
        r"weiterzugehen|weiterzufuhren)\b",
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
        r"\btjansten (?:som [^.]{1,80}? )?(?:har |ar )?(?:nu |redan )?(?:blivit )?tillsatt",
        r"\bstillingen (?:som [^.]{1,80}? )?(?:er|har vaeret|har vaert|blev|ble) (?:nu |na |allerede )?(?:blevet |blitt )?(?:besat|besatt)\b",
        r"\b(?:du|din ansokan) (?:har |ar )?(?:tyvarr )?(?:inte|ej) (?:valts ut|blivit utvald|langre aktuell|aktuell)",
        r"\b(?:inte|ej) (?:kan )?erbjuda (?:dig|er) (?:tjansten|anstallning|en anstallning|befattningen|jobbet)",
        r"\bikke (?:kan )?tilby(?:de)? (?:dig|deg) (?:stillingen|jobbet|jobben|en stilling|ansaettelse|ansettelse)",
        r"\bikke (?:\w+ )?(?:nadd|naet) (?:helt )?opp\b",
        # someone hired: "vi har nå ansatt i stillingen", "tjänsten har tillsatts"
        r"\b(?:har|har na|har nu|har nu) (?:ansatt|ansat|anstallt|tilsatt|tilsat) (?:en )?(?:i|til|till) "
        r"(?:stillingen|tjansten)",
        r"\btjansten (?:har )?(?:nu )?tillsatts\b",
        # Polish ("ł" read as "l"): "zdecydowaliśmy się kontynuować proces z innymi kandydatami", "Pani kandydatura
        # nie została wybrana", "nie zakwalifikowała się Pani do kolejnego etapu", "stanowisko zostało obsadzone",
        # "rekrutacja została zakończona", "wybraliśmy osobę, której doświadczenie", "nie możemy zaproponować Pani współpracy"
        r"\b(?:zdecydowalismy|postanowilismy|zdecydowal|zdecydowala|zdecydowali|postanowil|postanowila) (?:sie )?"
        r"(?:kontynuowac|kontynuowanie|prowadzic|dalej prowadzic|kontynuacje|na kontynuacje) (?:dalszy )?(?:procesu? |rozmow\w* |rekrutacji )?"
        r"(?:rekrutacyjn\w* |rekrutacji )?z (?:innymi|innym|inna|innymi osobami|pozostalymi) ?(?:kandydat|osob|kandydatk|osoba)?",
        r"\b(?:zdecydowalismy|postanowilismy|zdecydowal|zdecydowala|zdecydowali) (?:sie )?nie (?:kontynuowac|kontynuowanie|"
        r"prowadzic dalej|zapraszac|przechodzic|rozwazac)",
        r"\b(?:pani|pana|twoja|panska) (?:kandydatura|aplikacja|oferta) nie (?:zostala|zostanie|zostalo) (?:\w+ )?(?:wybrana|"
        r"zakwalifikowana|uwzgledniona|przyjeta|rozpatrzona pozytywnie)",
        r"\bnie (?:zostal[ae]s|zostala pani|zostal pan|zostala|zostal|zostalas) (?:\w+ )?(?:wybran|zakwalifikowan|zaproszon)",
        r"\bnie (?:zakwalifikowal\w*|przeszl\w*|przeszedl\w*) (?:sie )?(?:pan\w* |pani |pan )?(?:do )?(?:kolejnego|nastepnego|dalszego|"
        r"drugiego|finalnego) etapu",
        r"\b(?:stanowisko|wakat|etat)\b[^.]{0,60}?\b(?:zostalo|jest) (?:juz |obecnie |niestety )?obsadzon",
        r"\b(?:rekrutacja|rekrutacje|proces rekrutacyjny|proces rekrutacji|ogloszenie|projekt rekrutacyjny) (?:[^.]{0,60} )?"
        r"(?:zostal[oa]?|jest) (?:juz |obecnie |niestety |wlasnie )?(?:zakonczon|zamknie|anulowan|wstrzyman|zawieszon)",
        r"\b(?:wybralismy|wybrano|zatrudnilismy|zatrudniono|zdecydowalismy sie na) (?:inna osobe|innego kandydata|inna kandydatke|"
        r"inna kandydature|osobe, ktor|kandydata, ktor|kandydatke, ktor|osobe z|kandydata z|kandydatke z|innej osoby)",
        r"\b(?:pani|pana|twoj|twoja|twoje|panskie) (?:profil|doswiadczenie|kandydatura|kwalifikacje) nie (?:odpowiada|odpowiadaja|"
        r"spelnia|spelniaja|jest wystarczajac|pasuje)",
        # "Klient tym razem nie zdecydował się zaprosić Pani na spotkanie", "podjęliśmy decyzję o wyborze innego kandydata"
        r"\bnie (?:zdecydowal\w*|postanowil\w*) (?:sie )?(?:zaprosic|kontynuowac|zatrudnic|zaproponowac) (?:\w+ )?"
        r"(?:pani|pana|cie|ciebie|z pania|z panem)\b",
        r"\bdecyzj\w* o (?:wyborze|zatrudnieniu|zaproszeniu|kontynuowaniu (?:\w+ ){0,3}z) (?:innego|innej|innych|inna|innymi)\b",
        # "nie będziemy kontynuować procesu z Pani kandydaturą"
        r"\bnie (?:bedziemy|mozemy|jestesmy w stanie|bedziemy mogli) (?:\w+ )?(?:kontynuowac|prowadzic dalej|rozwazac) "
        r"(?:procesu |rekrutacji |rozmow )?(?:z |ze )?(?:pani|pana|twoja|panska) (?:kandydatura|aplikacja|osoba)",
        r"\bnie (?:mozemy|jestesmy w stanie|bedziemy mogli) (?:\w+ )?(?:zaproponowac|zaoferowac|przedstawic|kontynuowac) (?:pani |panu |ci |"
        r"tobie )?(?:wspolpracy|zatrudnienia|oferty pracy|stanowiska|pracy|procesu|rekrutacji)",
        # the post given to someone else: "har erbjudit tjänsten till en annan sökande", "valgt at tilbyde stillingen
        # til en anden kandidat", "anställningen har erbjudits och accepterats av en annan sökande"
        r"\b(?:erbjudit|erbjuda|erbjudits|tilbudt|tilbyde|tilby|tilbudt) (?:tjansten|stillingen|jobbet|rollen|anstallningen|"
        r"tjenesten|tjenestene) (?:till|til) (?:en |et |ei )?(?:annan|anden|annen|andra|andre) (?:\w*kandidat\w*|sokande|ansoger\w*|"
        r"soker\w*|person)",
        r"\b(?:erbjudits|tilbudt|blevet tilbudt)[^.]{0,40}\b(?:av|af) (?:en |et )?(?:annan|anden|annen) (?:\w*kandidat\w*|sokande|"
        r"ansoger|soker|person)",
        # "har valt att gå vidare med en annan person", "beslutat att gå vidare med en kandidat vars erfarenhet",
        # "valgt at gå videre med en kandidat, som har mere erfaring"
        r"\b(?:valt|valgt|beslutat|besluttet|bestamt|bestemt) (?:oss |os |seg )?(?:for )?(?:att|at|a) (?:ga|gaa) (?:vidare|videre) "
        r"med (?:en|ett|et|ei) (?:annan |anden |annen |annat |andet )?(?:kandidat|sokande|ansoger|soker|person)\w*"
        r"(?:,? (?:vars|som|der|hvis|med|hvor)\b|(?<=annan person)|(?<=anden person)|(?<=annen person))",
        # "Tyvärr går vi inte vidare med din ansökan", "din ansökan går därför inte vidare"
        r"\b(?:gar|ga|kommer|gaar) (?:vi|du|den|din ansokan|ansokan|din ansogning|ansogningen) (?:\w+ )?(?:inte|ej|ikke) "
        r"(?:att ga |at ga )?(?:vidare|videre)\b",
        r"\b(?:ansokan|ansogning|soknad|ansogningen|ansokningen) (?:gar|kommer att ga|gaar|gar darfor|gaar derfor) (?:\w+ )?"
        r"(?:inte|ej|ikke) (?:vidare|videre)\b",
        # "Du finns inte med bland dem", "du er desværre ikke blandt dem, vi har valgt at invitere"
        r"\bdu (?:finns|ar|er|var|var) (?:\w+ )?(?:inte|ej|ikke) (?:med )?(?:bland|blandt|iblandt|blant) (?:dem|de)\b",
        # the recruitment closed: "Rekryteringen ... är nu avslutad", "rekrutteringen er afsluttet"
        r"\brekryteringen (?:[^.]{0,80} )?(?:ar|har) (?:nu |darmed |harmed )?(?:blivit )?(?:avslutad|avbruten|stoppad|avslutats|avbrutits|"
        r"pausad|pausats|stoppats|installd|stallts in)\b",
        # "vi har gått vidare med andra kandidater", "tjänsten har dragits tillbaka"
        r"\b(?:ga|gar|gatt) vidare med (?:andra|en annan|ett annat|ovriga) (?:kandidat|sokande|profil|person)",
        # "Den här gången blev det inte du", "Det blev inte du den här gången"
        r"\b(?:blev det|det blev) inte du\b",
        # "har efter intervjuerna valt en kandidat med mer erfarenhet", "valt en person som"
        r"\b(?:valt|valgt|anstallt|rekryterat) (?:en )?(?:kandidat|person|sokande) (?:med|som|vars)\b",
        # "Vi väljer att inte ta din ansökan vidare", "vi har valt att inte gå vidare med dig"
        r"\b(?:valjer|valt|beslutat|bestamt) (?:oss for )?att inte (?:ta|ga) (?:din ansokan |dig |den )?vidare\b",
        r"\b(?:tjansten|rekryteringen|annonsen) (?:har )?(?:nu )?(?:dragits tillbaka|dragit tillbaka)\b",
        r"\brekrutteringen (?:[^.]{0,80} )?(?:er|har vaeret|har vaert|blev|ble) (?:nu|na) (?:blevet |blitt )?(?:afsluttet|afbrudt|"
        r"stoppet|avsluttet|avbrutt|annulleret|annullert)\b",
    )
)
