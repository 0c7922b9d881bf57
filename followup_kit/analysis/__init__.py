"""Analysis layer: waits, statistics, forecasts, comparisons, published figures and plots."""
