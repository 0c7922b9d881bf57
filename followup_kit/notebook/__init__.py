"""What notebooks show: the desk, the explorer, the weekly report, its runner and the Voila app.

These modules load ipywidgets and papermill lazily; nothing below this layer imports them.
"""
