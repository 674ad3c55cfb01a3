"""Where the built-in knowledge lives, found without loading anything (a cached `qa ask` needs only its path)."""

from __future__ import annotations

from pathlib import Path


def builtin_knowledge_dir() -> Path:
    """Inside the installed package (the wheel carries it as `qa/_knowledge`), or at the top of a source checkout."""
    packaged = Path(__file__).resolve().parent / "_knowledge"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "knowledge"
