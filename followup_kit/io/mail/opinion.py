"""A second opinion on mail the rules are unsure of: a small embedding model that may send a
message to review, and never decides alone (issue 25, "precision first stays the law").

The model is WordLlama's ``l2_supercat`` (256 dimensions), whose 16 MB of weights and tokenizer
ship inside the ``wordllama`` wheel: they are read from the package's own folder, never from the
network, once per process, and only when a message needs them.  Each sentence of the mail is
compared (cosine similarity) with the example sentences of ``followup_kit/words/opinion.toml``,
written for the kit: per kind, the mean of its :attr:`OpinionPolicy.neighbours` nearest
examples.  A sentence *reads like* a kind when that score passes :attr:`OpinionPolicy.threshold`
(a rejection or an offer) or :attr:`OpinionPolicy.reply_threshold` (an acknowledgement or an
interview request) and beats every other kind, "other" included (conditions, reassurance,
alerts, receipts), by :attr:`OpinionPolicy.margin`.  Sentences the rules read as hedged (a
condition, a reassurance, another trade's mail, anything under "What happens next?") are never
compared.

The importer asks only where the rules are unsure, about mail on a job
(:func:`reconsider`): the rules found no known phrase, or read an acknowledgement only weakly, in which the
model hears a rejection or an offer.  The model's kind then comes back with a confidence of
:data:`OPINION_CONFIDENCE`, below anything the kit applies, and a reason a job seeker can read:
the mail goes to review.  If the model cannot be loaded, the rules' reading stands and the
reason says so.

Examples
--------
>>> o = second_opinion("Your application", "Hello. Regrettably your candidacy did not succeed this time.")
>>> o.kind, o.sentence
('rejection', 'Regrettably your candidacy did not succeed this time.')
>>> second_opinion("Your application", "If you are not selected, we will let you know.") is None
True
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from followup_kit.io.mail.classify import NO_KNOWN_PHRASE, Classification
from followup_kit.io.mail.context import OTHER_CONTEXT
from followup_kit.io.mail.decision import OTHER_CONTEXT as OTHER_TRADES
from followup_kit.io.mail.decision import hedged, next_section
from followup_kit.io.mail.sentences import normalise, split_sentences

#: The confidence of a kind only the model heard: below the weak phrases' 0.5 and the kit's
#: 0.8 to apply, so such a message is never applied (it goes to review or stays as it was).
OPINION_CONFIDENCE = 0.4

#: The kinds the model may hear, in the order they matter: a decision before a reply.
HEARD_KINDS = ("rejection", "offer", "interview_request", "acknowledgement")
#: The kinds worth a review when the rules read an acknowledgement.
DECISIONS = ("rejection", "offer")


@dataclass(frozen=True)
class OpinionPolicy:
    """Every number of the second opinion, each with its reason (``metadata["reason"]``)."""

    threshold: float = dataclasses.field(
        default=0.4,
        metadata={
            "reason": "Measured on the tune sets (Capitalyzer, Kaggle: 244 and 129 real mails, "
            "benchmarks/bench_mail_real.py) and 20 invented mails: at 0.35 with a 0.03 margin mail labelled "
            "other or acknowledgement is heard as a rejection or an offer (5 mails), at 0.4 with a margin of 0.05 "
            "or more none is; 0.45 hears one fewer of the 4 invented rejections the rules miss (2 instead of 3)."
        },
    )
    reply_threshold: float = dataclasses.field(
        default=0.55,
        metadata={
            "reason": "An acknowledgement or interview request only the model hears matters only for a company "
            "not tracked, and goes to review: on the tune sets, mail labelled other heard as an acknowledgement "
            "was 23 at 0.4, 20 at 0.45, 3 at 0.5 and none at 0.55 (one request for information still is)."
        },
    )
    margin: float = dataclasses.field(
        default=0.08,
        metadata={
            "reason": "The kind must beat every other kind, 'other' included, by this much: at 0.03 a request for "
            "information of the tune sets is heard as a rejection, from 0.05 on none is; at 0.15 the invented "
            "rejections the rules miss drop from 3 of 4 heard to 1.  0.08 sits between the two."
        },
    )
    neighbours: int = dataclasses.field(
        default=2,
        metadata={
            "reason": "The mean of the two nearest examples of a kind: one example alone that happens to share "
            "words with a sentence ('your application', 'the position') is not enough."
        },
    )
    sentences: int = dataclasses.field(
        default=40,
        metadata={
            "reason": "A recruiter's decision is in the first paragraphs; 40 sentences is about 600 words and "
            "bounds the work on a long newsletter."
        },
    )
    text_chars: int = dataclasses.field(
        default=5_000,
        metadata={"reason": "The rules read the same 5,000 characters (classify.CLASSIFY_CHARS)."},
    )
    min_words: int = dataclasses.field(
        default=4,
        metadata={
            "reason": "A greeting, a sign-off or a heading ('Dear Sam,', 'Kind regards') says nothing about a "
            "decision and averages to a vague vector that sits near everything."
        },
    )
    max_chars: int = dataclasses.field(
        default=400,
        metadata={"reason": "Longer 'sentences' are lists or unbroken HTML text; their average means little."},
    )

    @classmethod
    def reasons(cls) -> dict[str, str]:
        """Each field's reason, by name.

        >>> OpinionPolicy.reasons()["neighbours"][:25]
        'The mean of the two neare'
        """
        return {f.name: f.metadata["reason"] for f in dataclasses.fields(cls)}


#: The policy the importer uses.
OPINION = OpinionPolicy()


@dataclass(frozen=True)
class Opinion:
    """What the model hears in a mail: the kind, its score (cosine similarity) and the sentence."""

    kind: str
    score: float
    sentence: str


_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


def sentences(subject: str, text: str, policy: OpinionPolicy = OPINION) -> list[str]:
    """The subject and the text's sentences worth comparing: long enough, not a list, and not
    hedged by the rules' own reading (a condition, a reassurance, another trade's mail, what
    happens next).

    >>> sentences("Update", "Dear Sam,\\nWe chose another person for the job. Best wishes")
    ['We chose another person for the job.']
    >>> sentences("Thanks", "If you are not selected we will write to you. Keep an eye on your inbox.")
    ['Keep an eye on your inbox.']
    """
    text = _URL.sub(" ", (text or "")[: policy.text_chars])
    found = []
    for part in [subject or "", *split_sentences(text)]:  # a wrapped line keeps its condition
        part = " ".join(part.split())
        plain = normalise(part)
        if next_section(plain.strip(" .!?;:")):
            break  # below "What happens next?" an acknowledgement only describes its process
        if len(part.split()) < policy.min_words or len(part) > policy.max_chars:
            continue
        if hedged(plain) or OTHER_TRADES.search(plain) or OTHER_CONTEXT.search(plain):
            continue  # the rules' own reading: a condition or reassurance, or a flight, a loan, a flat
        found.append(part)
        if len(found) >= policy.sentences:
            break
    return found


#: The files of WordLlama's ``l2_supercat`` model inside the ``wordllama`` package, and the tensor.
MODEL_FILES = ("tokenizers/l2_supercat_tokenizer_config.json", "weights/l2_supercat_256.safetensors")
_TENSOR = "embedding.weight"


@lru_cache(maxsize=1)
def _model():
    """The tokenizer and the token vectors, read once per process from the files the ``wordllama``
    wheel ships (no network).  ``WordLlama.load`` gives the same vectors (tested) but imports
    pydantic and requests and looks for its tokenizer where the wheel has none: reading the two
    files directly costs 0.09 s instead of 0.46 s, once per import that needs the model."""
    import importlib.util
    from pathlib import Path

    import numpy as np
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    spec = importlib.util.find_spec("wordllama")  # locates the package without running it
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("wordllama is not installed")
    root = Path(spec.origin).parent
    tokenizer = Tokenizer.from_file(str(root / MODEL_FILES[0]))
    tokenizer.enable_padding()
    tokenizer.no_truncation()
    return tokenizer, np.ascontiguousarray(load_file(str(root / MODEL_FILES[1]))[_TENSOR], dtype=np.float32)


def embed(texts: list[str]):
    """Unit vectors of ``texts``: the mean of their tokens' vectors, as WordLlama's ``embed(norm=True)``.

    >>> embed(["We chose another person.", "Thanks"]).shape
    (2, 256)
    """
    import numpy as np

    tokenizer, vectors = _model()
    encoded = tokenizer.encode_batch(texts, add_special_tokens=False)
    ids = np.array([e.ids for e in encoded], dtype=np.int64).clip(0, len(vectors) - 1)
    mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
    pooled = (vectors[ids] * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


@lru_cache(maxsize=1)
def unavailable() -> str:
    """Why the model cannot be used in this process ("" when it can), tried once.

    >>> unavailable()
    ''
    """
    try:
        _examples()
    except Exception as error:  # any failure to import or load: the import goes on with the rules alone
        return f"the language model could not be loaded ({type(error).__name__})"
    return ""


@lru_cache(maxsize=1)
def _examples():
    """The example sentences (kinds, embeddings normalised), embedded once per process."""
    import numpy as np

    table = tomllib.loads(resources.files("followup_kit").joinpath("words", "opinion.toml").read_text("utf-8"))
    kinds, texts = [], []
    for kind, lines in table["examples"].items():
        kinds += [kind] * len(lines)
        texts += lines
    return np.array(kinds), embed(texts)


def _kind_scores(found: list[str], policy: OpinionPolicy):
    """Per sentence and kind, the mean similarity of the kind's ``neighbours`` nearest examples."""
    import numpy as np

    kinds, examples = _examples()
    similar = embed(found) @ examples.T
    scores = {}
    for kind in (*HEARD_KINDS, "other"):
        of_kind = np.sort(similar[:, kinds == kind], axis=1)[:, ::-1]
        scores[kind] = of_kind[:, : policy.neighbours].mean(axis=1)
    return scores


