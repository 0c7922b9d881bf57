"""How much of one input file the kit reads before it refuses it: every number with its reason.

A sheet, a mail export or a calendar is read by the user's own machine, often a laptop.
A small hostile or damaged file can declare a huge size (an .xlsx whose dimension is
XFD1048576, an .ods row repeated 10^9 times, a zip bomb, a CSV row of a million fields, a
message of 100,000 parts); these limits keep the memory of any single input under
:data:`PEAK_MEMORY_GOAL_BYTES` and its time in seconds.  Each refusal names the limit it hit,
so a user with a real file that large knows what happened.

The numbers live in one frozen object, :data:`LIMITS` (an :class:`InputLimits`); each field's
``metadata["reason"]`` says why it is that number (:meth:`InputLimits.reasons`).

Examples
--------
>>> LIMITS.sheet_rows, LIMITS.sheet_columns, LIMITS.sheet_cells
(100000, 1000, 1000000)
>>> InputLimits.reasons()["sheet_rows"][:40]
'A job search of several years is a few t'
>>> too_many("rows", 250_000, LIMITS.sheet_rows)
'more than 100,000 rows (250,000): the kit reads at most 100,000 rows of a sheet'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

#: The memory one input may cost at its peak (issue 26): far below a laptop's, so an import
#: never pushes the desk, the browser and the user's other programs out of memory.
PEAK_MEMORY_GOAL_BYTES = 300 * 1024 * 1024


@dataclass(frozen=True)
class InputLimits:
    """The sizes of one input the kit reads; beyond them it refuses, naming the number."""

    sheet_rows: int = dataclasses.field(
        default=100_000,
        metadata={
            "reason": "A job search of several years is a few thousand applications; 100,000 rows is 25 times "
            "the largest tracker in the design notes (a 20-column sheet of that size passes sheet_cells first)."
        },
    )
    sheet_columns: int = dataclasses.field(
        default=1_000,
        metadata={
            "reason": "Trackers have 5 to 30 columns and ATS exports about 60; 1,000 leaves room for any export "
            "while a row stays small (an .xlsx may declare 16,384 columns)."
        },
    )
    sheet_cells: int = dataclasses.field(
        default=1_000_000,
        metadata={
            "reason": "Reading a CSV of 1,000,000 text cells (50,000 rows x 20) peaked at 249 MB, 4,000,000 at "
            "656 MB (measured, issue 26): one million keeps a sheet near the 300 MB goal."
        },
    )
    workbook_bytes: int = dataclasses.field(
        default=64 * 1024 * 1024,
        metadata={
            "reason": "The XML of an .xlsx of 1,000,000 cells (sheet_cells) is about 40 MB uncompressed, and "
            "openpyxl holds the shared strings whole; a workbook declaring more than 64 MiB is past the cells "
            "anyway (1 MB zip bombs declare gigabytes)."
        },
    )
    zip_ratio: int = dataclasses.field(
        default=200,
        metadata={
            "reason": "Spreadsheet XML compresses 5 to 30 times (measured on LibreOffice and Excel files); "
            "200 only refuses files built to expand, and is checked only past zip_ratio_from_bytes."
        },
    )
    zip_ratio_from_bytes: int = dataclasses.field(
        default=16 * 1024 * 1024,
        metadata={"reason": "Small members may compress very well (an empty sheet is a few repeated tags)."},
    )
    ods_content_bytes: int = dataclasses.field(
        default=8 * 1024 * 1024,
        metadata={
            "reason": "odfpy builds a tree of the whole content.xml: 23 bytes of memory per byte of XML "
            "(measured: a 4.2 MB content.xml of 20,000 rows peaked at 193 MB); 8 MiB stays near the goal. "
            "A larger sheet is read as .xlsx or .csv, which stream."
        },
    )
    csv_bytes: int = dataclasses.field(
        default=64 * 1024 * 1024,
        metadata={
            "reason": "1,000,000 cells (sheet_cells) of up to 60 characters; the text is held twice while it "
            "is decoded and split, so 64 MiB stays near the memory goal."
        },
    )
    message_bytes: int = dataclasses.field(
        default=32 * 1024 * 1024,
        metadata={
            "reason": "Gmail sends attachments of up to 25 MB (33 MB in base64); the headers, the text and an "
            "invitation come before them, so the first 32 MiB of a message are all it is read for."
        },
    )
    message_kept_bytes: int = dataclasses.field(
        default=8 * 1024 * 1024,
        metadata={
            "reason": "What of one message is parsed: its text parts and invitations, at most this much in all "
            "(the standard parser costs about 10 bytes of memory per byte; 8 MiB stays near 100 MB)."
        },
    )
    message_parts: int = dataclasses.field(
        default=500,
        metadata={
            "reason": "Real mail has 1 to 30 parts (a text, its HTML, a few attachments and images); "
            "a 3 MB message of 100,000 parts took 33 s to parse (issue 26)."
        },
    )
    text_part_bytes: int = dataclasses.field(
        default=1024 * 1024,
        metadata={
            "reason": "The classifier reads 20,000 characters, taken from at most 100,000 of HTML: 1 MiB of "
            "encoded text (base64 of 100,000 UTF-8 characters of up to 4 bytes is 540 KB) always holds them."
        },
    )
    calendar_part_bytes: int = dataclasses.field(
        default=2 * 1024 * 1024,
        metadata={
            "reason": "An invitation is 2 to 20 KB; 2 MiB holds a whole calendar of a few thousand events "
            "sent as one attachment."
        },
    )

    @classmethod
    def reasons(cls) -> dict[str, str]:
        """Each limit's name and the reason for its number."""
        return {f.name: f.metadata["reason"] for f in dataclasses.fields(cls)}


#: The limits every reader uses.
LIMITS = InputLimits()


def too_many(what: str, found: int | None, limit: int, where: str = "a sheet") -> str:
    """The sentence of a refusal: what passed which limit, and by how much when known."""
    seen = f" ({found:,})" if found is not None else ""
    return f"more than {limit:,} {what}{seen}: the kit reads at most {limit:,} {what} of {where}"


__all__ = ["LIMITS", "PEAK_MEMORY_GOAL_BYTES", "InputLimits", "too_many"]
