"""The ``followup-kit`` command: argument parsing only; the work happens in the library.

Every user mistake ends as one sentence on standard error and exit status 1,
never a traceback.  Run ``followup-kit --help`` or ``followup-kit COMMAND --help``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from followup_kit import vocabulary
from followup_kit.datasets.sample import create_sample_tracker
from followup_kit.errors import FollowupKitError
from followup_kit.followups.ics import write_ics
from followup_kit.followups.schedule import due_soon, follow_up_schedule
from followup_kit.io.ics_read import CALENDAR_SNIFF_BYTES, is_calendar
from followup_kit.io.invitations import import_invitations
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.mail_import import import_mail
from followup_kit.io.mail_inbox import accept, dismiss, review_items
from followup_kit.io.mail_read import is_mail_export
from followup_kit.io.sheets import neutralise
from followup_kit.io.spreadsheet import import_source
from followup_kit.notebook.app import serve_app
from followup_kit.notebook.report import run_weekly_report
from followup_kit.store.addresses import add_my_addresses, my_addresses, normalise_address, remove_my_address
from followup_kit.store.tracker import Tracker, default_tracker_path

EPILOG = """\
The tracker is an SQLite file: --tracker PATH, else $FOLLOWUP_KIT_TRACKER, else data/tracker.sqlite.
Dates are YYYY-MM-DD in your own time zone (the one stored in the tracker).

examples:
  followup-kit init --sample                      start with the invented sample job search
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
    p.add_argument("--sample", action="store_true", help="fill it with the invented sample job search")
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
        "import a spreadsheet (CSV or XLSX), a calendar (.ics), a mail export or a folder written by 'export'",
        description=IMPORT_HELP,
    )
    p.add_argument(
        "source",
        type=Path,
        help="a .csv, .xlsx or .ics file, a folder written by 'followup-kit export', "
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
    p.add_argument("--sheet", default=None, help="the sheet of an .xlsx file (default: the first)")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and write the others to a rejects CSV beside the tracker",
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
        help="calendar files: add an application for an interview at a company you track no application for "
        "(without it such interviews are only listed as unmatched)",
    )
    cal.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="your address for this run, on top of those stored with 'followup-kit me --add' (repeatable); "
        "your own mail is never read as a company's reply",
    )
    cal.add_argument("--dry-run", action="store_true", help="show what would change and change nothing")
    cal.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    cal.add_argument("--progress", action="store_true", default=None, help="mail: show a progress bar even when piped")
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
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_report)

    p = command("app", "serve the follow-up desk as a Voila app on 127.0.0.1 (Ctrl-C to stop)")
    p.add_argument("--port", type=int, default=None, help="port (default: 8866, or a free one)")
    p.add_argument("--as-of", metavar="DATE", default=None, help="pretend today is DATE (default: now)")
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
    return parser


