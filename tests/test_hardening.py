"""Bad input, threads and odd environments: the API and the CLI hold up."""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import qa
from qa.engine import MAX_QUESTION_CHARS

NASTY = [
    "",
    " \t\n ",
    "?!.,;:",
    "\x00\x1b[2J\x07",
    "\ud800 who leads CNES",
    "🚀🛰️🌍",
    "CNES 대표는 누구입니까?",
    "Qui dirige le CNES ?",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "a" * 5000,
    "who " * 400,
]


@pytest.mark.parametrize("question", NASTY)
def test_nasty_input_never_raises_and_is_repeatable(question: str) -> None:
    first = qa.answer(question)
    assert isinstance(first, qa.Answer)
    assert qa.answer(question) == first
    first.model_dump_json()  # always serialisable, even with lone surrogates


@pytest.mark.parametrize("question", ["", "   ", "???", "asdfgh qwerty", "\x00\x1b[2J"])
def test_garbage_declines(question: str) -> None:
    assert not qa.answer(question).answered


def test_a_megabyte_question_is_declined_quickly() -> None:
    question = "who leads cnes " * 70_000
    start = time.perf_counter()
    answer = qa.answer(question)
    assert time.perf_counter() - start < 0.5
    assert not answer.answered
    assert str(MAX_QUESTION_CHARS) in answer.text


def test_time_does_not_grow_quadratically_below_the_limit() -> None:
    short, long = "who leads cnes " * 6, "who leads cnes " * 60

    def cost(question: str) -> float:
        start = time.perf_counter()
        for i in range(20):
            qa.answer(question + str(i))
        return time.perf_counter() - start

    cost(short)
    assert cost(long) < 40 * cost(short)


def test_answers_are_the_same_from_many_threads() -> None:
    questions = ["Who leads CNES?", "When was the forum?", "What is KASS?", "Who is the president of DLR?"] * 25
    sequential = [qa.answer(q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(qa.answer, questions))
    assert parallel == sequential


@pytest.mark.parametrize("collecting", [True, False])
def test_indexing_leaves_the_garbage_collector_as_the_host_set_it(collecting: bool) -> None:
    """The collector pauses while an index is built, and is left as it was found, on or off."""
    from qa.engine import Engine

    knowledge = qa.load_knowledge()
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        Engine(knowledge)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_conversations_in_threads_are_independent() -> None:
    def chat(subject: str) -> str:
        conversation = qa.Conversation()
        conversation.ask(f"Who is the president of {subject}?")
        return conversation.ask("What about KMA?" if subject == "KARI" else "And KARI?").text

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(chat, ["KARI", "CNES"] * 10))
    assert all("Nam Jae-Cheol" in r for r in results[0::2])
    assert all("Lim Cheol-Ho" in r for r in results[1::2])


def test_invalid_utf8_on_stdin_is_answered_not_a_crash(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "qa", "ask"],
        input=b"Who leads \xff\xfe CNES?\n",
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Le Gall" in done.stdout


_REPLIES_TO_EVERY_PHRASING = """
import json, sys
import qa
from qa.engine import Engine
from qa.knowledge import load_knowledge
knowledge = load_knowledge()
engine = Engine(knowledge)  # (built here, not loaded from the cache: the index itself must not depend on the seed)
asked = [text for entry in knowledge.entries for text in (entry.question, *entry.phrasings)]
replies = [engine.reply(text) for text in asked]
print(json.dumps([(r.answered, r.match, r.text, r.confidence) for r in replies]))
"""


def test_every_process_gives_the_same_answers_whatever_its_hash_seed(tmp_path: Path) -> None:
    """Sets iterate in an order that varies with the string hash seed: no score, and so no answer, may depend on
    it. (A tie between two answers once went either way, in one process in fifty.)"""
    outputs = []
    for seed in ("0", "44"):
        env = {"PYTHONHASHSEED": seed, "QA_CACHE_DIR": str(tmp_path / seed), "PATH": ""}
        done = subprocess.run(
            [sys.executable, "-c", _REPLIES_TO_EVERY_PHRASING], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
