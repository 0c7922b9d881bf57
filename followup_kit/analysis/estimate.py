"""One estimated figure with its 95% interval and the method that produced it.

Examples
--------
>>> e = Estimate(0.25, 0.1, 0.45, "Kaplan-Meier")
>>> e
Estimate(value=0.25, low=0.1, high=0.45, method='Kaplan-Meier')
>>> e.known, Estimate.unknown("no waits yet").known
(True, False)
>>> print(Estimate(0.123456, 0.05, 0.2, "Kaplan-Meier"))
0.1235 (interval 0.05 to 0.2); Kaplan-Meier
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Estimate:
    """A figure, its interval and how it was made (the library never rounds; rounding is display).

    Attributes
    ----------
    value : float
        The estimate; ``nan`` when the data cannot tell (``method`` says why).
    low, high : float
        The interval (95% unless ``method`` says otherwise); ``nan`` when unknown.
    method : str
        How the figure and its interval were computed, or why there is none.
    """

    value: float
    low: float
    high: float
    method: str

    @classmethod
    def unknown(cls, why: str) -> Estimate:
        """An estimate the data cannot give: ``nan`` figures and the reason in ``method``."""
        return cls(math.nan, math.nan, math.nan, why)

    @property
    def known(self) -> bool:
        """False when the value is ``nan`` (the data could not tell)."""
        return not math.isnan(self.value)

    def percent(self, digits: int = 0) -> str:
        """The figure as a percentage with its interval, for display: ``'18% (7% to 33%)'``."""
        if not self.known:
            return "unknown"
        fmt = f"{{:.{digits}f}}%"
        return f"{fmt.format(100 * self.value)} ({fmt.format(100 * self.low)} to {fmt.format(100 * self.high)})"

    def __str__(self) -> str:
        """For reading: four significant digits and the method (the fields keep every digit)."""
        if not self.known:
            return self.method
        return f"{self.value:.4g} (interval {self.low:.4g} to {self.high:.4g}); {self.method}"

    def _repr_html_(self) -> str:
        figure = "unknown" if not self.known else f"{self.value:.4g} (interval {self.low:.4g} to {self.high:.4g})"
        return f"<p><b>{html.escape(figure)}</b><br><span class='fk-note'>{html.escape(self.method)}</span></p>"
