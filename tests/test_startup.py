"""Start-up: a one-shot `qa ask` with its index cached loads neither the pydantic models nor prompt-toolkit (nor
multiprocessing, which only a large store's indexing uses); the public names of `qa` are imported on first use. (The
timing itself is a benchmark: tests/bench_startup.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import qa

PROBE = """
import sys
from qa.cli import main
status = main(["ask", "Who leads CNES?"])
heavy = [m for m in ("pydantic._internal._model_construction", "qa.models", "qa.knowledge", "prompt_toolkit",
                     "multiprocessing") if m in sys.modules]
print("loaded:", ",".join(heavy) or "-", "status:", status)
"""


def _probe(cache: Path) -> str:
    env = {"QA_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_a_cached_one_shot_ask_loads_no_models(tmp_path: Path) -> None:
    first = _probe(tmp_path)  # builds the index (which needs the models) and caches it
    assert "qa.knowledge" in first
    assert _probe(tmp_path) == "loaded: - status: 0"


def test_public_names_are_imported_on_first_use() -> None:
    assert qa.Answer.__name__ == "Answer"
    assert callable(qa.answer)
    assert set(qa.__all__) <= set(dir(qa))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = qa.nothing


def test_the_plain_reply_and_the_answer_agree() -> None:
    conversation = qa.Conversation()
    reply = conversation.reply("Who heads KARI?")
    answer = qa.Conversation().ask("Who heads KARI?")
    assert answer == qa.Answer.from_reply(reply)
    assert answer.evidence == list(reply.evidence)
