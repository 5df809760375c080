"""README.md is the user guide a new colleague reads first: the two set-up commands at the top,
short enough to read (issue 18: at most 15 KB; the rest lives in docs/), and no dead links."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_readme_starts_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block is not None and text.index("```sh") < text.index("\n## ")
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert commands == ["make run", "make test"]


def test_readme_is_a_short_guide() -> None:
    assert len(README.read_bytes()) <= 15 * 1024


def test_readme_links_lead_somewhere() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(((?!https?:)[^)#]+)\)", text)
    assert links, "the guide points to docs/"
    missing = [link for link in links if not (ROOT / link).exists()]
    assert not missing, missing
