"""What each ``followup-kit`` command does: open the tracker, call the library, print the result.

:mod:`followup_kit.cli` parses the arguments and hands them to one ``cmd_*`` function
here; each returns the exit status and raises :class:`~followup_kit.errors.FollowupKitError`
for a user mistake (the CLI prints it as one sentence).

Examples
--------
>>> import argparse, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> args = argparse.Namespace(tracker=folder / "t.sqlite", sample=False, as_of=None, timezone="UTC", me=[])
>>> cmd_init(args)  # doctest: +ELLIPSIS
Created ... (UTC): 0 applications.
0
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

from followup_kit.datasets.sample.shift import today_moment
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.days_for_people import day_word, day_words
from followup_kit.errors import FollowupKitError
from followup_kit.followups.business_days import holiday_dates
from followup_kit.followups.ics import write_ics
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.followups.schedule import due_soon, expired_line, follow_up_schedule
from followup_kit.io.calendar.invitations import import_invitations
from followup_kit.io.calendar.read import CALENDAR_SNIFF_BYTES, is_calendar
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.inbox import accept, dismiss, review_items
from followup_kit.io.mail.read import is_mail_export
from followup_kit.io.sheets.cells import neutralise
from followup_kit.io.sheets.encoding import sheet_encoding
from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sources import import_source
from followup_kit.notebook.app import serve_app
from followup_kit.notebook.report import run_weekly_report
from followup_kit.store.addresses import add_my_addresses, my_addresses, normalise_address, remove_my_address
from followup_kit.store.integrity import check_integrity
from followup_kit.store.tracker import Tracker, default_tracker_path
from followup_kit.values import to_date
from followup_kit.vocabulary import KIND_LABELS


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
    if args.as_of is not None and not args.sample:
        raise FollowupKitError("--as-of only goes with --sample (it moves the sample's dates)")
    mine = [normalise_address(a, field="--me") for a in args.me]  # checked before anything is created
    if args.sample:
        day = to_date(args.as_of, field="--as-of") if args.as_of is not None else None
        t = create_sample_tracker(path, shift_to=day or today_moment())
    else:
        t = Tracker.create(path, timezone=args.timezone)
    with t:
        if mine:
            add_my_addresses(t, mine)
        print(f"Created {path} ({t.timezone}): {len(t.applications)} applications.")
    return 0


def cmd_import(args) -> int:
    with sheet_encoding(getattr(args, "encoding", None)):  # --encoding: how every CSV of this import is read
        return _cmd_import(args)


def _cmd_import(args) -> int:

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
            "--encoding": getattr(args, "encoding", None),
        }
        used = [option for option, value in spreadsheet_only.items() if value]
        if used:
            kind = "a calendar file" if calendar else "a mail export"
            raise FollowupKitError(f"{used[0]} is for spreadsheets; {args.source} is {kind}")
    else:
        calendar_only = {
            "--me": args.me,
            "--progress": args.progress,
            "--create-applications": args.create_applications,
            "--no-second-opinion": not args.second_opinion,
        }
        used = [option for option, value in calendar_only.items() if value]
        if used:
            raise FollowupKitError(f"{used[0]} is for calendar files (.ics) and mail exports; {args.source} is neither")
        if args.source.is_dir() and (args.dry_run or args.format != "table"):
            option = "--dry-run" if args.dry_run else "--format"
            raise FollowupKitError(
                f"{option} is for sheets, calendar files and mail exports; {args.source} is a folder"
            )
        if args.format != "table" and not args.dry_run:
            raise FollowupKitError("--format is for --dry-run when importing a sheet")
        if args.dry_run:
            return _plan_sheet(args)
    if not path.exists() and not ((calendar or mail) and args.dry_run):
        if not args.create:
            raise FollowupKitError(f"no tracker at {path}; to create it with this import, add --create")
        Tracker.create(path).close()
    if mail:
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


def _plan_sheet(args) -> int:
    """``import SHEET --dry-run``: what the import would do; no tracker is opened or created."""
    plan = plan_sheet(
        args.source,
        mapping=_pairs(args.map, "--map"),
        status_map=_pairs(args.status, "--status"),
        dayfirst=args.dayfirst,
        sheet=args.sheet,
    )
    print(plan.to_json() if args.format == "json" else plan.to_text())
    return 0


def _import_mail(args, path) -> int:
    with _tracker_or_empty(path, args.dry_run) as t:
        result = import_mail(
            t,
            args.source,
            me=args.me,
            dry_run=args.dry_run,
            create_applications=args.create_applications,
            progress=args.progress,
            second_opinion=args.second_opinion,
        )
    shown = result.messages[result.messages["outcome"] != "ignored"]
    created = result.applications
    if args.format == "json":
        messages = result.messages.to_json(orient="records", date_format="iso", indent=2)
        if created is None:
            print(messages)
        else:
            apps = created.assign(
                applied_on=created["applied_on"].map(lambda d: None if d is None or d != d else str(d))
            )
            print(f'{{"messages": {messages},\n"applications": {apps.to_json(orient="records", indent=2)}}}')
        return 0
    print(result)
    for note in result.notes:
        print(note)
    if created is not None and len(created):
        print("Applications to create from mail:" if result.dry_run else "Applications created from mail:")
        listed = created.assign(
            role=created["role"].fillna("-"),
            applied_on=created["applied_on"].map(lambda d: "-" if d is None or d != d else str(d)),
            company=neutralise(created["company"]),
        )
        print(listed[["company", "role", "applied_on", "messages"]].to_string(index=False))
    if len(shown):
        cols = ["ref", "date", "company", "kind", "outcome", "subject"]
        table = shown[cols].assign(
            ref=shown["ref"].fillna("-"),
            date=shown["date"].dt.strftime("%Y-%m-%d").fillna("-"),
            company=shown["company"].fillna("-"),
            subject=neutralise(shown["subject"].str.slice(0, 50)),
        )
        print(table.to_string(index=False))
    unreadable = shown[shown["outcome"] == "unreadable"]
    for position, reason in zip(unreadable["position"], unreadable["reason"], strict=True):
        print(f"Message {position} {reason}")  # "cannot be read: <why>": the reason, never a body
    if result.to_review:
        print("Review the uncertain ones with 'followup-kit inbox'.")
    return 0


@contextlib.contextmanager
def _tracker_or_empty(path: Path, dry_run: bool):
    """The tracker at ``path``; for a dry run without one, an empty tracker in a temporary folder
    (so "what would a mailbox create?" can be asked before any tracker exists)."""
    if path.exists() or not dry_run:
        with Tracker.open(path) as t:
            yield t
        return
    with (
        tempfile.TemporaryDirectory(prefix="followup-kit-dry-run-") as folder,
        Tracker.create(Path(folder) / path.name) as t,
    ):
        yield t


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
    scope = "all" if getattr(args, "all", False) else "current"
    with _open(args) as t:
        schedule = follow_up_schedule(t, as_of=args.as_of, scope=scope)
        due = due_soon(schedule, as_of=args.as_of, days=args.days)
    if args.format == "csv":
        text = due.select_dtypes(include=["object", "string"]).columns
        due.assign(**{c: neutralise(due[c]) for c in text}).to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(due.to_json(orient="records", date_format="iso", indent=2))
    else:
        print(f"Nothing overdue or due in the next {args.days} days." if due.empty else _due_table(due, schedule))
        for line in _due_notes(schedule):
            print(line)
    return 0


def _due_table(due, schedule) -> str:
    """The follow-ups as a person reads them: when (with the year if not this year's), what, to whom."""
    now = schedule.attrs.get("as_of")
    shown = pd.DataFrame(
        {
            "status": due["status"],
            "due": day_words(due["due_at"], now, clock=True),
            "what": due["kind"].map(KIND_LABELS).fillna(due["kind"]),
            "to whom": due["to_whom"],
            "company": due["company"].fillna(""),
            "key": due["action_key"],
        }
    )
    return shown.to_string(index=False)


def _due_notes(schedule) -> list[str]:
    """The lines under ``due``: expired follow-ups counted, earlier searches left out."""
    lines = [line for line in [expired_line(schedule)] if line]
    earlier = schedule.attrs.get("earlier_applications", 0)
    since = schedule.attrs.get("search_started_on")
    if schedule.attrs.get("scope") == "current" and earlier:
        start = (
            f" (it started on {day_word(since, schedule.attrs.get('as_of'), long=True)})" if since is not None else ""
        )
        lines.append(
            f"Showing your current search{start}; {earlier:,} applications of earlier searches are left out "
            "(--all lists them too)."
        )
    return lines


def cmd_ics(args) -> int:

    with _open(args) as t:
        path = write_ics(t, args.out, as_of=args.as_of)
    print(f"Wrote {path}")
    return 0


def cmd_report(args) -> int:
    if getattr(args, "country", None):
        country = FollowUpPolicy().with_overrides({"country": args.country}).country
        holiday_dates(country, None, years=[2026])  # a clear error before any kernel starts

    files = run_weekly_report(
        _tracker_path(args),
        week_ending=args.week_ending,
        out_dir=args.out,
        progress=not args.quiet,
        country=getattr(args, "country", None),
    )
    print(files)
    return 0


def cmd_app(args) -> int:

    return serve_app(_tracker_path(args), port=args.port, as_of=args.as_of, open_browser=not args.no_browser)


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
            print(
                f"  silence threshold: {apps.attrs['silence_days']:g} days, "
                f"{apps.attrs['silence_days_after_interview']:g} after an interview "
                f"({apps.attrs['silence_basis']}); an open application silent for longer counts as ghosted "
                "until news comes"
            )
            waiting = int(apps["still_waiting"].sum())
            if waiting:
                print(f"  {waiting} marked 'still waiting' by you: never counted as ghosted")
    return 0


def cmd_backup(args) -> int:
    with _open(args) as t:
        out = args.out or Path("backups") / f"tracker-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        t.backup(out)
    print(f"Backed up to {out}")
    return 0


def cmd_check(args) -> int:
    """``followup-kit check [--repair]``: exit 0 when the tracker is whole (or was repaired), else 1."""
    path = _tracker_path(args)
    if not path.exists():
        raise FollowupKitError(f"no tracker at {path}")
    report = check_integrity(path, repair=args.repair)
    print(report)
    return 0 if report.ok else 1
