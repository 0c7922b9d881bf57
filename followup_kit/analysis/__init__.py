"""Waiting times and what they mean: censored waits, survival statistics, published figures, the pipeline and plots."""
