"""Reading an offer: whether its words make one, name one made before, or only name one, and
whether an offer that comes out of the blue reads as a real one (issue 25).

A mail's offer words are not always an offer: "this is not an offer of employment" names one,
"congratulations on your conditional offer; please complete the checks" follows one made
before.  And an offer from an employer the mailbox holds nothing else from is a scam's as often
as a job's: it is recorded only with a real offer's forms (its letter, pay, a start date) and
no scam's marks.  Text is normalised as :func:`~followup_kit.io.mail.classify.classify`
normalises it (casefolded, no accents).

Examples
--------
>>> text = "this is not an offer of employment"
>>> named_only(text, text.index("offer"))
True
>>> formal_offer("we are pleased to offer you the role. your offer letter is attached.")
True
"""

from __future__ import annotations

import re

from followup_kit.io.mail.context import Phrase

#: Characters before an offer's words searched for what makes them only name an offer.
NAMED_REACH = 40
#: A negation a few words before an offer's words: the offer is named, not made.
_NOT_AN_OFFER = re.compile(
    r"\b(?:not|no|never|nor|\w+n't)\b(?:\s+(?:be|constitute|guarantee|imply|mean)s?)?(?:\s+(?:an?|the|any|your))?\s*$"
)
#: An offer made before, named again: "congratulations on your conditional offer of employment; please
#: complete the checks", "as set out in your offer letter", "an update regarding your offer of employment".  The offer was recorded when it came.
_EARLIER_OFFER = re.compile(
    r"\b(?:congratulations on|set out in|stated in|referred to in|outlined in|described in|mentioned in|following|"
    r"accepted|accepting|acceptance of|regarding|concerning|about|update on)\s+(?:your|the)(?:\s+(?:conditional|contingent|formal|written|verbal|recent))?\s*$"
)

#: What a real offer carries: its letter or contract, its pay, a start date, a step to accept it.
#: An offer out of the blue (no other mail about the job) without one of these is checked first.
OFFER_FORM = Phrase(
    r"\b(?:offer letter|letter of offer|formal offer|employment (?:contract|agreement)|contract of employment|"
    r"docusign|attached|enclosed|attachment|"
    r"(?:accept|sign|review)\w* (?:the|your|this|our) (?:formal |written |conditional )?offer|start(?:ing)? date|"
    r"joining date|compensation|salary|base pay|per annum|annual (?:base|salary|ctc)|ctc|"
    r"lettre d'offre|contrat de travail|date (?:de debut|d'embauche)|salaire|"
    r"arbeitsvertrag|eintrittsdatum|gehalt|contrato|fecha de (?:incorporacion|inicio)|salario|"
    r"arbeidsovereenkomst|startdatum|salaris)\b"
)
#: The marks of a recruitment scam: a job without an interview, a fee to pay, a chat app, your bank details.
SCAM_MARKS = Phrase(
    r"\b(?:no interview (?:is |will be )?(?:needed|required|necessary)|without (?:an |any )?interview|"
    r"(?:application|processing|registration|training|onboarding|equipment|visa) fee|pay (?:a|the) (?:small )?fee|"
    r"whatsapp|telegram|(?:bank|account) details|"
    # money asked of you: "deposit Rs. 7,500 (fully refundable) towards laptop security"
    r"(?:security|refundable|caution|joining) (?:deposit|amount|fee)|deposit (?:of )?(?:rs\.?|inr|usd|\$|£|€|₹)|"
    r"(?:deposit|transfer|pay|remit) (?:rs\.?|inr|₹|\$|£|€)\s?[\d,]+|"
    # a check to deposit and its balance sent on: "deposit the check by mobile deposit ... via Zelle or Bitcoin ATM"
    r"(?:deposit|cash) (?:the|this|your) (?:check|cheque)|mobile deposit|send (?:back )?the (?:balance|remaining|rest)|"
    r"zelle|bitcoin|crypto ?currency|gift ?cards?|cash ?app|name of your bank|"
    # equipment you buy, paid back later: "purchase the work equipment kit from our approved supplier ... the
    # cost will be reimbursed in your first salary", "send payment confirmation"
    r"(?:purchase|buy|pay for) (?:the |your |a )?(?:work |home office |office |starter )?(?:equipment|kit|laptop|software)"
    r"[^.]{0,60}\b(?:approved|designated|preferred|certified) (?:supplier|vendor)|payment confirmation|"
    r"reimbursed (?:in|with|on|from) your first (?:salary|paycheck|pay ?check|payslip|wage)|"
    r"reembolsad[oa] en (?:tu|su) primera nomina|reembolsad[oa] no (?:seu|teu) primeiro salario|"
    r"sans entretien|ohne (?:vorstellungs)?gesprach|sin entrevista|zonder (?:sollicitatie)?gesprek)\b"
)


