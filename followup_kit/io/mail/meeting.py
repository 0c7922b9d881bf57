"""An invitation read by its shape, in any language the kit reads: the subject names an interview
and the mail proposes when to meet (a day with an hour, a booking page, a video call's link).

Invitations are written in too many ways for a list of phrases ("Entrevista presencial - Jabil
Guadalajara", "Colloquio con il responsabile - 18 febbraio", "Invitation: video interview"), but
their shape is the same everywhere.  A mail of that shape is an interview request the kit records
on an application another message started; it never starts one (a recruiter's cold call for a
time reads the same way).  Text is normalised (:func:`~followup_kit.io.mail.sentences.normalise`).

Examples
--------
>>> proposed_meeting("entrevista - analista de costos", "te esperamos el jueves 13 de marzo a las 10:00 hrs.")
'jueves 13 de marzo a las 10:00 hrs'
>>> proposed_meeting("your application", "we will review it by friday 14 march at 10:00.") is None
True
"""

from __future__ import annotations

import re

#: Subject words that name a meeting about a job: an interview, a screen, an assessment day.
INTERVIEW_SUBJECT = re.compile(
    r"(?:\binterview\w*|\b(?:phone|video|recruiter|initial|technical) screen\w*|\bscreening call\b|"
    r"\b(?:intro|introductory|phone|video|screening) call\b|\bonsite\b|\bon-site\b|\bassessment (?:centre|center|day)\b|"
    r"\bentretien\b|\bentrevista\b|colloqui\w*|\bvorstellungsgesprach\b|\bsollicitatiegesprek\b|"
    r"\bkennismakingsgesprek\b|\brozmow\w*)"
)

_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|"
    r"lunedi|martedi|mercoledi|giovedi|venerdi|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"(?:segunda|terca|quarta|quinta|sexta)[- ]feira|poniedzialek|wtorek|sroda|czwartek|piatek|"
    r"tomorrow|demain|manana|domani"
)
_MONTH = (
    r"jan\w*|feb\w*|fev\w*|mar\w*|apr\w*|avr\w*|abr\w*|mai|may\w*|mei|mag\w*|maio|jun\w*|jui\w*|giu\w*|"
    r"jul\w*|lug\w*|aug\w*|aou\w*|ago\w*|sep\w*|set\w*|oct\w*|okt\w*|ott\w*|out\w*|nov\w*|dec\w*|dez\w*|dic\w*"
)
#: A day: a weekday, "14 march", "march 14", "le 20/02", "23.01.".
_DAY = rf"\b(?:{_WEEKDAY})\b|\b\d{{1,2}}(?:st|nd|rd|th)?(?: de| of)? (?:{_MONTH})\b|\b(?:{_MONTH}) \d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}\b"
#: An hour: "10:30", "2pm", "14h30", "15 uhr", "10.00 hrs".
_HOUR = r"\b(?:[01]?\d|2[0-3])(?::|h|\.)[0-5]\d\b(?: ?(?:am|pm|hrs|h|uhr))?|\b(?:1[0-2]|0?[1-9]) ?(?:am|pm)\b|\b(?:[01]?\d|2[0-3]) ?(?:uhr|h)\b"
#: A day and an hour within a few words of each other, in either order.
_WHEN = re.compile(rf"(?:{_DAY})[^.?!\n]{{0,40}}?(?:{_HOUR})|(?:{_HOUR})[^.?!\n]{{0,40}}?(?:{_DAY})")
#: A page or a link to book or join the meeting.
_BOOKING = re.compile(
    r"calendly\.com|goodtime\.io|cal\.com/|youcanbook\.me|zoom\.us/j|teams\.microsoft\.com/l/meetup|meet\.google\.com|"
    r"webex\.com/meet|whereby\.com|\b(?:select|choose|pick|book|reserve|schedule) (?:a|your|an available|the) "
    r"(?:time|slot|date|time slot|interview slot)\b"
)
#: A sentence that promises a meeting only on a condition ("if you are shortlisted, we will call on
#: Monday 10 March"), or thanks for one that is over ("thank you for meeting us on Tuesday").
_NOT_OFFERED = re.compile(
    r"\b(?:if|should|once|when|si|wenn|falls|se|als) (?:you are |you're |your application is |tu |vous |sie )?"
    r"(?:selected|shortlisted|successful|invited|seleccionad\w*|retenue?|selectionnee?|ausgewahlt|selezionat\w*)|"
    r"\bthank(?:s| you) (?:\w+ )?for (?:taking the time|meeting|speaking|interviewing|your time)|"
    r"\bit was (?:great|nice|lovely|a pleasure) (?:to )?(?:meet|speak|talk)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def proposed_meeting(subject: str, text: str) -> str | None:
    """What in ``text`` proposes a time to meet (a day and an hour, a booking or video-call link)
    when ``subject`` names an interview, or ``None``; both normalised.

    A time in a sentence that promises it only on a condition, or that thanks for a meeting that
    is over, proposes nothing.

    >>> proposed_meeting("invitation: video interview", "please pick a time: https://calendly.com/hr/30min")
    'pick a time'
    >>> proposed_meeting("colloquio con il responsabile", "ti aspettiamo martedi 18 febbraio alle 15:30")
    'martedi 18 febbraio alle 15:30'
    >>> proposed_meeting("interview follow-up", "thank you for meeting us on tuesday at 10am.") is None
    True
    """
    if INTERVIEW_SUBJECT.search(subject or "") is None:
        return None
    for sentence in _SENTENCE_END.split(text or ""):
        if _NOT_OFFERED.search(sentence):
            continue
        found = _WHEN.search(sentence) or _BOOKING.search(sentence)
        if found is not None:
            return found.group(0).strip()
    return None


#: A subject that asks you to do something for the application: "Action required: complete your assessment",
#: "Please complete your pre-employment questionnaire", "Upload your documents".
_ASKS = re.compile(
    r"\b(?:action (?:needed|required)|please (?:complete|submit|upload|provide|send|sign|return)|"
    r"(?:complete|finish|upload|submit|return) your)\b"
)
#: What such a subject asks for: a task or a paper of the hiring process.
_TASK = re.compile(
    r"\b(?:assessments?|questionnaires?|tests?|documents?|background (?:check|screening)|i-9|forms?|onboarding|"
    r"references?|right to work|tryout|exercise|tasks?|paperwork|application form)\b"
)


def requested_task(subject: str) -> str | None:
    """What a subject asks you to complete for an application ("Action required: complete your Form I-9",
    "Please complete your pre-employment assessment"), or None; a subject that names an interview is an
    invitation's (:func:`proposed_meeting`).  Normalised text.

    >>> requested_task("action needed: complete your walmart assessment")
    'assessment'
    >>> requested_task("action required: schedule your video interview") is None
    True
    """
    subject = subject or ""
    if INTERVIEW_SUBJECT.search(subject) or _ASKS.search(subject) is None:
        return None
    found = _TASK.search(subject)
    return found.group(0) if found is not None else None
