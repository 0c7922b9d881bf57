"""MkDocs hook (``hooks:`` in mkdocs.yml): Sphinx roles in the docstrings become links in the reference.

The docstrings are numpydoc and name other objects the Sphinx way (``:func:`~followup_kit.survival```).
mkdocstrings renders that as the role's text followed by code; this hook turns it into a cross-reference
that mkdocs-autorefs resolves when the object is in the reference, and into plain code otherwise
(``optional``: an unknown name is never an error).  A leading ``~`` shows only the last part of the name.
"""

from __future__ import annotations

import re

ROLE = re.compile(r":(?:func|class|meth|data|attr|mod|exc|obj):<code>(~?)([\w.]+)(\(\))?</code>")


def _link(match: re.Match) -> str:
    tilde, target, parens = match.groups()
    shown = target.rsplit(".", 1)[-1] if tilde else target
    # the reference documents public names as followup_kit.NAME: try that too
    public = "followup_kit." + (target.rsplit(".", 1)[-1] if target.startswith("followup_kit.") else target)
    return f'<autoref identifier="{target}" slug="{public}" optional><code>{shown}{parens or ""}</code></autoref>'


def on_page_content(html: str, **kwargs) -> str:
    return ROLE.sub(_link, html)