def second_opinion(
    subject: str, text: str, *, kinds: tuple[str, ...] = HEARD_KINDS, policy: OpinionPolicy | None = None
) -> Opinion | None:
    """The kind the model hears in a mail, with the sentence it hears it in, or None.

    Parameters
    ----------
    subject, text : str
        The subject and the sender's own words (as the classifier reads them).
    kinds : tuple of str
        The kinds to listen for, in order of importance: the first kind heard in any sentence wins.
    policy : OpinionPolicy, optional
        The threshold, margin and sizes; :data:`OPINION` by default.

    Returns
    -------
    Opinion or None
        None when no sentence reads like one of ``kinds`` more than like the "other" examples.

    Raises
    ------
    Exception
        Whatever loading the model raises (:func:`reconsider` turns it into a reason).

    Examples
    --------
    >>> second_opinion("Hello", "Would you be free to meet the hiring manager for an interview on Monday?").kind
    'interview_request'
    >>> second_opinion("Receipt", "Thank you for your purchase, your order ships today.") is None
    True
    """
    policy = OPINION if policy is None else policy
    found = sentences(subject, text, policy)
    if not found:
        return None
    import numpy as np

    scores = _kind_scores(found, policy)
    for kind in kinds:
        score = scores[kind]
        best = np.max([scores[k] for k in (*HEARD_KINDS, "other") if k != kind], axis=0)
        threshold = policy.threshold if kind in DECISIONS else policy.reply_threshold
        heard = (score >= threshold) & (score - best >= policy.margin)
        if heard.any():
            i = int((score * heard).argmax())
            return Opinion(kind, round(float(score[i]), 3), found[i])
    return None


