"""Build hook only (configuration lives in pyproject.toml): the wheel carries `resources/`.

The checkout keeps `resources/` at the top level (fonts, templates, instruments, deadlines, word
lists, icons, translations), beside the package. A wheel has no such place, so building copies it
into the package as `astra_desktop/resources/`; `paths.resources_dir()` looks there first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "astra_desktop" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