IMPORT_HELP = """\
Import applications from a spreadsheet, or restore a folder written by 'followup-kit export'.

A sheet has one row per application.  Columns are matched to the kit's fields by name
(case, spaces and punctuation do not matter); name others with --map.  Fields:
  company, role, location, source, url, applied_on, status, first_response_on,
  interview_on (several interview columns may map to it), offer_on, rejected_on,
  ghosted_on, industry, referrer, notes, external_id
Status words such as Applied, Interview, Offer, Rejected and Ghosted are understood;
map others with --status "Word=status" onto: applied, interviewing, offer, accepted,
rejected, withdrawn, ghosted.

Nothing is imported unless every row is valid (the tracker is left as it was), unless
you pass --skip-invalid.  Importing the same file again updates what it imported.

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


def _tracker_path(args) -> Path:

    return args.tracker if args.tracker is not None else default_tracker_path()


def _open(args):

    return Tracker.open(_tracker_path(args))


def _pairs(values, option) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise FollowupKitError(f'{option} needs "left=right", got {item!r}')
        left, right = item.rsplit("=", 1)
        out[left.strip()] = right.strip()
    return out


def cmd_init(args) -> int:

    path = _tracker_path(args)
    mine = [normalise_address(a, field="--me") for a in args.me]  # checked before anything is created
    if args.sample:
        t = create_sample_tracker(path)
    else:
        t = Tracker.create(path, timezone=args.timezone)
    with t:
        if mine:
            add_my_addresses(t, mine)
        print(f"Created {path} ({t.timezone}): {len(t.applications)} applications.")
    return 0


def cmd_import(args) -> int:

    path = _tracker_path(args)
    calendar = _is_calendar_file(args.source)
    mail = not calendar and is_mail_export(args.source)
    if calendar or mail:
        spreadsheet_only = {
            "--map": args.map,
            "--status": args.status,
            "--sheet": args.sheet,
            "--skip-invalid": args.skip_invalid,
            "--dayfirst/--monthfirst": args.dayfirst is not None,
        }
        used = [option for option, value in spreadsheet_only.items() if value]
        if used:
            kind = "a calendar file" if calendar else "a mail export"
            raise FollowupKitError(f"{used[0]} is for spreadsheets; {args.source} is {kind}")
    else:
        calendar_only = {
            "--me": args.me,
            "--dry-run": args.dry_run,
            "--format": args.format != "table",
            "--progress": args.progress,
            "--create-applications": args.create_applications,
        }
        used = [option for option, value in calendar_only.items() if value]
        if used:
            raise FollowupKitError(f"{used[0]} is for calendar files (.ics) and mail exports; {args.source} is neither")
    if args.create and not path.exists() and not ((calendar or mail) and args.dry_run):
        Tracker.create(path).close()
    if mail:
        if args.create_applications:
            raise FollowupKitError(
                f"--create-applications is for calendar files; mail about a company you do not track is "
                f"only listed, so add the application first ({args.source} is a mail export)"
            )
        return _import_mail(args, path)
    if calendar:
        return _import_calendar(args, path)
    with Tracker.open(path) as t:
        result = import_source(
            t,
            args.source,
            mapping=_pairs(args.map, "--map"),
            status_map=_pairs(args.status, "--status"),
            dayfirst=args.dayfirst,
            skip_invalid=args.skip_invalid,
            sheet=args.sheet,
        )
    print(result)
    return 0


def _import_mail(args, path) -> int:
    with Tracker.open(path) as t:
        result = import_mail(t, args.source, me=args.me, dry_run=args.dry_run, progress=args.progress)
    shown = result.messages[result.messages["outcome"] != "ignored"]
    if args.format == "json":
        print(result.messages.to_json(orient="records", date_format="iso", indent=2))
        return 0
    print(result)
    for note in result.notes:
        print(note)
    if len(shown):
        cols = ["ref", "date", "company", "kind", "outcome", "subject"]
        table = shown[cols].assign(
            date=shown["date"].dt.strftime("%Y-%m-%d"),
            company=shown["company"].fillna("-"),
            subject=neutralise(shown["subject"].str.slice(0, 50)),
        )
        print(table.to_string(index=False))
    if result.to_review:
        print("Review the uncertain ones with 'followup-kit inbox'.")
    return 0


def cmd_inbox(args) -> int:

    with _open(args) as t:
        if args.accept:
            event_id = accept(t, args.accept, kind=args.kind, application_id=args.application)
            kind, on = t.execute('SELECT kind, "on" FROM events WHERE event_id = ?', (event_id,))[0]
            print(f"Recorded {kind} on {on} (event {event_id}).")
            return 0
        if args.kind is not None or args.application is not None:
            raise FollowupKitError("--kind and --application go with --accept")
        if args.dismiss:
            dismiss(t, args.dismiss)
            print("Dismissed.")
            return 0
        items = review_items(t)
    if args.format == "json":
        print(items.to_json(orient="records", date_format="iso", indent=2))
    elif items.empty:
        print("Nothing to review.")
    else:
        table = items.assign(
            date=items["date"].dt.strftime("%Y-%m-%d"),
            company=items["company"].fillna("-"),
            subject=neutralise(items["subject"].fillna("").str.slice(0, 50)),
        )
        print(table[["ref", "date", "company", "kind", "subject"]].to_string(index=False))
        print("Accept with 'followup-kit inbox --accept REF' or dismiss with --dismiss REF.")
    return 0


def _is_calendar_file(source: Path) -> bool:
    if source.suffix.lower() in (".ics", ".ical", ".ifb", ".icalendar"):
        return True
    if not source.is_file():
        return False
    with open(source, "rb") as f:
        return is_calendar(f.read(CALENDAR_SNIFF_BYTES))


def _import_calendar(args, path: Path) -> int:
    with Tracker.open(path) as t:
        result = import_invitations(t, args.source, me=args.me, dry_run=args.dry_run, create=args.create_applications)
    if args.format == "json":
        events = json.loads(result.events.to_json(orient="records", date_format="iso"))
        payload = {
            "summary": result.summary,
            "warnings": list(result.warnings),
            "everyday": result.everyday,
            "events": events,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(result)
    return 0


def cmd_me(args) -> int:
    with _open(args) as t:
        for address in args.remove:
            if not remove_my_address(t, address):
                print(f"{address} was not stored")
        if args.add:
            add_my_addresses(t, args.add)
        stored = my_addresses(t)
    print(
        "\n".join(stored) if stored else "No address of yours is stored; add one with 'followup-kit me --add ADDRESS'."
    )
    return 0


def cmd_export(args) -> int:

    with _open(args) as t:
        written = export_tracker(t, args.out)
    print(f"Wrote {len(written)} files to {args.out}")
    return 0


def cmd_due(args) -> int:

    if args.days < 0:
        raise FollowupKitError(f"--days must be 0 or more, got {args.days}")
    with _open(args) as t:
        schedule = follow_up_schedule(t, as_of=args.as_of)
        due = due_soon(schedule, as_of=args.as_of, days=args.days)
    if args.format == "csv":
        text = due.select_dtypes(include=["object", "string"]).columns
        due.assign(**{c: neutralise(due[c]) for c in text}).to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(due.to_json(orient="records", date_format="iso", indent=2))
    elif due.empty:
        print(f"Nothing overdue or due in the next {args.days} days.")
    else:
        print(_due_table(due))
    return 0


def _due_table(due) -> str:
    cols = [c for c in ("status", "due_at", "kind", "company", "contact_name", "action_key") if c in due]
    shown = due[cols].copy()
    if "due_at" in shown:
        shown["due_at"] = shown["due_at"].dt.strftime("%a %Y-%m-%d %H:%M")
    return shown.to_string(index=False)


def cmd_ics(args) -> int:

    with _open(args) as t:
        path = write_ics(t, args.out, as_of=args.as_of)
    print(f"Wrote {path}")
    return 0


def cmd_report(args) -> int:

    files = run_weekly_report(
        _tracker_path(args), week_ending=args.week_ending, out_dir=args.out, progress=not args.quiet
    )
    print(files)
    return 0


def cmd_app(args) -> int:

    return serve_app(_tracker_path(args), port=args.port, as_of=args.as_of)


def cmd_summary(args) -> int:
    with _open(args) as t:
        tables = t.tables()
        apps = tables["applications"]
        print(f"Tracker {t.path} (time zone {t.timezone})")
        print(
            f"  {len(apps)} applications, {len(tables['interviews'])} interviews, "
            f"{len(tables['contacts'])} contacts, {len(tables['events'])} events"
        )
        if len(apps):
            counts = apps["status"].value_counts()
            print("  by status: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_backup(args) -> int:
    import datetime as dt

    with _open(args) as t:
        out = args.out or Path("backups") / f"tracker-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        t.backup(out)
    print(f"Backed up to {out}")
    return 0


def main(argv=None) -> int:
    """Entry point of the ``followup-kit`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except FollowupKitError as exc:
        print(f"followup-kit {args.command}: {exc}", file=sys.stderr)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
