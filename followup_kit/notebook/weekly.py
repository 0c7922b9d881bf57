"""Sections of the weekly report notebook, each one a library call returning something
a notebook displays (HTML or a matplotlib Figure).

All user text (company names, notes, drafts) is escaped before it becomes HTML,
so a company called ``<script>alert(1)</script>`` shows up as those characters.

The tables people read have human column names and days written as "Tue 17 Nov",
never internal ids; the figures behind them, unrounded and with their ids, are
DataFrames from :meth:`WeeklyReport.raw` (and the ``*_frame`` methods).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import make_tracker
>>> t = make_tracker(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", 200, seed=4)
>>> week = WeeklyReport(t, week_ending="2026-11-20")
>>> week.start.isoformat(), week.end.isoformat()
('2026-11-14', '2026-11-20')
>>> "<h1>" in week.header().data
True
>>> sorted(week.raw())
['due', 'late', 'silent', 'this_week']
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from zoneinfo import ZoneInfo

import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_moment
from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.analysis.forecast.plots import plot_chance_within
from followup_kit.analysis.pipeline import funnel, overdue_applications
from followup_kit.analysis.plots import (
    plot_funnel,
    plot_survival,
    plot_timeline,
    plot_wait_distribution,
)
from followup_kit.analysis.published import benchmarks_to_show, cite_benchmark, describe_benchmark, get_benchmark
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import status_as_of, wait_times
from followup_kit.followups.drafts import render_drafts
from followup_kit.followups.schedule import due_soon, follow_up_schedule, resolve_policy
from followup_kit.notebook.context import (
    frame_html,
    notebook_as_of,
    open_or_missing,
    open_tracker,
)
from followup_kit.notebook.desk.forecast import silence_html
from followup_kit.notebook.readable import readable, role_text
from followup_kit.store.episodes import search_episodes
from followup_kit.store.silence import last_news
from followup_kit.vocabulary import OUTCOME_LABELS


class WeeklyReport:
    """One week of a job search, read from one consistent snapshot of the tracker.

    Parameters
    ----------
    tracker : Tracker, path or None
        The tracker (``None``: ``$FOLLOWUP_KIT_TRACKER`` or ``data/tracker.sqlite``).
    week_ending : date or str, optional
        The last day of the week (``None``: today, or ``$FOLLOWUP_KIT_AS_OF``).
    benchmark : str
        The benchmark id that overdue and plots compare with.
    policy : FollowUpPolicy, optional
        The schedule's rules; its ``ghosted_after_days`` and ``country`` count here too.
    country : str, optional
        The user's country (ISO code), replacing the policy's: the figure published for it
        stands beside the benchmark.
    """

    def __init__(
        self,
        tracker=None,
        *,
        week_ending=None,
        benchmark: str = vocabulary.DEFAULT_BENCHMARK,
        policy=None,
        country: str | None = None,
    ):
        self.tracker = open_tracker(tracker)
        self.tables = self.tracker.tables()
        self.timezone = self.tracker.timezone
        week_ending = notebook_as_of(week_ending)
        if week_ending is None:
            week_ending = dt.datetime.now(ZoneInfo(self.timezone)).date()
        self.end = pd.Timestamp(week_ending).date()
        self.start = self.end - dt.timedelta(days=6)
        self.benchmark = benchmark
        self.policy = policy
        if country is not None:  # the notebook's parameter: the user's country, for the policy
            policy = resolve_policy(self.tracker, policy).with_overrides({"country": country})
        resolved = resolve_policy(self.tracker, policy)
        #: The user's country (the policy's): its published figure is shown beside the benchmark.
        self.country = resolved.country
        # the statuses on the week's last day, silence included (an earlier week shows that week as it was)
        t = self.tables
        t["applications"] = status_as_of(
            t["applications"],
            t["events"],
            t["interviews"],
            pd.Timestamp(self.end),
            self.timezone,
            fallback_days=resolved.ghosted_after_days,
        )
        # "now" for the schedule: the last day of the week, read by the kit's one as_of rule (its start)
        self.as_of = as_of_moment(self.end, self.timezone)

        self.schedule = follow_up_schedule(self.tables, as_of=self.as_of, policy=policy)

    # --- helpers ---------------------------------------------------------------------

    @functools.cached_property
    def waits(self) -> pd.DataFrame:
        """First interview to decision, measured at the end of the week (shared by the sections)."""

        return wait_times(self.tables, as_of=self.end, timezone=self.timezone)

    @functools.cached_property
    def reply_waits(self) -> pd.DataFrame:
        """Application to first reply, measured at the end of the week (what the forecasts use)."""

        return wait_times(self.tables, as_of=self.end, start="applied", end="response", timezone=self.timezone)

    def _in_week(self, dates: pd.Series) -> pd.Series:
        day = dates.dt.tz_convert(self.timezone).dt.tz_localize(None) if getattr(dates.dt, "tz", None) else dates
        return (day >= pd.Timestamp(self.start)) & (day < pd.Timestamp(self.end) + pd.Timedelta(days=1))

    def _apps(self) -> pd.DataFrame:
        return self.tables["applications"][["application_id", "company", "role", "status"]]

    @staticmethod
    def _html(text: str):
        from IPython.display import HTML

        return HTML(text)

    # --- sections ----------------------------------------------------------------------

    def header(self):
        """Title, the week, and the headline numbers."""
        apps = self.tables["applications"]
        open_count = int((~apps["status"].isin(vocabulary.CLOSED_STATUSES)).sum())
        s = self.schedule
        live = s[s["status"].isin(vocabulary.LIVE_ACTION_STATUSES)] if not s.empty else s
        overdue = int((live["status"] == "overdue").sum()) if not live.empty else 0
        return self._html(
            f"<h1>Your job search: the week of {self.start:%d %b} to {self.end:%d %b %Y}</h1>"
            f"<p>{len(apps):,} applications in the tracker, {open_count:,} still open. "
            f"<span class='fk-overdue'>{overdue} follow-ups overdue</span> at the end of the week.</p>"
            f"<p class='fk-note'>Times are in {html.escape(self.timezone)}. Made by followup-kit from "
            f"{html.escape(self.tracker.path.name)}.</p>"
        )

    def _repr_html_(self) -> str:
        return self.header().data

    def this_week_frame(self) -> pd.DataFrame:
        """What happened this week, one row per thing: ``date, what, company, role, application_id``."""
        t = self.tables
        apps = self._apps()
        rows = []
        sent = t["applications"][self._in_week(t["applications"]["applied_on"])]
        rows.append(
            pd.DataFrame(
                {
                    "date": sent["applied_on"],
                    "what": "Applied",
                    "company": sent["company"],
                    "role": sent["role"],
                    "application_id": sent["application_id"],
                }
            )
        )
        iv = t["interviews"].merge(apps, on="application_id")
        iv = iv[self._in_week(iv["starts_at"])]
        rows.append(
            pd.DataFrame(
                {
                    "date": iv["starts_at"].dt.tz_localize(None).dt.normalize(),
                    "what": "Interview" + (" (" + iv["stage"] + ")").fillna(""),
                    "company": iv["company"],
                    "role": iv["role"],
                    "application_id": iv["application_id"],
                }
            )
        )
        ev = t["events"].merge(apps, on="application_id")
        ev = ev[self._in_week(ev["on"])]
        rows.append(
            pd.DataFrame(
                {
                    "date": ev["on"],
                    "what": ev["kind"].map(OUTCOME_LABELS).fillna(ev["kind"]),
                    "company": ev["company"],
                    "role": ev["role"],
                    "application_id": ev["application_id"],
                }
            )
        )
        done = t["action_state"]
        done = done[self._in_week(done["done_at"])]
        if not done.empty and not self.schedule.empty:
            done = done.merge(
                self.schedule[["action_key", "kind", "company", "role", "application_id", "contact_name"]],
                on="action_key",
            )
            # to whom: the person, else the company's hiring team (never a blank or NaN)
            named = done["contact_name"].astype(object).where(done["contact_name"].notna(), "")
            named = named.astype(str).str.strip()
            whom = named.where(named.ne(""), "the hiring team at " + done["company"].astype(str))
            rows.append(
                pd.DataFrame(
                    {
                        "date": done["done_at"].dt.tz_localize(None).dt.normalize(),
                        "what": done["kind"].map(vocabulary.KIND_LABELS).fillna(done["kind"])
                        + " to "
                        + whom
                        + ": "
                        + done["state"],
                        "company": done["company"],
                        "role": done["role"],
                        "application_id": done["application_id"],
                    }
                )
            )
        columns = ["date", "what", "company", "role", "application_id"]
        kept = [r for r in rows if not r.empty]
        table = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=columns)
        table["date"] = pd.to_datetime(table["date"])
        table = table.drop_duplicates(subset=["date", "what", "application_id"])  # one line per thing that happened
        return table.sort_values(["date", "company"], kind="stable").reset_index(drop=True)[columns]

    def this_week(self):
        """What happened this week: applications, interviews, replies and decisions, follow-ups sent."""
        table = readable(self.this_week_frame(), as_of=self.end)  # a day of another year carries its year
        return self._html(frame_html(table, empty="Nothing was recorded this week."))

    def due_frame(self) -> pd.DataFrame:
        """The follow-ups overdue or due in the seven days after the week (schedule columns)."""
        return due_soon(self.schedule, as_of=self.as_of, days=7) if not self.schedule.empty else self.schedule

    def due_next_week(self, with_drafts: bool = True, limit: int = 40):
        """Follow-ups overdue or due in the seven days after the week, with their drafts (the first ``limit``)."""

        due = self.due_frame()
        if due.empty:
            return self._html(frame_html(due, empty="Nothing is due next week."))
        more = len(due) - limit
        due = due.head(limit)
        drafts = render_drafts(due, self.tables, resolve_policy(self.tracker, self.policy)) if with_drafts else {}
        parts = []
        for row in due.itertuples():
            label = vocabulary.KIND_LABELS.get(row.kind, row.kind)
            late = " <span class='fk-overdue'>(overdue)</span>" if row.status == "overdue" else ""
            who = html.escape(str(getattr(row, "contact_name", "") or ""))
            # a day outside the week's year carries its year
            when = (
                f"{row.due_at:%a %d %b %H:%M}"
                if row.due_at.year == self.end.year
                else f"{row.due_at:%a %d %b %Y %H:%M}"
            )
            head = (
                f"<b>{when}</b> · {html.escape(label)} → {who} · "
                f"{html.escape(str(row.company))} ({html.escape(role_text(row.role))}){late}"
            )
            if not with_drafts:
                parts.append(f"<p>{head}</p>")
                continue
            d = drafts[row.action_key]
            text = d.linkedin_note if d.linkedin_note else d.text
            parts.append(
                f"<details><summary>{head}</summary><p class='fk-note'>{html.escape(str(row.reason))}</p>"
                f"<pre>{html.escape(text)}</pre></details>"
            )
        if more > 0:
            parts.append(f"<p class='fk-note'>… and {more:,} more, all in the desk's to-do list.</p>")
        return self._html("".join(parts))

    @functools.cached_property
    def current_search(self) -> pd.Series:
        """Whether each application belongs to the current search on the week's last day, by
        ``application_id`` (:func:`~followup_kit.store.episodes.search_episodes`): the report's
        lists of waiting and silent applications are about today's search, not a history imported beside it."""
        t = self.tables
        episodes = search_episodes(
            t["applications"], t["events"], t["interviews"], day=self.end, timezone=self.timezone
        )
        return pd.Series(episodes["current"].to_numpy(), index=t["applications"]["application_id"].to_numpy())

    def _in_current_search(self, frame: pd.DataFrame) -> pd.DataFrame:
        current = self.current_search
        return frame[current.reindex(frame["application_id"]).fillna(True).to_numpy(dtype=bool)]

    def late_frame(self) -> pd.DataFrame:
        """Open applications of the current search waiting longer than the benchmark since the first
        interview (:func:`~followup_kit.analysis.pipeline.overdue_applications`)."""
        late = overdue_applications(self.tables, self.benchmark, as_of=self.end, timezone=self.timezone)
        return self._in_current_search(late).reset_index(drop=True)

    @property
    def silence_days(self) -> float:
        """The silence threshold on the week's last day (:mod:`followup_kit.store.silence`)."""
        return float(self.tables["applications"].attrs["silence_days"])

    def silent_frame(self) -> pd.DataFrame:
        """Applications the kit counts as ghosted by silence on the week's last day (no news for longer
        than the silence threshold, none recorded as ghosted), longest silence first:
        ``application_id, company, role, applied_on, days`` (days without news)."""
        t = self.tables
        apps, events = t["applications"], t["events"]
        day = pd.Timestamp(self.end).to_datetime64()
        declared = apps["application_id"].isin(events.loc[events["kind"] == "ghosted", "application_id"])
        news = last_news(apps, events, t["interviews"], day, self.timezone)
        silent = apps.assign(days=(day - news) // pd.Timedelta(days=1))
        silent = silent.loc[apps["status"].eq("ghosted") & ~declared]
        silent = self._in_current_search(silent).sort_values("days", ascending=False, kind="stable")
        cols = ["application_id", "company", "role", "applied_on", "days"]
        return silent[cols].astype({"days": "int64"}).reset_index(drop=True)

    def raw(self) -> dict[str, pd.DataFrame]:
        """The figures behind the report's tables, unrounded, with their ids (for your own analysis)."""
        return {
            "this_week": self.this_week_frame(),
            "due": self.due_frame(),
            "late": self.late_frame(),
            "silent": self.silent_frame(),
        }

    def overdue(self):
        """Open applications waiting longer than the benchmark, and silent ones with no reply at all."""

        late = readable(self.late_frame().drop(columns=["benchmark_days"], errors="ignore"), as_of=self.end)
        late = late.rename(columns={"Since": "First interview"})
        silent = readable(self.silent_frame().head(30), as_of=self.end)
        earlier = int((~self.current_search).sum())
        history = (
            f"<p class='fk-note'>{earlier:,} application{'s' if earlier != 1 else ''} of earlier searches "
            "are not listed here.</p>"
            if earlier
            else ""
        )
        return self._html(
            f"<p class='fk-note'>Benchmark: {html.escape(cite_benchmark(self.benchmark))}.</p>"
            "<h3>Waiting longer than the benchmark since the first interview</h3>"
            + frame_html(late, empty="None: no open application has waited longer than the benchmark.")
            + f"<h3>Ghosted by silence: no news for longer than {self.silence_days:g} days "
            f"({self.tables['applications'].attrs['silence_days_after_interview']:g} after an interview)</h3>"
            + f"<p class='fk-note'>{html.escape(self.tables['applications'].attrs['silence_basis'])}; "
            "a reply reopens one by itself.</p>" + frame_html(silent, empty="None.") + history
        )

    def forecasts(self):
        """Will I hear back? The never-answered share, the silence threshold, one sentence per silent application."""

        return self._html(silence_html(self.tables, self.end, policy=self.policy))

    def chance_plot(self):
        """The chance of a first reply in the next week by days of silence, with its 95% band."""
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
        plot_chance_within(self.reply_waits, ax=ax)
        plt.close(fig)
        return fig

    def comparisons(self) -> list:
        """Your waits beside the benchmark and beside your country's published figure (each a
        :class:`~followup_kit.analysis.comparison.ComparisonResult`, measured between that figure's own events
        for the country's figure; the benchmark's with waits from first interview to decision)."""
        out = [compare_to_benchmark(self.waits, self.benchmark)]
        for benchmark_id in benchmarks_to_show(self.country, self.benchmark)[1:]:
            b = get_benchmark(benchmark_id)
            waits = wait_times(
                self.tables, as_of=self.end, start=b["start_event"], end=b["end_event"], timezone=self.timezone
            )
            out.append(compare_to_benchmark(waits, benchmark_id))
        return out

    def comparison(self):
        """Your waits beside the benchmark and your country's figure, each with its definition, in words and numbers."""
        parts = []
        for result in self.comparisons():
            b = result.benchmark
            parts.append(f"<h3>Beside {html.escape(cite_benchmark(str(b['id'])))}</h3>" + result._repr_html_())
        return self._html("".join(parts))

    def sources(self):
        """The appendix: every published figure the report cites, with its definition, source and the id
        the kit knows it by (the notebook's ``benchmark`` parameter takes it)."""
        rows = [
            f"<li><b>{html.escape(cite_benchmark(i))}</b>: {html.escape(describe_benchmark(i))} "
            f"<span class='fk-note'>(id <code>{html.escape(i)}</code>)</span></li>"
            for i in benchmarks_to_show(self.country, self.benchmark)
        ]
        return self._html(
            "<p class='fk-note'>The published figures this report sets your waits beside, and the name "
            "the kit knows each by.</p><ul>" + "".join(rows) + "</ul>"
        )

    def wait_plots(self):
        """Kaplan-Meier curve and the distribution of waits, with the benchmark marked."""
        import matplotlib.pyplot as plt

        waits = self.waits
        fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
        plot_survival(survival(waits), benchmark_id=self.benchmark, ax=left)
        plot_wait_distribution(waits, benchmark_id=self.benchmark, ax=right)
        plt.close(fig)
        return fig

    def timeline(self, max_rows: int = 25):
        """One row per recent application: applied, interviews, follow-ups, decision, today."""
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(12, 0.32 * max_rows + 1.8), layout="constrained")
        plot_timeline(self.tables, schedule=self.schedule, as_of=self.end, ax=ax, max_rows=max_rows)
        plt.close(fig)
        return fig

    def funnel(self):
        """Applied → response → interview → offer, with the conversion at each step."""
        import matplotlib.pyplot as plt

        table = funnel(self.tables, as_of=self.end, timezone=self.timezone)
        fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
        plot_funnel(table, ax=ax)
        plt.close(fig)
        return fig


def open_weekly_report(tracker=None, **kwargs):
    """The weekly report for ``tracker``, or a note on creating one if it is missing."""
    return open_or_missing(WeeklyReport, tracker, as_of_name="week_ending", **kwargs)