def reconsider(
    found: Classification,
    subject: str,
    text: str,
    *,
    job: bool,
    enabled: bool = True,
    policy: OpinionPolicy | None = None,
) -> Classification:
    """The rules' classification, or the model's kind where the rules are unsure (never applied).

    Asked only about mail on a job (``job``: a platform's relay, or the rules found job words):
    when the rules found no known phrase, or read an acknowledgement only weakly, in which case only a
    rejection or an offer counts.  Otherwise ``found`` is returned as it is, and the model is
    not loaded.

    Parameters
    ----------
    found : Classification
        The rules' reading (:func:`~followup_kit.io.mail.classify.classify`).
    subject, text : str
        The subject and the sender's own words.
    job : bool
        The sender is an applicant-tracking or job-board relay.
    enabled : bool
        False returns ``found`` as it is (``import_mail(second_opinion=False)``).
    policy : OpinionPolicy, optional
        :data:`OPINION` by default.

    Returns
    -------
    Classification
        ``found``, or the kind the model heard with confidence :data:`OPINION_CONFIDENCE` and a
        reason quoting the sentence; ``acknowledges`` stays true where the rules read an
        acknowledgement, so the application still starts.  If the model cannot be loaded,
        ``found`` with the reason extended by why.

    Examples
    --------
    >>> from followup_kit.io.mail.classify import classify
    >>> text = "Hi Sam, thanks for your patience. Regrettably your candidacy did not succeed this time."
    >>> classify("Update", text).kind
    'other'
    >>> c = reconsider(classify("Update", text), "Update", text, job=True)
    >>> c.kind, c.confident
    ('rejection', False)
    >>> print(c.reason)
    the rules found no decision; yet this sentence reads like a rejection: 'Regrettably your candidacy did not succeed this time.'; please check
    """
    if not enabled:
        return found
    kinds: tuple[str, ...]
    if found.kind == "other" and (job or found.reason == NO_KNOWN_PHRASE):
        kinds, said = HEARD_KINDS, "the rules found no known phrase"
    elif found.kind == "acknowledgement" and not found.confident:
        # a confident acknowledgement is not asked about: the rules already send one with a
        # rejection or offer word to review, and asking about every acknowledgement cost a
        # mailbox of newsletters 40% more time (benchmarks/bench_mail.py --cases lists)
        kinds, said = DECISIONS, "the rules read an acknowledgement"
    else:
        return found
    missing = unavailable()
    if missing:  # a missing or broken model never stops an import: the rules' reading stands
        return dataclasses.replace(found, reason=f"{found.reason} (no second opinion: {missing})")
    heard = second_opinion(subject, text, kinds=kinds, policy=policy)
    if heard is None:
        return found
    if found.kind == "other" and heard.kind in DECISIONS:
        said = "the rules found no decision"
    reason = f"{said}; yet this sentence reads like {_a(heard.kind)}: {heard.sentence!r}; please check"
    # what the rules read as an acknowledgement still starts its application; the model's kind goes to review
    acknowledges = found.acknowledges or found.kind == "acknowledgement"
    return Classification(heard.kind, OPINION_CONFIDENCE, reason, acknowledges, by_model=True)


def heard_only(found: Classification) -> bool:
    """True when ``found`` is the model's opinion, not the rules' reading."""
    return found.by_model


def _a(kind: str) -> str:
    return {
        "rejection": "a rejection",
        "offer": "an offer",
        "interview_request": "a request for an interview",
        "acknowledgement": "an acknowledgement of an application",
    }[kind]
