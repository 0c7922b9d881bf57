"""How an application is confirmed, in every language the kit reads: the strong acknowledgement
phrases of :data:`~followup_kit.io.mail.phrases.STRONG` ("we have received your application",
"nous avons bien reçu votre candidature", "Ihre Bewerbung ist bei uns eingegangen", "tack för din
ansökan").  Written against casefolded text without accents, as every phrase table is.

Examples
--------
>>> any(p.search("thank you for applying to the analyst role") for p in ACKNOWLEDGEMENTS)
True
"""

from __future__ import annotations

from followup_kit.io.mail.context import Phrase

ACKNOWLEDGEMENTS: tuple[Phrase, ...] = tuple(
    Phrase(p)
    for p in (
        r"\b(?:we have|we've|we) (?:successfully |just )?received your (?:application|resume|cv|submission|"
        r"direct submission)",
        # the employer's name or the job between: "we've received your Target job application"
        r"\b(?:we have|we've|we) (?:successfully |just )?received your (?:[a-z0-9&.'-]+ ){1,4}application\b",
        r"\bconfirming your application\b",
        # "The Nue IO Team has received your application!"
        r"\bhas (?:successfully )?received your (?:application|resume|cv|candidacy|submission)\b",
        # a form between: "Human Resources has received your Internal Application Form and resume"
        r"\b(?:has|have) (?:successfully )?received your (?:[a-z]+ ){1,3}(?:application|resume|cv)(?: form)?\b",
        # a portal's registration with it: "Thank you for registering on the TCS Careers portal and applying for"
        r"\bthank(?:s| you) for registering (?:[^.]{1,60}?) and applying (?:for|to)\b",
        r"\bapplication acknowledge?ment\b",
        # the job named between: "your application for the Analyst position has been received"
        r"\byour (?:job |online )?(?:application|candidacy|resume|cv|submission)(?: (?:for|to) [^.]{1,140}?)? (?:has been|was) "
        r"(?:successfully )?(?:received|submitted)",
        # "This email confirms that your online application is complete."
        r"\bconfirms? that your (?:online |job )?(?:application|submission) (?:is complete|has been (?:received|submitted))",
        # a board's: "your application has been successfully sent to PM Group"
        r"\byour (?:job )?application (?:has been|was) (?:successfully )?(?:sent|forwarded|delivered) to\b",
        r"\b(?:we're|we are) (?:currently |now )?reviewing your (?:application|resume|cv|candidacy)\b",
        r"\bthank(?:s| you) for taking the time to apply\b",
        # Spanish and Portuguese: "Tu candidatura para la oferta X se ha registrado correctamente"
        r"\b(?:tu|su|sua) (?:candidatura|solicitud|postulaci[oó]n)\b[^!?\n]{0,140}?\bse ha (?:registrado|enviado|recibido) "
        r"(?:correctamente|con [ée]xito)",
        # a small firm's own reply: "Thanks for sending your resume for the Senior Manager position we posted"
        r"\bthank(?:s| you) for (?:sending|submitting|forwarding|emailing) (?:us |me )?your (?:resume|cv|application) for "
        r"(?:the|our|this|your) [^.]{0,60}\b(?:position|role|job|opening|posting|vacancy)\b",
        r"\byour (?:application|resume|cv|candidacy) is (?:now |currently )?being reviewed\b",
        r"\bconfirm(?:s|ing)? (?:the )?receipt of your (?:application|resume|cv|candidacy)\b",
        r"\backnowledge(?:s|d)? (?:the )?receipt of your (?:application|resume|cv|candidacy)\b",
        # a search firm's: "confirming receipt of your materials", "Project Falcon - materials received",
        # "CFO: you've been submitted"
        r"\b(?:confirm(?:s|ing)?|acknowledg(?:e|es|ing)) (?:the )?receipt of your (?:materials|documents|details|papers)\b",
        r"\b(?:your )?(?:materials|documents) (?:have been |were )?received\b",
        r"\byou(?:'ve| have) been (?:formally |officially )?(?:submitted|presented|put forward)\b",
        r"\bwe are in receipt of your (?:application|resume|cv|candidacy)\b",
        r"\byour application is in\b",
        r"\bthank(?:s| you) for your (?:[a-z0-9&.'/-]+ ){1,5}application\b",
        r"\bconfirmation (?:of|on|for) your application\b",
        r"\byour application has (?:reached us|been received)",
        # a school district's or a council's system: "Thank you for completing an application with X"
        r"\bthank(?:s| you) for completing (?:an|your|the) (?:online )?application\b",
        r"\byour application is (?:now )?complete\b",
        r"\byour application for [^.]{1,80}? has reached (?:me|us)\b",
        r"\bi(?:'ve| have) (?:got|received) your application\b",
        # an agency's recruiter applying for you: "I've submitted your CV to Origin Energy", "I've put you forward to AusNet"
        # a search firm's slate: "we have presented your profile to the client as part of the first slate"
        r"\b(?:i(?:'ve| have)|we(?:'ve| have)) (?:now |just |also )?(?:formally )?(?:submitted|forwarded|sent|presented|"
        r"introduced) your (?:cv|resume|application|profile|candidacy|details)\b(?: [^.]{0,80})? (?:to|with)\b",
        r"\b(?:i(?:'ve| have)|we(?:'ve| have)) (?:now |just |also )?put you forward (?:to|for)\b",
        # an agency's submission in the passive or with "went ahead": "your profile has been submitted to
        # St. George Regional", "you're officially submitted to Yuma Regional", "I went ahead and submitted your profile to"
        r"\byour (?:profile|cv|resume|application|candidacy) (?:has been|was|is) (?:now |just |officially )?"
        r"(?:submitted|sent|forwarded|presented) to\b",
        r"\byou(?:'re| are|'ve been| have been) (?:now |officially |just )?submitted (?:to|for)\b",
        r"\b(?:went ahead and|just|have|'ve) submitted your (?:profile|cv|resume|application) (?:to|for)\b",
        r"\b(?:thank you|thanks)(?: very much| so much| a million| a lot| kindly)? for (?:your )?"
        r"(?:applying|application|submitting your application)",
        r"\byour application (?:has been|was) (?:successfully )?(?:received|submitted)",
        # not a kind of document named in a list: "for example, application confirmation emails"
        r"\bapplication (?:received|confirmation)\b(?! (?:emails?|e-mails?|letters?|messages?|notices|screenshots?|pages?))",
        # issue 25: acknowledgements that real inboxes passed over
        r"\byour (?:application|resume|cv|candidacy) (?:is|has been) (?:currently )?(?:being|under|in) review",
        r"\b(?:we(?:'ve| have)? got|we have) your application\b",
        r"\bthank(?:s| you)(?: very much| so much)? for (?:your )?(?:interest and )?(?:recent )?application\b",
        # subjects of real confirmations (a whole inbox of subjects, CoderClarkPfohl's and kendallwhitbeck's)
        r"\bthank(?:s| you) for (?:completing|submitting) your (?:application|resume|cv|candidacy)\b",
        r"\bapplication (?:has been |was )?(?:successfully )?confirmed\b",
        r"\breceived (?:your |the )?application for\b",
        r"^you have (?:successfully )?applied (?:to|for)\b",  # the subject only: in a text it looks back
        r"\byour candidate reference number\b",
        r"\bjob application notification\b",
        # a status card: "Status: Reviewing applications" (USAJOBS), "Status: Application received"
        r"\bstatus: (?:application )?(?:received|reviewing applications|under review|in review)\b",
        # French
        r"\b(?:nous avons|j'ai|on a) bien recu (?:votre|ta) candidature",
        r"\bmerci (?:pour|de) (?:votre|ta) candidature",
        r"\b(?:nous )?vous remercions (?:pour|de) (?:votre|ta) candidature\b",
        r"\bconfirmation de (?:votre |ta )?candidature\b",
        r"\baccuse de reception\b",
        # the informal "ta" and the platforms' own wording (issue 25)
        r"\bcandidature bien recue\b",
        r"\b(?:votre|ta) candidature (?:est bien arrivee|a (?:bien )?ete (?:recue|enregistree|transmise)|a ete envoyee)",
        r"\bmerci d'avoir (?:\w+ )?postule\b",
        # Quebec and the public service: "nous accusons réception de votre candidature", "la présente
        # confirme que nous avons reçu votre candidature", "a bien été transmise à l'employeur"
        r"\b(?:confirmons|accusons) (?:la )?reception de (?:votre|ta) (?:candidature|dossier|cv)",
        r"\bavons (?:bien )?(?:recu|enregistre|pris en compte) (?:votre|ta) candidature",
        r"\b(?:votre|ta) candidature a (?:bien )?ete prise en compte",
        r"\breception de (?:votre|ta) candidature\b",
        r"\bcandidature (?:\w+ ){0,6}a (?:bien )?ete (?:transmise|envoyee|acheminee)",
        # the job and its place between: "votre candidature au poste d'analyste (réquisition 40217), Montréal, a
        # bien été reçue", "votre candidature pour l'offre « ... » chez Metro inc. a été envoyée avec succès"
        r"\b(?:votre|ta) candidature (?:au|pour|a|a l'|pour l')[^!?\n]{1,160}?\ba (?:bien )?ete (?:bien )?"
        r"(?:recue|enregistree|transmise|envoyee|acheminee)",
        # German
        r"\b(?:vielen )?danke? fur (?:ihre|deine) bewerbung",
        r"\bbewerbung (?:ist|wurde) .{0,30}eingegangen",
        # "bestätigen den Eingang Ihrer Bewerbung", "Ihre Unterlagen sind bei uns eingegangen", "ist bei uns gelandet"
        r"\bbestatigen (?:ihnen |dir )?(?:hiermit )?den eingang (?:ihrer|deiner) (?:bewerbung|unterlagen)",
        r"\b(?:ihre|deine) (?:bewerbung|unterlagen) (?:\w+ ){0,6}(?:ist|sind) (?:vollstandig |vollzahlig )?(?:bei uns )?(?:gut |sicher )?(?:eingegangen|angekommen|gelandet|eingelangt)",
        r"\beingangsbestatigung\b",
        # a job site's "Ihre Bewerbung wurde erfolgreich an die ausschreibende Stelle übermittelt"
        # the job and its employer between: "deine Bewerbung als ROLE (m/w/d) bei RobCo – The Robot Company wurde ..."
        r"\b(?:ihre|deine) bewerbung (?:[^.!?\n]{1,120}? )?(?:wurde|ist) (?:am [\d.]+ (?:um [\d:]+ uhr )?)?(?:erfolgreich )?"
        r"(?:\w+ ){0,4}?(?:ubermittelt|versendet|versandt|gesendet|verschickt)\b",
        r"\bwir haben (?:ihre|deine) bewerbung (?:erhalten|bekommen)",
        # an agency that put you forward: "Ich habe Ihr Profil heute an den Kunden für die Position ... übermittelt"
        r"\b(?:ich habe|wir haben) (?:ihr|dein|ihren|deinen|ihre|deine) (?:profil|lebenslauf|cv|bewerbung|unterlagen)\b"
        r"[^.]{0,60}\ban (?:den|unseren|meinen|ihren) kunden\b[^.]{0,90}\b(?:ubermittelt|weitergeleitet|gesendet|"
        r"geschickt|vorgestellt|prasentiert)",
        # "Wir danken Ihnen für Ihre Bewerbung", "wir bedanken uns für Ihre Onlinebewerbung", "Ihr Dossier ist bei uns
        # eingetroffen", "Ihre Unterlagen liegen uns vollständig vor", "Ihre Bewerbung für die Stelle X, Anforderungsnummer
        # 260471, ist bei uns eingegangen", "bestätigen wir Ihnen den Eingang Ihrer Bewerbung"
        r"\b(?:danken|bedanken) (?:ihnen|uns|dir|euch) (?:\w+ ){0,2}fur (?:ihre|deine) (?:online|initiativ)?bewerbung",
        r"\b(?:vielen )?danke? fur (?:ihre|deine) (?:online|initiativ)bewerbung",
        r"\b(?:ihr|dein) (?:dossier|bewerbungsdossier) (?:ist|wurde) (?:bei uns )?(?:gut |vollstandig )?(?:eingetroffen|eingegangen|angekommen)",
        r"\b(?:ihre|deine) (?:unterlagen|bewerbungsunterlagen|bewerbung) (?:liegen|liegt) (?:uns|bei uns) (?:nun |jetzt )?"
        r"(?:vollstandig |vollzahlig )?vor\b",
        r"\b(?:ihre|deine) bewerbung (?:fur|auf|als) [^.]{1,120}?(?:ist|wurde) (?:bei uns )?(?:gut |erfolgreich )?(?:eingegangen|angekommen)",
        r"\bden eingang (?:ihrer|deiner) (?:online)?bewerbung\b",
        # Spanish
        r"\bhemos recibido (?:tu|su) (?:solicitud|candidatura|aplicacion)",
        r"\b(?:tu|su) (?:solicitud|candidatura) (?:ha sido|fue) (?:recibida|enviada)",
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulacion|interes)",
        r"\b(?:recibimos|hemos recibido|hemos registrado|registramos) (?:correctamente )?(?:tu|su) (?:postulacion|candidatura|"
        r"solicitud|cv|inscripcion)",
        r"\b(?:acusamos (?:de )?recibo|acuse de recibo)\b",
        r"\bgracias por (?:postularte|postularse|inscribirte|aplicar)\b",
        r"\bconfirmamos que (?:hemos recibido )?(?:tu|su) (?:postulacion|candidatura|solicitud|inscripcion)",
        r"\b(?:tu|su) (?:candidatura|postulacion|solicitud|inscripcion) (?:\w+ ){0,5}(?:se ha registrado|ha sido "
        r"registrada|ha sido enviada|fue recibida|ha sido recibida|se ha enviado|se ha completado)",
        r"\b(?:inscripcion|postulacion) (?:recibida|realizada|confirmada|exitosa)\b",
        # Portuguese (Brazil and Portugal): "Recebemos sua candidatura", "Sua candidatura foi enviada",
        # "Candidatura realizada com sucesso", "Obrigado por se candidatar", "Confirmamos o recebimento"
        r"\brecebemos (?:a |o )?(?:sua|tua|seu|teu) (?:candidatura|inscricao|curriculo|cv|interesse na vaga)",
        r"\b(?:sua|tua) (?:candidatura|inscricao) (?:[^.!?]{1,100}? )?(?:foi|esta|ja esta) (?:\w+ )?(?:recebida|enviada|realizada|"
        r"registrada|confirmada|concluida|feita|efetivada|com a gente)",
        r"\b(?:candidatura|inscricao) (?:recebida|realizada|enviada|confirmada|registrada|efetivada|concluida)\b",
        r"\bobrigad[oa] (?:por (?:se candidatar|se inscrever|candidatar-se)|pela (?:sua |tua )?(?:candidatura|inscricao))",
        r"\b(?:confirmamos|acusamos) (?:o )?recebimento d[aeo] (?:sua|tua|seu|teu) (?:candidatura|inscricao|curriculo|cv)",
        r"\bagradecemos (?:a |pela )?(?:sua|tua) (?:candidatura|inscricao)\b",
        r"\bvoce se candidatou (?:para|a|na|no|em)\b",
        r"\bconfirmacao d[ae] (?:sua )?(?:candidatura|inscricao)\b",
        # Italian: "abbiamo ricevuto la sua candidatura", "la tua candidatura è stata inviata", "grazie per esserti
        # candidato", "confermiamo la ricezione del suo curriculum"
        r"\babbiamo (?:correttamente |regolarmente )?ricevuto (?:la (?:sua|tua) candidatura|il (?:suo|tuo) (?:cv|curriculum))",
        r"\b(?:la (?:sua|tua) )?candidatura (?:[^.!?]{1,100}? )?(?:e stata|e) (?:correttamente |regolarmente )?"
        r"(?:ricevuta|inviata|registrata|inoltrata|trasmessa|acquisita)",
        # "Confermiamo di aver ricevuto il suo curriculum", "il suo messaggio e il relativo curriculum sono stati
        # ricevuti", "la ringraziamo per aver inviato la sua candidatura", "Conferma di avvenuta candidatura"
        r"\bconfermiamo di aver (?:correttamente )?ricevuto (?:la (?:sua|tua) candidatura|il (?:suo|tuo) (?:cv|curriculum))",
        r"\b(?:curriculum|cv)\b[^.!?]{0,40}\b(?:e stato|sono stati) (?:correttamente )?(?:ricevut[oi]|acquisit[oi])\b",
        r"\bringrazi(?:amo|o) per (?:aver(?:ci)? inviato|averci trasmesso) (?:la (?:sua|tua) candidatura|il (?:suo|tuo) (?:cv|curriculum))",
        r"\bavvenuta (?:candidatura|ricezione della candidatura|registrazione della candidatura)\b",
        r"\bgrazie per (?:esserti candidat[oa]|esservi candidati|la (?:sua|tua) candidatura|aver inviato la (?:sua|tua) candidatura|"
        r"averci inviato (?:il (?:suo|tuo) (?:cv|curriculum)|la (?:sua|tua) candidatura))",
        r"\bconfermiamo (?:la )?(?:ricezione|ricevuta) (?:della (?:sua|tua) candidatura|del (?:suo|tuo) (?:cv|curriculum))",
        r"\b(?:conferma|ricevuta) (?:di )?(?:ricezione |invio )?(?:della )?candidatura\b",
        r"\bcandidatura (?:ricevuta|inviata|registrata)\b",
        # a public competition's "domanda": "ricevuta presentazione domanda", "avvenuta protocollazione domanda"
        r"\b(?:ricevuta|conferma) (?:di )?(?:presentazione|invio|protocollazione) (?:della )?domanda\b",
        r"\bavvenuta (?:protocollazione|presentazione|ricezione|registrazione) (?:della )?domanda\b",
        r"\b(?:la )?(?:sua|tua) domanda (?:di partecipazione )?(?:e stata )?(?:correttamente )?(?:ricevuta|protocollata|"
        r"presentata|inviata|registrata)\b",
        # Dutch
        # "We hebben je sollicitatie voor de functie HR Business Partner goed ontvangen"
        r"\b(?:wij hebben|we hebben|hebben wij|hebben we) (?:je|jouw|uw) (?:sollicitatie|cv|reactie)(?: [\w-]+){0,8} "
        r"(?:ontvangen|binnen)",
        r"\b(?:je|u) hebt gesolliciteerd (?:op|bij|naar|via)\b",
        r"\b(?:je|jouw|uw) sollicitatie is (?:\w+ ){0,2}doorgestuurd\b",
        r"\bsollicitatie (?:goed |in goede orde )?ontvangen\b",
        # an agency's "Je cv is voorgesteld bij Vattenfall": submitted to its client
        r"\b(?:je|jouw|uw) (?:cv|profiel) (?:is|werd) (?:\w+ ){0,2}(?:voorgesteld|ingediend|doorgestuurd|aangeboden)\b",
        r"\b(?:bedankt|dank|hartelijk dank|dank je wel|dank u wel) voor (?:je|jouw|uw) sollicitatie\b",
        r"\bbedankt voor het solliciteren\b",
        r"\bontvangstbevestiging\b",
        r"\b(?:je|jouw|uw) sollicitatie is (?:\w+ ){0,3}(?:ontvangen|binnengekomen|verstuurd|verzonden|aangekomen)",
        r"\bleuk dat (?:je|jij) (?:hebt )?gesolliciteerd",
        # "bevestigt de ontvangst van uw sollicitatie"; the Flemish "kandidatuur"
        r"\bbevestig\w* (?:wij |we )?(?:hierbij )?de ontvangst van (?:je|jouw|uw) (?:sollicitatie|kandidatuur|cv)",
        r"\b(?:bedankt|dank|danken (?:je|u)) voor (?:je|jouw|uw) kandidatuur\b",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:is|werd) (?:\w+ ){0,3}(?:ontvangen|binnengekomen|terechtgekomen)",
        r"\b(?:wij hebben|we hebben) (?:je|jouw|uw) kandidatuur (?:\w+ ){0,3}ontvangen",
        r"\bsollicitatie is binnen\b",
        # Swedish, Danish and Norwegian
        r"\btack for (?:din|er) ansokan\b",
        r"\b(?:vi har|har vi) (?:nu )?(?:tagit emot|mottagit|fatt|modtaget|mottatt) (?:din|er|jeres|deres) "
        r"(?:ansokan|ansogning|soknad)",
        r"\b(?:din|er) ansokan (?:har|ar) (?:nu )?(?:tagits emot|kommit in|registrerats|mottagen|inkommen|skickats)",
        r"\bbekraftelse (?:pa|av) (?:din |er )?ansokan\b",
        r"\btak for (?:din|jeres) ansogning\b",
        r"\bdin ansogning er (?:nu )?(?:modtaget|sendt|registreret)\b",
        r"\btakk for (?:din |soknaden)(?:soknad)?",
        r"\bsoknad(?:en)? (?:din )?(?:er )?(?:mottatt|registrert|sendt|motatt)\b",
        # Polish ("ł" read as "l"): "dziękujemy za przesłanie aplikacji", "Twoja aplikacja została wysłana do",
        # "potwierdzamy otrzymanie Pani zgłoszenia", "otrzymaliśmy Twoją kandydaturę"
        r"\bdziekujemy (?:bardzo )?za (?:przeslanie |zlozenie |wyslanie |nadeslanie )?(?:twojej |twoja |pani |pana |swojej |swoja )?"
        r"(?:aplikacji|aplikacje|kandydatury|kandydature|zgloszenia|zgloszenie|cv|dokumentow aplikacyjnych|aplikowanie)\b",
        r"\b(?:twoja|pani|pana|panska) (?:aplikacja|kandydatura|zgloszenie) (?:\w+ ){0,6}?(?:zostala|zostalo|jest|zostal) "
        r"(?:pomyslnie |poprawnie |prawidlowo |juz )?(?:wyslan|przeslan|przekazan|zarejestrowan|przyjet|zapisan|dostarczon|zlozon)",
        r"\b(?:potwierdzamy|potwierdzenie) (?:otrzymani[ae]|przyjeci[ae]|zlozeni[ae]|wyslani[ae]|zarejestrowani[ae]|wplyw[u]?) "
        r"(?:twojej |twojego |pani |pana |panskiej )?(?:aplikacji|kandydatury|zgloszenia|cv|oferty)",
        r"\b(?:otrzymalismy|otrzymalam|otrzymalem|przyjelismy) (?:twoja |twoje |pani |pana |panska )?(?:aplikacje|kandydature|"
        r"zgloszenie|cv)",
        # "Twoje CV zostało przekazane do firmy", "Twoje CV ... dotarło do nas", "Dziękujemy, że aplikujesz", "Dzięki za aplikację"
        r"\b(?:twoje|pani|pana) (?:cv|zgloszenie|dokumenty aplikacyjne) (?:[^.]{0,80} )?(?:zostal[oy] (?:\w+ )?(?:przekazane|wyslane|"
        r"przeslane|dostarczone)|dotarl[oy] do nas)",
        r"\bdziekujemy, ze (?:aplikujesz|aplikowal[ae]s|aplikowala pani|zlozyl[ae]s)",
        r"\bdzieki za (?:twoja |twoje )?(?:aplikacje|zgloszenie|cv|kandydature)\b",
    )
)
