"""The ``followup-kit`` command: argument parsing only; the work happens in the library.

Every user mistake ends as one sentence on standard error and exit status 1,
never a traceback.  Run ``followup-kit --help`` or ``followup-kit COMMAND --help``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followup_kit import vocabulary
from followup_kit.commands import (
    cmd_app,
    cmd_backup,
    cmd_check,
    cmd_due,
    cmd_export,
    cmd_ics,
    cmd_import,
    cmd_inbox,
    cmd_init,
    cmd_me,
    cmd_report,
    cmd_summary,
)
from followup_kit.errors import FollowupKitError
from followup_kit.terminal import PrintableStream, printable

EPILOG = """\
The tracker is an SQLite file: --tracker PATH, else $FOLLOWUP_KIT_TRACKER, else data/tracker.sqlite.
Dates are YYYY-MM-DD in your own time zone (the one stored in the tracker).

examples:
  followup-kit init --sample                      start with the invented sample job search (ending today)
  followup-kit import jobs.csv --create           start from your own sheet (English, French, German, Spanish)
  followup-kit import jobs.csv --dry-run        see which column becomes which field, change nothing
  followup-kit import jobs.csv --map "Date sent=applied_on" --status "Inter + Rejec=rejected"
  followup-kit import invite.ics --me you@example.org   interviews from calendar invitations
  followup-kit due --days 7                       what to send, to whom, by when
  followup-kit report --out reports               this week's report (HTML, notebook, calendar)
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``followup-kit`` (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="followup-kit",
        description="Follow-ups and waiting times for a job search, kept in one SQLite tracker.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def command(name, help_text, description=None):
        p = sub.add_parser(
            name,
            help=help_text,
            description=description or help_text,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument(
            "--tracker",
            metavar="PATH",
            type=Path,
            default=None,
            help="the tracker file (default: $FOLLOWUP_KIT_TRACKER or data/tracker.sqlite)",
        )
        return p

    p = command("init", "create a new, empty tracker (or one holding the sample job search)")
    p.add_argument(
        "--sample",
        action="store_true",
        help="fill it with the invented sample job search, moved so that its story ends today",
    )
    p.add_argument(
        "--as-of",
        metavar="DATE",
        default=None,
        help="with --sample: end the sample's story in the week up to DATE instead of today",
    )
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        default=None,
        help="your IANA time zone, e.g. Europe/Berlin (default: this machine's)",
    )
    p.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a mail address of yours, left out of the people met in invitations (repeatable)",
    )
    p.set_defaults(func=cmd_init)

    p = command("me", "list, add or remove your own mail addresses (never counted among the people met)")
    p.add_argument("--add", action="append", default=[], metavar="ADDRESS", help="store this address (repeatable)")
    p.add_argument("--remove", action="append", default=[], metavar="ADDRESS", help="forget this address (repeatable)")
    p.set_defaults(func=cmd_me)

    p = command(
        "import",
        "import a spreadsheet (CSV, XLSX or ODS), a calendar (.ics), a mail export or a folder written by 'export'",
        description=IMPORT_HELP,
    )
    p.add_argument(
        "source",
        type=Path,
        help="a .csv, .xlsx, .ods or .ics file, a folder written by 'followup-kit export', "
        "or a mail export: an mbox file (Gmail Takeout), a folder of .eml files, or a Maildir",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"Source column=field"',
        help="use this column of your sheet for this field (repeatable)",
    )
    p.add_argument(
        "--status",
        action="append",
        default=[],
        metavar='"Source word=status"',
        help="read this status word of your sheet as this status (repeatable)",
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", action="store_true", default=None, help="dates are day-first (31/12/2026)")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_false", help="dates are month-first (12/31/2026)")
    p.add_argument(
        "--sheet",
        default=None,
        help="the sheet of a workbook (.xlsx, .ods) to read (default: the one that holds the tracker)",
    )
    p.add_argument(
        "--encoding",
        default=None,
        metavar="NAME",
        help="the encoding of a CSV sheet, e.g. shift_jis or gb18030 (default: read from its bytes)",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="kept for older scripts: every sheet import now imports the readable cells, leaves the others "
        "empty and lists them (this option changes nothing)",
    )
    p.add_argument(
        "--create",
        action="store_true",
        help="create the tracker first if it does not exist",
    )
    cal = p.add_argument_group("calendar files (.ics) and mail exports")
    cal.add_argument(
        "--create-applications",
        action="store_true",
        help="add an application for a company you track no application for: calendar files, for an "
        "interview there; mail exports, for an acknowledgement of your application (dated by the mail) or a "
        "decision or first reply (without it such mail is only listed as unmatched)",
    )
    cal.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="your address for this run, on top of those stored with 'followup-kit me --add' (repeatable); "
        "your own mail is never read as a company's reply",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would change and change nothing (a sheet: each column and the field it becomes, and why)",
    )
    p.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format of --dry-run (default: table)"
    )
    cal.add_argument("--progress", action="store_true", default=None, help="mail: show a progress bar even when piped")
    cal.add_argument(
        "--no-second-opinion",
        dest="second_opinion",
        action="store_false",
        help="mail: the rules alone; without it a small model shipped with the kit may send mail the rules "
        "could not read to the inbox for review (it never records anything)",
    )
    p.set_defaults(func=cmd_import)

    p = command("inbox", "list the mail the import was not sure about; accept or dismiss each one")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--accept", metavar="REF", help="record the event this mail stands for")
    act.add_argument("--dismiss", metavar="REF", help="put this mail aside (no event)")
    p.add_argument(
        "--kind", default=None, choices=tuple(vocabulary.MAIL_EVENT), help="with --accept: what the mail really is"
    )
    p.add_argument(
        "--application", type=int, default=None, metavar="ID", help="with --accept: the application it is about"
    )
    p.add_argument("--format", choices=("table", "json"), default="table", help="how to list the items")
    p.set_defaults(func=cmd_inbox)

    p = command("export", "write every table to a folder of CSV files (the kit's own format)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write")
    p.set_defaults(func=cmd_export)

    p = command("due", "list follow-ups that are overdue or due soon")
    p.add_argument("--as-of", metavar="DATE", default=None, help="pretend today is DATE (default: today)")
    p.add_argument("--days", type=int, default=7, metavar="N", help="look N days ahead (default: 7)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    p.add_argument("--all", action="store_true", help="all of your history, not only the current search (the default)")
    p.set_defaults(func=cmd_due)

    p = command("ics", "write the live follow-ups as a calendar file (.ics) with reminders")
    p.add_argument("--as-of", metavar="DATE", default=None, help="pretend today is DATE (default: today)")
    p.add_argument(
        "--out",
        type=Path,
        default=Path("follow-ups.ics"),
        metavar="FILE",
        help="the calendar file to write (default: follow-ups.ics)",
    )
    p.set_defaults(func=cmd_ics)

    p = command("report", "run the weekly report notebook: writes HTML, the executed notebook and an .ics file")
    p.add_argument(
        "--week-ending", metavar="DATE", default=None, help="last day of the week to report on (default: today)"
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("reports"),
        metavar="DIR",
        help="folder for weekly-YYYY-MM-DD.html/.ipynb/.ics (default: reports)",
    )
    p.add_argument(
        "--country",
        metavar="CODE",
        default=None,
        help="your country (ISO code such as FR or DE): its published figure is shown beside the benchmark "
        "(default: US)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_report)

    p = command("app", "serve the follow-up desk as a Voila app on 127.0.0.1, with a token (Ctrl-C to stop)")
    p.add_argument("--port", type=int, default=None, help="port (default: 8866, or a free one)")
    p.add_argument("--as-of", metavar="DATE", default=None, help="pretend today is DATE (default: now)")
    p.add_argument("--no-browser", action="store_true", help="only print the address (with its token); open nothing")
    p.set_defaults(func=cmd_app)

    p = command("summary", "print a short summary of the tracker")
    p.set_defaults(func=cmd_summary)

    p = command("backup", "write a consistent copy of the tracker, even while it is in use")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="the copy to write (default: backups/tracker-YYYYMMDD-HHMMSS.sqlite)",
    )
    p.set_defaults(func=cmd_backup)

    p = command("check", "check the tracker: SQLite's own check, links between rows, every value within range")
    p.add_argument(
        "--repair",
        action="store_true",
        help="back the tracker up beside it, then clear out-of-range values and rows that point at nothing",
    )
    p.set_defaults(func=cmd_check)
    return parser


IMPORT_HELP = """\
Import applications from a spreadsheet, or restore a folder written by 'followup-kit export'.

A sheet (.csv, .xlsx, .ods) has one row per application.  Columns are matched to the
kit's fields by name (case, spaces and punctuation do not matter) and by their cells: a
column of dates by the stage word of its header ("Application", "Candidature", "Phone
call", "Angebot") or by where its dates fall within rows (the earliest is the application
date); links become url, a few status words status.  --dry-run shows each column, the
field it becomes and why, and changes nothing; name others with --map.  Fields:
  company, role, location, source, url, applied_on, status, first_response_on,
  interview_on (several interview columns may map to it), offer_on, rejected_on,
  decided_on, ghosted_on, industry, referrer, notes, external_id, interviewed and
  offered (yes/no columns: the stage reached, no date invented)
Status words are read by meaning, typos and five languages included ("Rejected",
"reeejected", "abgesagt", "no current opportunity"); a word still unknown keeps the
status the row's dates give, goes into the notes and is asked about in the dry run:
answer with --status "Word=status" onto applied, interviewing, offer, accepted,
rejected, withdrawn, ghosted (the answer is remembered for the next import of the sheet).

The import goes cell by cell: a cell that cannot be read is left empty and listed (row,
column, value, why) here and in a CSV beside the tracker (tracker.problems.csv for
tracker.sqlite); a row without a company is not imported and goes to tracker.rejects.csv.
Only a file with no company column, or one that cannot be read, is refused.  Importing the same file again updates what it imported.

A calendar file (a saved invitation or a whole export; recognised by BEGIN:VCALENDAR at
its start) adds each interview to the application it matches (company name in the
summary or location, the people's mail domains, contacts you already have), with the
people met.  Newer versions of an invitation move it; cancellations cancel it; everyday
events are left alone.  Your own addresses (--me, 'followup-kit me') are never people met.

A mail export (a Gmail Takeout .mbox, a folder of .eml files, or a Maildir) is read
on this machine only: replies about tracked applications become response, rejection
and offer events dated by the mail; uncertain ones wait in 'followup-kit inbox'.
Only the event, its date, the sender's address, the subject and a hash of the message
id are kept; never a body or an attachment.  Give your own addresses with --me.
"""


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("followup-kit")
    except Exception:
        return "0+unknown"


def main(argv=None) -> int:
    """Entry point of the ``followup-kit`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    stdout, sys.stdout = sys.stdout, PrintableStream(sys.stdout)  # user text is shown, never obeyed
    try:
        return args.func(args)
    except FollowupKitError as exc:
        print(f"followup-kit {args.command}: {printable(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head or less, which closed early
        sys.stderr.close()
        return 0
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"followup-kit {args.command}: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the tracker is unchanged by the interrupted step", file=sys.stderr)
        return 130
    finally:
        sys.stdout = stdout


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
