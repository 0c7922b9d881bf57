"""The k-sample log-rank test between groups of waits, and the group labels it compares.

Observed minus expected ended waits per group, with the hypergeometric variance at each
distinct time (numpy); scipy gives only the chi-square tail.

Examples
--------
>>> res = logrank_chi2([3, 5, 8, 9, 12, 14], [True, True, True, False, True, True], ["a", "a", "a", "b", "b", "b"])
>>> res["df"], round(res["statistic"], 3), round(res["pvalue"], 4)
(1, 5.052, 0.0246)
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from followup_kit.errors import InputError


def group_labels(waits: pd.DataFrame, by: str) -> np.ndarray:
    if by not in waits.columns:
        raise InputError(
            "no such column to group by; columns are " + ", ".join(map(str, waits.columns)), field="by", value=by
        )
    values = waits[by].astype(object)
    return values.where(values.notna(), "unknown").astype(str).to_numpy()


def logrank_chi2(days, observed, groups) -> dict:
    """k-sample log-rank test (numpy): chi-square on k-1 degrees of freedom.

    Observed minus expected events per group, with the hypergeometric variance
    at each distinct event time; ``nan`` when nothing has ended.
    """
    from scipy import stats

    days, observed = np.asarray(days, dtype=float), np.asarray(observed, dtype=bool)
    names, g = np.unique(np.asarray(groups), return_inverse=True)
    k = len(names)
    times, t = np.unique(days, return_inverse=True)
    if k < 2 or not observed.any():
        return {"statistic": math.nan, "df": max(k - 1, 0), "pvalue": math.nan, "method": "log-rank (numpy)"}
    size = k * len(times)
    total = np.bincount(g * len(times) + t, minlength=size).reshape(k, -1).astype(float)
    ended = np.bincount(g * len(times) + t, weights=observed, minlength=size).reshape(k, -1)
    at_risk = total[:, ::-1].cumsum(axis=1)[:, ::-1]
    n_t, d_t = at_risk.sum(axis=0), ended.sum(axis=0)
    keep = d_t > 0
    at_risk, ended, n_t, d_t = at_risk[:, keep], ended[:, keep], n_t[keep], d_t[keep]
    share = at_risk / n_t
    expected = (share * d_t).sum(axis=1)
    spread = np.where(n_t > 1, d_t * (n_t - d_t) / np.maximum(n_t - 1, 1), 0.0)
    cov = -np.einsum("t,it,jt->ij", spread, share, share)
    cov[np.diag_indices(k)] += (spread * share).sum(axis=1)
    diff = ended.sum(axis=1) - expected
    stat = float(diff[:-1] @ np.linalg.pinv(cov[:-1, :-1]) @ diff[:-1])
    return {"statistic": stat, "df": k - 1, "pvalue": float(stats.chi2.sf(stat, k - 1)), "method": "log-rank (numpy)"}