#: An invitation that reads like a task scam's: an interview held in a chat app, a handle to add, pay
#: by the day for "no experience" ("The interview will take place on Telegram; add @Recruiter_Amy").
INTERVIEW_SCAM_MARKS = Phrase(
    r"\b(?:telegram|(?:interview|chat|screening)[^.]{0,40}\b(?:on|via|through|over) whatsapp|add @[\w.]+|"
    r"earn [^.]{0,30}\bper (?:day|week)\b[^.]{0,60}no experience|no experience (?:is )?(?:required|needed)[^.]{0,60}"
    r"\bearn\b)"
)


def interview_scam_marks(text: str) -> str | None:
    """The first mark of a scam's invitation in ``text`` (normalised), or None.

    >>> interview_scam_marks("the interview will take place on telegram with our recruiter")
    'telegram'
    >>> interview_scam_marks("we will call you or message you on whatsapp about the role") is None
    True
    """
    found = INTERVIEW_SCAM_MARKS.search(text)
    return found.group(0) if found else None


def scam_marks(text: str) -> str | None:
    """The first mark of a recruitment scam in ``text`` (normalised), or None.

    >>> scam_marks("to confirm your seat deposit rs. 7,500 (fully refundable) towards laptop security")
    'deposit rs'
    >>> scam_marks("we will never ask you to pay a fee or for your bank details") is None
    True
    """
    for found in SCAM_MARKS.finditer(text):
        before = re.split(r"[.!?\n]", text[max(0, found.start() - _WARNING_REACH) : found.start()])[-1]
        if not _WARNING.search(before):  # "HSBC will never ask you to pay a fee": a warning against scams
            return found.group(0)
    return None


#: Words that make a scam's mark a warning against it: "we will never ask you to pay a fee", "no one from
#: our team will ask for your bank details", "Nunca pedimos pagamento".
_WARNING = re.compile(r"\b(?:never|not|no one|nobody|don.t|won.t|nunca|jamais|jamas|nie|niemals|nooit|mai)\b")
_WARNING_REACH = 80


def formal_offer(text: str) -> bool:
    """True when ``text`` (normalised) reads as a real offer: its letter, pay, start date or a
    step to accept it, and no mark of a scam.

    >>> formal_offer("we are pleased to offer you the role. your offer letter is attached.")
    True
    >>> formal_offer("we are pleased to offer you the role. no interview needed, reply on whatsapp.")
    False
    """
    return OFFER_FORM.search(text) is not None and SCAM_MARKS.search(text) is None


def named_only(text: str, start: int) -> bool:
    """True when the offer's words at ``start`` of ``text`` (normalised) only name an offer: a
    negation before them ("this is not an offer"), or an offer made before ("congratulations on
    your conditional offer").

    >>> text = "congratulations on your conditional offer of employment"
    >>> named_only(text, text.index("offer"))
    True
    >>> text = "we are pleased to make you an offer of employment"
    >>> named_only(text, text.index("offer"))
    False
    """
    before = max(0, start - NAMED_REACH)
    return (
        _NOT_AN_OFFER.search(text, before, start) is not None or _EARLIER_OFFER.search(text, before, start) is not None
    )
