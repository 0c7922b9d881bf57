"""Benchmark: the mail importer on real mail nobody on the team wrote (issue 25).

Reads a CSV of labelled mail with the columns ``from``, ``subject``, ``date``, ``body`` and
``label`` (one of acknowledgement, interview_request, information_request, rejection, offer,
other; "reject"/"not_reject", "applied", "interview" are read as rejection/other,
acknowledgement, interview_request), an optional ``company`` column (the employer a message is
about) and an optional ``role`` column (the job it names).  The rows are written as an mbox in a temporary folder and imported into an empty
tracker with ``create_applications=True``, as ``followup-kit import MAILBOX
--create-applications`` would.  It prints, per kind, how many were labelled, recorded and
right (precision and recall of what the kit records without review), the rejections recorded
on their day, the **false decisions** (a rejection or offer recorded on mail labelled
otherwise), the decisions recorded on an application named for another company than the label's, the applications created (and from mail labelled other), and, with a ``company``
column, the figures of issue 25 per company applied to: how many got an application named for
them, dated within 2 days of their first acknowledgement, with the right role where the mail
names one (compared loosely: casefolded words, one set inside the other), and the applications
named for no labelled company (companies compared with ``company_key``, one inside the other: an
approximation, stated in the output), and what goes to review: how many are labelled other, and how
many the second opinion (:mod:`followup_kit.io.mail.opinion`) sent there (``--no-opinion`` measures the
rules alone).  It never prints a
message's text, subject or sender: real mail stays out of logs and commits.

A body stored as its raw base64 or quoted-printable part is decoded, and an HTML body is sent as HTML,
as a mail export would hold them.  A row without a sender gets ``unknown@mail.com`` (a free-mail domain names no employer); a
row without a readable date gets 2024-01-01 plus one minute per row.

Usage::

    .venv/bin/python benchmarks/bench_mail_real.py --corpus /work/realdata/mail/SET.csv [--me ADDRESS]

Keep the real sets outside the repository (never commit them).  ``--tiny`` runs on three
invented rows (the smoke test).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import csv
import mailbox
import quopri
import re
import sys
import tempfile
from email import errors
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup_kit import vocabulary  # noqa: E402
from followup_kit.io.mail.importer import import_mail  # noqa: E402
from followup_kit.io.mail.plan import initials  # noqa: E402
from followup_kit.io.matching import company_key  # noqa: E402
from followup_kit.store.tracker import Tracker  # noqa: E402

#: Labels as public sets write them, read as the kit's kinds.
LABELS = {
    "reject": "rejection",
    "rejected": "rejection",
    "not_reject": "other",
    "applied": "acknowledgement",
    "application": "acknowledgement",
    "interview": "interview_request",
    "response": "information_request",
}
#: Quoted-printable marks ("=3D", a soft line break) from which a body is read as encoded.
QP_MARKS = 3
#: Largest cell read, in characters: a real export may hold a message's whole HTML in one.
MAX_FIELD = 2**31 - 1
#: The sender given to a row without one: a free-mail domain names no employer.
NO_SENDER = "unknown@mail.com"
#: The day given to a row without a readable date (plus one minute per row).
NO_DATE = pd.Timestamp("2024-01-01 09:00", tz="UTC")

TINY = [
    {"from": "Maple Labs <no-reply@hire.lever.co>", "subject": "Thank you for applying to Maple Labs",
     "date": "2024-03-01 10:00", "body": "Hi,\nWe have received your application for the Analyst role.\n",
     "label": "acknowledgement", "company": "Maple Labs", "role": "Analyst"},
    {"from": "Maple Labs <no-reply@hire.lever.co>", "subject": "Your application to Maple Labs",
     "date": "2024-03-20 10:00", "body": "Hi,\nAfter much consideration, we've made the decision to not move "
     "forward at this time.\n", "label": "rejection", "company": "Maple Labs"},
    {"from": "Placement Office <placement@uni.example>", "subject": "Final selects", "date": "2024-03-21 10:00",
     "body": "Dear Students,\nThe following students have been selected by Maple Labs.\n", "label": "other"},
]  # fmt: skip


def read_corpus(path: Path) -> pd.DataFrame:
    """The CSV's rows with the kit's labels (``kind``); a row without a label is left out."""
    csv.field_size_limit(MAX_FIELD)  # a whole HTML body in one cell passes the module's 128 KB default
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    frame = pd.DataFrame(rows)
    for column in ("from", "subject", "date", "body", "label", "company", "role"):
        if column not in frame:
            frame[column] = ""
    frame = frame.fillna("")
    label = frame["label"].str.strip().str.lower()
    frame["kind"] = label.map(lambda x: LABELS.get(x, x))
    unknown = ~frame["kind"].isin(vocabulary.MAIL_KINDS)
    if unknown.any():
        print(f"left out {int(unknown.sum())} rows whose label is not a kind of mail")
    not_text = frame["body"].str.match(_NOT_TEXT)
    if not_text.any():
        print(f"left out {int(not_text.sum())} rows whose body is not a mail's text (an exporter's object name)")
    return frame[~unknown & ~not_text].reset_index(drop=True)


_QUOTED_PRINTABLE = re.compile(r"=\r?\n|=[0-9A-F]{2}")
# lines of base64 have no spaces (a text of words without punctuation is not base64)
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}(?:[ \t]*\r?\n[A-Za-z0-9+/]*={0,2})*")
#: A body that is the text of a Python object, not of a mail ("[<email.message.Message object ...>]").
_NOT_TEXT = re.compile(r"^\s*\[?<email\.message\.\w+ object at")
_HTML = re.compile(r"<(?:!doctype|html|body|div|p|br|table)\b", re.IGNORECASE)


def decoded_body(body: str) -> tuple[str, bool]:
    """A body as a mail program shows it: some sets store the raw quoted-printable part
    ("app=\nlication", "=3D"), which is decoded here as the parser would; and whether it is HTML."""
    if _BASE64.fullmatch(body.strip()):
        with contextlib.suppress(ValueError):  # UnicodeDecodeError too: then it was not base64 text
            body = base64.b64decode("".join(body.split()), validate=True).decode("utf-8")
    if len(_QUOTED_PRINTABLE.findall(body)) >= QP_MARKS:
        body = quopri.decodestring(body.encode("utf-8", "replace")).decode("utf-8", "replace")
    return body, _HTML.search(body) is not None


def write_mbox(frame: pd.DataFrame, path: Path) -> None:
    box = mailbox.mbox(str(path))
    for i, row in enumerate(frame.itertuples()):
        msg = EmailMessage()
        sender = str(row._1 or NO_SENDER)  # the "from" column
        raw_from = None
        try:
            msg["From"] = sender
        except (errors.HeaderParseError, IndexError, ValueError):
            raw_from = sender  # a broken address, as real exports hold: written as it is
        msg["To"] = "me@example.org"
        msg["Subject"] = " ".join(str(row.subject).split())
        when = pd.to_datetime(row.date, errors="coerce", utc=True)
        when = NO_DATE + pd.Timedelta(minutes=i) if pd.isna(when) else when
        msg["Date"] = format_datetime(when.to_pydatetime())
        msg["Message-ID"] = f"<row{i}@bench.invalid>"
        body, html = decoded_body(str(row.body))
        msg.set_content(body or " ", subtype="html" if html else "plain")
        if raw_from is None:
            box.add(msg)
        else:
            box.add(f"From: {' '.join(raw_from.split())}\n".encode() + msg.as_bytes())
    box.flush()
    box.close()


def measure(frame: pd.DataFrame, work: Path, me: str | list[str], second_opinion: bool = True) -> dict:
    """Import ``frame`` into an empty tracker and return the figures (no message text)."""
    write_mbox(frame, work / "real.mbox")
    tracker = Tracker.create(work / "real.sqlite", timezone="UTC")
    result = import_mail(
        tracker, work / "real.mbox", me=me, create_applications=True, progress=False, second_opinion=second_opinion
    )
    apps = tracker.applications.set_index("application_id")
    tracker.close()
    got = result.messages.sort_values("position").reset_index(drop=True)
    got = got.assign(label=frame["kind"].values, want=frame["company"].values, want_role=frame["role"].values)
    recorded = got["outcome"].eq("applied")
    got["predicted"] = got["kind"].where(recorded, got["outcome"].map({"to review": "(review)"}).fillna("other"))
    figures: dict = {"messages": len(got), "kinds": []}
    for kind in vocabulary.MAIL_KINDS[:-1]:
        labelled = int(got["label"].eq(kind).sum())
        predicted = int(got["predicted"].eq(kind).sum())
        correct = int((got["predicted"].eq(kind) & got["label"].eq(kind)).sum())
        figures["kinds"].append((kind, labelled, predicted, correct))
    decided = got["event"].isin(["rejection", "offer"])
    figures["false_decisions"] = int((decided & got["event"].ne(got["label"])).sum())
    # a right decision on the wrong application is as wrong for that application (loose names)
    labelled = decided & got["want"].astype(str).str.strip().ne("") & got["want"].notna()
    figures["decisions_elsewhere"] = sum(
        not _same_company(str(w), str(apps.at[int(i), "company"]))
        for i, w in zip(got.loc[labelled, "application_id"], got.loc[labelled, "want"])
        if pd.notna(i) and int(i) in apps.index
    )
    rejections = got[got["label"].eq("rejection")]
    figures["rejections"] = len(rejections)
    figures["rejections_recorded"] = int(rejections["event"].eq("rejection").sum())
    figures["rejections_recognised"] = int(rejections["outcome"].isin(["applied", "to review"]).sum())
    figures["applications"] = len(apps)
    ids = got["application_id"]
    figures["from_other"] = int((got["label"].eq("other") & ids.notna()).sum())
    review = got["outcome"].eq("to review")
    heard = review & got["reason"].str.contains("yet this sentence reads like", regex=False)
    figures["review"], figures["review_other"] = int(review.sum()), int((review & got["label"].eq("other")).sum())
    figures["heard"] = int(heard.sum())
    figures["heard_right"] = int((heard & got["kind"].eq(got["label"])).sum())
    figures["heard_other"] = int((heard & got["label"].eq("other")).sum())
    acks = got[got["label"].eq("acknowledgement")]
    figures["acknowledgements"] = len(acks)
    figures["acks_created"] = int(acks["application_id"].notna().sum())
    named = acks[acks["want"].astype(str).str.strip().ne("")]
    right = [
        pd.notna(i) and company_key(str(apps.at[int(i), "company"])) == company_key(str(w))
        for i, w in zip(named["application_id"], named["want"])
    ]
    figures["acks_named"], figures["acks_right_company"] = len(named), int(sum(right))
    figures.update(company_figures(got, apps))
    return figures


def _same_company(a: str, b: str) -> bool:
    """Two names of one employer, loosely: equal keys, one key's words inside the other's, one
    inside the other run together (four letters or more), or an acronym and its spelling ("HDB" and
    "Housing & Development Board", as the importer joins them; "CPF Board" and "Central Provident Fund
    Board")."""
    # "The Royal Children's Hospital" is "Royal Children's Hospital Melbourne"'s name without its article
    ka, kb = (re.sub(r"^the ", "", company_key(x)) for x in (a, b))
    if not ka or not kb:
        return False
    wa, wb = f" {ka} ", f" {kb} "
    ca, cb = ka.replace(" ", ""), kb.replace(" ", "")  # "Livenation" is "Live Nation", run together
    acronym = (bool(initials(a)) and initials(a) == cb) or (bool(initials(b)) and initials(b) == ca)
    # "CPF Board" and "Central Provident Fund Board": the same initials, three letters or more
    acronym = acronym or (len(initials(a)) >= 3 and initials(a) == initials(b))
    return ka == kb or wa in wb or wb in wa or (min(len(ca), len(cb)) >= 4 and (ca in cb or cb in ca)) or acronym


def _same_role(want: str, got: str) -> bool:
    words = lambda s: set(re.findall(r"[a-z0-9]+", str(s).casefold()))  # noqa: E731
    a, b = words(want), words(got)
    return bool(a) and bool(b) and (a <= b or b <= a)


def company_figures(got: pd.DataFrame, apps: pd.DataFrame) -> dict:
    """Per company applied to (a labelled company on mail not labelled other): the issue's figures."""
    about = got[got["label"].ne("other") & got["want"].astype(str).str.strip().ne("")]
    if about.empty:
        return {}
    when = pd.to_datetime(about["date"], utc=True, errors="coerce")
    companies = sorted({str(c).strip() for c in about["want"]}, key=str.casefold)
    found = dated = dated_of = roles = roles_of = 0
    for company in companies:
        rows = about[about["want"].astype(str).str.strip().eq(company)]
        matches = apps[[_same_company(company, str(c)) for c in apps["company"]]]
        if matches.empty:
            continue
        found += 1
        acks = rows[rows["label"].eq("acknowledgement")]
        if len(acks):
            dated_of += 1
            first = when.loc[acks.index].min()
            days = pd.to_datetime(matches["applied_on"], errors="coerce")
            if (
                first is not pd.NaT
                and ((days - first.tz_localize(None).normalize()).abs() <= pd.Timedelta(days=2)).any()
            ):
                dated += 1
        named = acks[acks["want_role"].astype(str).str.strip().ne("")]
        for role in named["want_role"]:
            roles_of += 1
            roles += any(_same_role(role, r) for r in matches["role"].fillna(""))
    stray = [c for c in apps["company"] if not any(_same_company(w, str(c)) for w in companies)]
    return {
        "companies": len(companies),
        "companies_found": found,
        "companies_dated": dated,
        "companies_with_ack": dated_of,
        "roles_right": roles,
        "roles_named": roles_of,
        "apps_stray": len(stray),
    }


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/0"


def report(f: dict) -> str:
    lines = [f"messages: {f['messages']}", "kind                 labelled  recorded  right  precision  recall"]
    for kind, labelled, predicted, correct in f["kinds"]:
        precision = f"{correct / predicted:.3f}" if predicted else "-"
        recall = f"{correct / labelled:.3f}" if labelled else "-"
        lines.append(f"{kind:20} {labelled:9} {predicted:9} {correct:6} {precision:>10} {recall:>7}")
    lines += [
        f"rejections recorded on their day: {_pct(f['rejections_recorded'], f['rejections'])}; "
        f"recognised (recorded or to review): {_pct(f['rejections_recognised'], f['rejections'])}",
        f"false decisions: {f['false_decisions']}; decisions on another company's application "
        f"(names compared loosely): {f['decisions_elsewhere']}",
        f"to review: {f['review']} (labelled other: {f['review_other']}); sent there by the second opinion: "
        f"{f['heard']} (its kind right: {f['heard_right']}, labelled other: {f['heard_other']})",
        f"applications created: {f['applications']}; from mail labelled other: {f['from_other']}",
        f"acknowledgements that created or joined an application: {_pct(f['acks_created'], f['acknowledgements'])}"
        + (f"; right employer {_pct(f['acks_right_company'], f['acks_named'])}" if f["acks_named"] else ""),
    ]
    if "companies" in f:
        lines += [
            "per company applied to (names compared loosely: an approximation):",
            f"  got an application: {_pct(f['companies_found'], f['companies'])}",
            f"  dated within 2 days of the first acknowledgement: {_pct(f['companies_dated'], f['companies_with_ack'])}",
            f"  role right where an acknowledgement names one: {_pct(f['roles_right'], f['roles_named'])}",
            f"  applications named for no company applied to: {f['apps_stray']}",
        ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="CSV of from, subject, date, body, label (kept outside the repo)")
    parser.add_argument("--me", action="append", help="your own address in that mail (again for each address you use)")
    parser.add_argument("--tiny", action="store_true", help="three invented rows (the smoke test)")
    parser.add_argument("--no-opinion", action="store_true", help="the rules alone (no second opinion)")
    args = parser.parse_args(argv)
    if args.corpus is None and not args.tiny:
        print("no --corpus given: measuring the three invented rows of --tiny (real sets stay outside the repo)")
        args.tiny = True
    with tempfile.TemporaryDirectory(prefix="bench-mail-real-") as folder:
        work = Path(folder)
        if args.tiny:
            path = work / "tiny.csv"
            pd.DataFrame(TINY).to_csv(path, index=False)
        else:
            path = args.corpus
        frame = read_corpus(path)
        print(f"== {path.name}: {len(frame)} labelled messages")
        me = args.me or ["me@example.org"]
        print(report(measure(frame, work, me, second_opinion=not args.no_opinion)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
