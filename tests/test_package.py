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
