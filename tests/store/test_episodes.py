"""Episodes of a search against hand-computed cases: an accepted offer closes only what was open then."""

import pandas as pd

from followup_kit.store.episodes import acceptances, closed_by_acceptance, search_episodes


def frames(applied, events=()):
    apps = pd.DataFrame(
        {"application_id": list(range(1, len(applied) + 1)), "applied_on": pd.to_datetime(list(applied))}
    )
    ev = pd.DataFrame(list(events), columns=["application_id", "kind", "on"])
    ev["on"] = pd.to_datetime(ev["on"])
    return apps, ev


def test_acceptance_closes_only_the_applications_open_on_its_day():
    apps, ev = frames(
        ["2023-03-01", "2023-04-01", "2023-05-02", "2023-05-03", "2023-02-01", "2023-01-10"],
        [
            (1, "offer_accepted", "2023-05-02"),
            (5, "rejection", "2023-04-30"),  # decided before: not closed by the offer
            (6, "rejection", "2023-05-02"),  # decided on the day itself: not closed either
        ],
    )
    out = closed_by_acceptance(apps, ev, None)
    # 1 accepted (its own offer); 2 open; 3 applied on the day (open then); 4 applied the day after
    assert out["closed_by"].tolist() == [pd.NA, 1, 1, pd.NA, pd.NA, pd.NA]
    assert out.loc[1, "closed_on"] == pd.Timestamp("2023-05-02")
    assert out["closed_on"].isna().tolist() == [True, False, False, True, True, True]


def test_each_acceptance_closes_its_own_search():
    apps, ev = frames(
        ["2021-01-04", "2021-01-05", "2023-02-01", "2023-02-02"],
        [(1, "offer_accepted", "2021-02-01"), (3, "offer_accepted", "2023-03-01")],
    )
    out = closed_by_acceptance(apps, ev, None)
    assert out["closed_by"].tolist() == [pd.NA, 1, pd.NA, 3]
    # what happened after the day asked about does not count
    assert closed_by_acceptance(apps, ev, None, day="2023-02-15")["closed_by"].tolist() == [pd.NA, 1, pd.NA, pd.NA]


def test_an_accepted_status_without_an_event_counts_on_its_latest_day():
    apps, ev = frames(["2023-01-02", "2023-01-20", "2023-03-01"], [(1, "response", "2023-02-10")])
    apps["stored_status"] = ["accepted", None, None]
    assert acceptances(apps, ev)["on"].tolist() == [pd.Timestamp("2023-02-10")]
    assert closed_by_acceptance(apps, ev, None)["closed_by"].tolist() == [pd.NA, 1, pd.NA]
    apps.loc[0, "applied_on"] = pd.NaT
    ev = ev.iloc[0:0]
    assert acceptances(apps, ev).empty  # no day known: it closes nothing


def test_interviews_date_an_application_without_an_applied_day():
    apps, ev = frames(["2023-01-02", None], [(1, "offer_accepted", "2023-03-01")])
    iv = pd.DataFrame(
        {
            "application_id": [2],
            "starts_at": pd.to_datetime(["2023-02-01 02:00"]).tz_localize("UTC"),
            "cancelled_at": [pd.NaT],
        }
    )
    out = closed_by_acceptance(apps, ev, iv, timezone="America/New_York")
    assert out.loc[1, "started_on"] == pd.Timestamp("2023-01-31")  # the local day in New York
    assert out["closed_by"].tolist() == [pd.NA, 1]


def test_episodes_split_at_an_acceptance_and_at_a_long_pause():
    apps, ev = frames(
        ["2021-01-04", "2021-02-01", "2021-03-10", "2021-12-01", "2022-01-05", "2026-09-01", None],
        [(2, "offer_accepted", "2021-03-01"), (5, "rejection", "2022-02-01")],
    )
    e = search_episodes(apps, ev, None, day="2026-11-20", pause_days=180)
    # a new search after the offer (3), after 266 days of quiet (4), after more than four years (6)
    assert e["episode"].tolist() == [0, 0, 1, 2, 2, 3, 3]
    assert e["current"].tolist() == [False] * 5 + [True, True]  # an undated application counts as current
    # 2022-02-01 news then 2022-07-20: 169 days, under the pause: the same search
    apps.loc[5, "applied_on"] = pd.Timestamp("2022-07-20")
    e = search_episodes(apps, ev, None, day="2026-11-20", pause_days=180)
    assert e["episode"].tolist()[3:6] == [2, 2, 2] and e["current"].tolist()[3:] == [True] * 4


def test_episodes_ignore_what_comes_after_the_day():
    apps, ev = frames(["2026-01-05", "2026-11-01"], [(1, "offer_accepted", "2026-10-01")])
    assert search_episodes(apps, ev, None, day="2026-09-30")["current"].tolist() == [True, True]
    assert search_episodes(apps, ev, None, day="2026-11-20")["current"].tolist() == [False, True]


def test_a_decision_known_only_as_a_status_counts_on_its_latest_day():
    apps, ev = frames(["2022-06-01", "2022-07-01", "2022-08-01"], [(1, "offer_accepted", "2022-09-02")])
    apps["stored_status"] = [None, "rejected", "rejected"]
    ev = pd.concat(
        [ev, pd.DataFrame({"application_id": [3], "kind": ["response"], "on": [pd.Timestamp("2022-09-10")]})]
    )
    # 2: rejected, last heard of on 1 July, before the offer; 3: still heard of after it, so open then
    assert closed_by_acceptance(apps, ev, None)["closed_by"].tolist() == [pd.NA, pd.NA, 1]
