"""How applications ended, by day: Aalen-Johansen cumulative incidence of competing outcomes.

Offer, rejection and silence compete: once one happens the others cannot.  One minus the
Kaplan-Meier curve of "an offer" would overstate the chance of an offer; the cumulative
incidence of each outcome does not.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [5, 10, 10, 20, 30],
...                       "observed": [True, True, False, True, False],
...                       "outcome": ["offer", "rejection", "open", "offer", "ghosted"]})
>>> outcome_incidence(waits).round(3)  # doctest: +NORMALIZE_WHITESPACE
     offer  rejection  ghosted  still_waiting
day
0      0.0        0.0      0.0            1.0
5      0.2        0.0      0.0            0.8
10     0.2        0.2      0.0            0.6
20     0.5        0.2      0.0            0.3
30     0.5        0.2      0.3            0.0
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit.analysis.stats import check_waits
from followup_kit.errors import InputError

#: Preferred order of outcome columns in :func:`outcome_incidence`.
OUTCOME_ORDER = ("offer", "rejection", "response", "interview", "ghosted", "withdrawn")


def outcome_incidence(wait_times: pd.DataFrame) -> pd.DataFrame:
    """Aalen-Johansen cumulative incidence of each outcome, by day.

    Every outcome other than ``open`` is its own competing event (offer,
    rejection, ghosted, withdrawn ...); ``open`` waits are censored.  On a day
    with several outcomes tied, all of them use the share still waiting just
    before that day.  The column ``still_waiting`` is the Kaplan-Meier share
    with no outcome yet, so each row sums to 1.  Unlike ``1 - survival``, the
    chance of an offer here does not pretend ghosted applications might still
    get one.

    Returns
    -------
    DataFrame
        Indexed by ``day`` (0 and every day on which something ended), one
        column per outcome present plus ``still_waiting``; empty (only the
        ``still_waiting`` column) for empty input.

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [2, 2, 2, 4], "observed": [True, False, False, False],
    ...                   "outcome": ["offer", "ghosted", "open", "open"]})
    >>> outcome_incidence(w)  # doctest: +NORMALIZE_WHITESPACE
         offer  ghosted  still_waiting
    day
    0     0.00     0.00            1.0
    2     0.25     0.25            0.5
    """
    check_waits(wait_times)
    if "outcome" not in wait_times.columns:
        raise InputError("wait times need the column 'outcome' (see wait_times)", field="outcome")
    days = wait_times["days"].to_numpy(dtype=float)
    outcome = wait_times["outcome"].astype(object).fillna("open").to_numpy()
    present = [o for o in pd.unique(outcome) if o != "open"]
    kinds = [o for o in OUTCOME_ORDER if o in present] + sorted(o for o in present if o not in OUTCOME_ORDER)
    if len(days) == 0:
        return pd.DataFrame({"still_waiting": pd.Series(dtype=float)}, index=pd.Index([], name="day", dtype=float))
    times, t = np.unique(days, return_inverse=True)
    at_risk = np.bincount(t, minlength=len(times))[::-1].cumsum()[::-1].astype(float)
    code = pd.Index(kinds).get_indexer(outcome)
    ended = np.zeros((len(kinds), len(times)))
    hit = code >= 0
    np.add.at(ended, (code[hit], t[hit]), 1.0)
    total = ended.sum(axis=0)
    surv = np.cumprod(1.0 - total / at_risk)
    before = np.concatenate([[1.0], surv[:-1]])
    cif = np.cumsum(before * ended / at_risk, axis=1)
    keep = total > 0
    index = np.concatenate([[0.0], times[keep]]) if not (keep.any() and times[keep][0] == 0) else times[keep]
    frame = pd.DataFrame(cif[:, keep].T, columns=kinds, index=times[keep])
    frame["still_waiting"] = surv[keep]
    frame = frame.reindex(index).fillna({**{k: 0.0 for k in kinds}, "still_waiting": 1.0})
    frame.index = pd.Index(frame.index.to_numpy(), name="day")
    if np.all(np.mod(frame.index.to_numpy(), 1) == 0):
        frame.index = frame.index.astype("int64")
    return frame
