"""The package's public surface and its import cost."""

import subprocess
import sys

import followup_kit


def test_all_names_exist():
    for name in followup_kit.__all__:
        assert hasattr(followup_kit, name), name


def test_import_is_light():
    code = (
        "import sys, followup_kit; heavy = [m for m in ('matplotlib', 'scipy', 'ipywidgets', 'papermill', "
        "'nbconvert', 'openpyxl', 'IPython') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_module_families_are_folders():
    """No folder of the package holds three or more modules named with the same prefix (``mail_read``,
    ``mail_text``, ``mail_classify``): such a family is a folder (``io/mail/read.py``, ...)."""
    from collections import Counter
    from pathlib import Path

    root = Path(followup_kit.__file__).parent
    crowded = {}
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir() and (p / "__init__.py").exists())]:
        stems = [f.stem for f in folder.glob("*.py") if f.stem != "__init__"]
        prefixes = Counter(stem.split("_")[0] for stem in stems)
        crowded.update({f"{folder.relative_to(root)}/{p}_*": n for p, n in prefixes.items() if n >= 3})
    assert crowded == {}
