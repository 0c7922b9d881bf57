"""What published figures say about answers, for a history too short to speak for itself.

Examples
--------
>>> DEFAULT_PRIOR.basis.split(";")[0]
'published prior: answers after a mean of 23.7 days (glassdoor_2017_average), 61% never answered (greenhouse_2024_ghosted, a stand-in)'
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from followup_kit.analysis.published import get_published
from followup_kit.analysis.stats import CONFIDENCE_LEVEL
from followup_kit.store.silence import FEW_ANSWERS, SILENCE_SHARE

#: Below this many answered applications :func:`reply_forecast` uses the published prior, and the
#: share of the answers that come by the silence threshold: the silence rule's own numbers
#: (:mod:`followup_kit.store.silence`), one definition for both.
__all__ = ["DEFAULT_PRIOR", "FEW_ANSWERS", "SILENCE_SHARE", "PublishedPrior"]


@dataclass(frozen=True)
class PublishedPrior:
    """What published figures say about answers, for a history too short to speak for itself.

    Answer times of the applications that get an answer are exponential with
    mean ``mean_days``; a share ``never_share`` never gets one.  The chance of
    an answer in the next ``h`` days after ``g`` silent days is then
    ``(1 - p) e^(-g/m) (1 - e^(-h/m)) / (p + (1 - p) e^(-g/m))``; its interval
    is the Beta distribution with that mean worth ``weight`` applications.

    Attributes
    ----------
    mean_days, mean_source : float, str
        Mean wait and the published figure it comes from (default: Glassdoor
        2017, 23.7 days from application to offer or rejection, 25-country
        average; a wait for a decision, so slower than a first reply).
    never_share, never_source : float, str
        Share never answered and its source (default: Greenhouse 2024, 61% of
        job seekers ghosted after an interview: a share of people, used as a
        stand-in because no published share of unanswered applications was found).
    weight : float
        How many applications the prior counts as; :data:`FEW_ANSWERS`, the
        point at which the kit trusts your own history instead.

    Examples
    --------
    >>> prior = PublishedPrior()
    >>> prior.mean_days, prior.never_share
    (23.7, 0.61)
    >>> round(float(prior.chance(0, 7)), 4)
    0.0997
    """

    mean_days: float = float(get_published("glassdoor_2017_average")["value"])
    mean_source: str = "glassdoor_2017_average"
    never_share: float = float(get_published("greenhouse_2024_ghosted")["value"])
    never_source: str = "greenhouse_2024_ghosted"
    weight: float = float(FEW_ANSWERS)

    def chance(self, given, within: float) -> np.ndarray:
        """Chance of an answer within ``within`` days after ``given`` silent days (array)."""
        g = np.asarray(given, dtype=float)
        p, m = self.never_share, self.mean_days
        still = (1 - p) * np.exp(-g / m)
        return still * (1 - np.exp(-within / m)) / (p + still)

    def interval(self, chance, confidence_level: float = CONFIDENCE_LEVEL) -> tuple[np.ndarray, np.ndarray]:
        """Equal-tailed Beta interval around ``chance`` worth :attr:`weight` applications, widened to hold it.

        Examples
        --------
        >>> low, high = PublishedPrior().interval([3.7e-5])
        >>> bool(low[0] <= 3.7e-5 <= high[0])
        True
        """
        from scipy import stats

        c = np.asarray(chance, dtype=float)
        a, b = self.weight * c, self.weight * (1 - c)
        tail = (1 - confidence_level) / 2
        # a tiny chance makes a Beta whose quantiles both lie below its mean: bound them by it
        return np.fmin(stats.beta.ppf(tail, a, b), c), np.fmax(stats.beta.ppf(1 - tail, a, b), c)

    def threshold(self, share: float = SILENCE_SHARE) -> float:
        """Day by which ``share`` of the answers have come: the exponential quantile ``m ln(1 / (1 - share))``."""
        return self.mean_days * math.log(1 / (1 - share))

    @property
    def basis(self) -> str:
        """Whose figures these are, for the ``basis`` column."""
        return (
            f"published prior: answers after a mean of {self.mean_days:g} days ({self.mean_source}), "
            f"{self.never_share:.0%} never answered ({self.never_source}, a stand-in)"
        )


#: The prior :func:`reply_forecast` uses unless told otherwise.
DEFAULT_PRIOR = PublishedPrior()
