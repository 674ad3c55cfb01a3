"""The labelled evaluation sets, asserted per category (see tests/evaluate.py for the table).

FLOORS are what the engine achieves now, so any regression fails; TARGETS in evaluate.py are the goals of issue 3.
"""

from __future__ import annotations

import pytest

from tests.evaluate import EVAL_DIR, Report, load_cases, run

FLOORS = {
    "questions.toml": {
        "paraphrase": 1.0,
        "casual": 0.97,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.97,
        "unrelated": 1.0,
    },
    "holdout.toml": {
        "paraphrase": 1.0,
        "casual": 0.95,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.95,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind.toml": {
        "paraphrase": 1.0,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind2.toml": {
        "paraphrase": 0.98,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.96,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind3.toml": {
        "paraphrase": 0.98,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        # One three-way ellipsis ("and from KMA?" after "Who did Le Gall meet from KARI?") now asks which was
        # meant: an ellipsis is read in context even when that declines ("and for KSLV-2?").
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind4.toml": {
        "paraphrase": 0.98,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind5.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 0.93,
    },
    "blind6.toml": {
        "paraphrase": 0.95,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 0.93,
    },
    "blind7.toml": {
        "paraphrase": 1.0,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.94,
        "unrelated": 1.0,
    },
    "blind8.toml": {
        "paraphrase": 0.96,
        "casual": 0.97,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 0.93,
    },
    "blind9.toml": {
        "paraphrase": 0.9,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind10.toml": {
        "paraphrase": 0.95,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.86,
        "unrelated": 0.93,
    },
    "blind11.toml": {
        "paraphrase": 0.87,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind12.toml": {
        "paraphrase": 0.94,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind13.toml": {
        "paraphrase": 0.94,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind14.toml": {
        "paraphrase": 0.94,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind15.toml": {
        "paraphrase": 0.94,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind16.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind17.toml": {
        "paraphrase": 0.97,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind18.toml": {
        "paraphrase": 0.94,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind19.toml": {
        "paraphrase": 0.92,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind20.toml": {
        "paraphrase": 0.92,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind21.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind22.toml": {
        "paraphrase": 0.93,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind23.toml": {
        "paraphrase": 0.88,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind24.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind25.toml": {
        "paraphrase": 0.93,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind26.toml": {
        "paraphrase": 0.94,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind27.toml": {
        "paraphrase": 0.93,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind28.toml": {
        "paraphrase": 1.0,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind29.toml": {
        "paraphrase": 0.94,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind30.toml": {
        "paraphrase": 1.0,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind31.toml": {
        "paraphrase": 0.98,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind32.toml": {
        "paraphrase": 0.97,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind33.toml": {
        "paraphrase": 0.97,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind34.toml": {
        "paraphrase": 1.0,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.9,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind35.toml": {
        "paraphrase": 0.98,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind36.toml": {
        "paraphrase": 0.97,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind37.toml": {
        "paraphrase": 1.0,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind38.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind39.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind40.toml": {
        "paraphrase": 0.92,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind41.toml": {
        "paraphrase": 0.98,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind42.toml": {
        "paraphrase": 0.98,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind43.toml": {
        "paraphrase": 0.92,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind44.toml": {
        "paraphrase": 0.93,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind45.toml": {
        "paraphrase": 1.0,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind46.toml": {
        "paraphrase": 0.9,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind47.toml": {
        "paraphrase": 0.98,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind48.toml": {
        "paraphrase": 0.97,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind49.toml": {
        "paraphrase": 0.98,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind50.toml": {
        "paraphrase": 0.97,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind51.toml": {
        "paraphrase": 0.89,
        "casual": 0.96,
        "keyword": 0.9,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind52.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.93,
        "unknown_name": 0.9,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind53.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind54.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind55.toml": {
        "paraphrase": 0.94,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.84,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind56.toml": {
        "paraphrase": 0.96,
        "casual": 0.8,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind57.toml": {
        "paraphrase": 0.92,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 0.95,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind58.toml": {
        "paraphrase": 0.97,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind59.toml": {
        "paraphrase": 0.93,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind60.toml": {
        "paraphrase": 0.89,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind61.toml": {
        "paraphrase": 0.94,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.84,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind62.toml": {
        "paraphrase": 0.98,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind63.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.81,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind64.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind65.toml": {
        "paraphrase": 0.89,
        "casual": 0.84,  # (one right by accident before the launch-timing phrasings: see git log)
        "keyword": 1.0,
        "typo": 0.85,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind66.toml": {
        "paraphrase": 0.96,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind67.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 0.95,
        "typo": 0.9,
        "followup": 0.93,
        "unknown_name": 0.95,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind68.toml": {
        "paraphrase": 0.92,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind69.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind70.toml": {
        "paraphrase": 0.85,
        "casual": 0.72,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind71.toml": {
        "paraphrase": 0.88,
        "casual": 0.76,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind72.toml": {
        "paraphrase": 0.85,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.85,
        "followup": 0.93,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind73.toml": {
        "paraphrase": 0.82,
        "casual": 0.76,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind74.toml": {
        "paraphrase": 0.84,
        "casual": 0.76,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 0.9,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind75.toml": {
        "paraphrase": 0.93,
        "casual": 0.88,
        "keyword": 0.85,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind76.toml": {
        "paraphrase": 0.94,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.81,
        "unknown_name": 0.95,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind77.toml": {
        "paraphrase": 0.8,
        "casual": 0.84,
        "keyword": 0.95,
        "typo": 0.95,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind78.toml": {
        "paraphrase": 0.92,
        "casual": 0.84,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind79.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 0.93,
    },
    "blind80.toml": {
        "paraphrase": 0.8,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind81.toml": {
        "paraphrase": 0.85,
        "casual": 0.8,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind82.toml": {
        "paraphrase": 0.77,
        "casual": 0.84,
        "keyword": 0.9,
        "typo": 0.9,
        "followup": 0.78,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind83.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind84.toml": {
        "paraphrase": 0.94,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind85.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind86.toml": {
        "paraphrase": 0.97,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 0.9,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind87.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 0.93,
    },
    "blind88.toml": {
        "paraphrase": 0.88,
        "casual": 0.72,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.84,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind89.toml": {
        "paraphrase": 0.82,
        "casual": 0.84,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind90.toml": {
        "paraphrase": 0.98,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind91.toml": {
        "paraphrase": 0.9,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 0.95,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind92.toml": {
        "paraphrase": 0.86,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind93.toml": {
        "paraphrase": 0.8,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind94.toml": {
        "paraphrase": 0.85,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind95.toml": {
        "paraphrase": 0.92,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.84,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 1.0,
    },
    "blind96.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind97.toml": {
        "paraphrase": 0.92,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.84,
        "unknown_name": 1.0,
        "unknown_attribute": 0.85,
        "unrelated": 0.93,
    },
    "blind98.toml": {
        "paraphrase": 0.86,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind99.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.8,
        "unrelated": 1.0,
    },
    "blind100.toml": {
        "paraphrase": 0.9,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 0.95,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.8,
        "unrelated": 1.0,
    },
    "blind101.toml": {
        "paraphrase": 0.96,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind102.toml": {
        "paraphrase": 0.84,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind103.toml": {
        "paraphrase": 0.97,
        "casual": 0.88,
        "keyword": 0.9,
        "typo": 0.9,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind104.toml": {
        "paraphrase": 0.97,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind105.toml": {
        "paraphrase": 0.9,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 0.9,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind106.toml": {
        "paraphrase": 0.92,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind107.toml": {
        "paraphrase": 0.89,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind108.toml": {
        "paraphrase": 0.93,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind109.toml": {
        "paraphrase": 0.85,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind110.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind111.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind112.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind113.toml": {
        "paraphrase": 0.96,
        "casual": 0.76,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind114.toml": {
        "paraphrase": 0.86,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind115.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind116.toml": {
        "paraphrase": 0.94,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind117.toml": {
        "paraphrase": 0.96,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind118.toml": {
        "paraphrase": 0.93,
        "casual": 0.8,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.9,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind119.toml": {
        "paraphrase": 0.93,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind120.toml": {
        "paraphrase": 0.89,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind121.toml": {
        "paraphrase": 0.97,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind122.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind123.toml": {
        "paraphrase": 0.92,
        "casual": 1.0,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind124.toml": {
        "paraphrase": 0.94,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind125.toml": {
        "paraphrase": 0.96,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind126.toml": {
        "paraphrase": 0.96,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind127.toml": {
        "paraphrase": 0.94,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind128.toml": {
        "paraphrase": 0.88,
        "casual": 0.96,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind129.toml": {
        "paraphrase": 0.93,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind130.toml": {
        "paraphrase": 0.92,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind131.toml": {
        "paraphrase": 0.88,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind132.toml": {
        "paraphrase": 0.93,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind133.toml": {
        "paraphrase": 0.89,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind134.toml": {
        "paraphrase": 0.93,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind135.toml": {
        "paraphrase": 0.85,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind136.toml": {
        "paraphrase": 0.98,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.96,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind137.toml": {
        "paraphrase": 0.9,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 1.0,
        "unknown_name": 0.95,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind138.toml": {
        "paraphrase": 0.93,
        "casual": 1.0,
        "keyword": 1.0,
        "typo": 0.9,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind139.toml": {
        "paraphrase": 0.96,
        "casual": 0.84,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind140.toml": {
        "paraphrase": 0.86,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind141.toml": {
        "paraphrase": 0.9,
        "casual": 0.96,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 0.9,
        "unrelated": 1.0,
    },
    "blind142.toml": {
        "paraphrase": 0.94,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 1.0,
        "followup": 0.87,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind143.toml": {
        "paraphrase": 0.84,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 1.0,
        "unknown_name": 0.95,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind144.toml": {
        "paraphrase": 0.78,
        "casual": 0.96,
        "keyword": 0.9,
        "typo": 0.8,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 0.95,
        "unrelated": 1.0,
    },
    "blind145.toml": {
        "paraphrase": 0.89,
        "casual": 0.92,
        "keyword": 0.95,
        "typo": 1.0,
        "followup": 0.9,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind146.toml": {
        "paraphrase": 0.93,
        "casual": 0.92,
        "keyword": 1.0,
        "typo": 0.95,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "blind147.toml": {
        "paraphrase": 0.9,
        "casual": 0.88,
        "keyword": 1.0,
        "typo": 0.9,
        "followup": 0.93,
        "unknown_name": 1.0,
        "unknown_attribute": 1.0,
        "unrelated": 1.0,
    },
    "typo_generated.toml": {"typo_generated": 0.96},
}
# Guards at the rates measured when each set was new (some above the 2%: see the closing notes).
MAX_WRONG = {
    "questions.toml": 0.02,
    "holdout.toml": 0.02,
    "blind.toml": 0.02,
    "blind2.toml": 0.01,
    "blind3.toml": 0.02,
    "blind4.toml": 0.02,
    "blind5.toml": 0.02,
    "blind6.toml": 0.02,
    "blind7.toml": 0.02,
    "blind8.toml": 0.01,
    "blind9.toml": 0.025,  # four of 161: "Le Gall met only two person in Korea?" gets the two, not "key leaders"
    "blind10.toml": 0.02,  # first measured at 3.7%: of the six, three were right but worded unlike the label
    "blind11.toml": 0.038,  # six of 159 at first (3.8%), at confidence 0.64 or less; six again (near ties answered)
    "blind12.toml": 0.026,  # four of 159 at first
    "blind13.toml": 0.031,  # five of 165 at first
    "blind14.toml": 0.02,  # one of 172 at first
    "blind15.toml": 0.03,  # five of 172 at first
    "blind16.toml": 0.02,  # two of 172 at first
    "blind17.toml": 0.035,  # six of 172 at first
    "blind18.toml": 0.02,  # three of 172 at first
    "blind19.toml": 0.02,  # two of 172 at first
    "blind20.toml": 0.02,  # eight of 172 at first (4.7%)
    "blind21.toml": 0.02,  # five of 172 at first
    "blind22.toml": 0.02,  # three of 172 at first
    "blind23.toml": 0.02,  # three of 172 at first
    "blind24.toml": 0.02,  # two of 172 at first
    "blind25.toml": 0.03,  # four of 172 at first
    "blind26.toml": 0.02,  # two of 172 at first
    "blind27.toml": 0.03,  # four of 172 at first
    "blind28.toml": 0.02,  # three of 172 at first
    "blind29.toml": 0.03,  # four of 172 at first
    "blind30.toml": 0.035,  # six of 172 at first (3.5%)
    "blind31.toml": 0.02,  # two of 172 at first
    "blind32.toml": 0.025,  # four of 172 at first
    "blind33.toml": 0.02,  # two of 172 at first
    "blind34.toml": 0.035,  # six of 172 at first (3.5%)
    "blind35.toml": 0.025,  # four of 172 at first
    "blind36.toml": 0.02,  # one of 172 at first
    "blind37.toml": 0.02,  # two of 172 at first
    "blind38.toml": 0.035,  # six of 172 at first (3.5%)
    "blind39.toml": 0.02,  # one of 172 at first
    "blind40.toml": 0.02,  # one of 172 at first
    "blind41.toml": 0.02,  # one of 172 at first
    "blind42.toml": 0.02,  # three of 172 at first
    "blind43.toml": 0.03,  # five of 172 at first (2.9%)
    "blind44.toml": 0.041,  # seven of 172 at first (4.1%)
    "blind45.toml": 0.025,  # four of 172 at first (2.3%)
    "blind46.toml": 0.02,  # none of 172 at first
    "blind47.toml": 0.035,  # five of 172 at first (2.9%); six since "wetin" reads "what" (see the lexicon commit)
    "blind48.toml": 0.02,  # two of 172 at first (1.2%)
    "blind49.toml": 0.025,  # four of 172 at first (2.3%)
    "blind50.toml": 0.047,  # eight of 172 at first (4.7%)
    "blind51.toml": 0.02,  # three of 172 at first (1.7%)
    "blind52.toml": 0.03,  # five of 172 at first (2.9%)
    "blind53.toml": 0.02,  # three of 172 at first (1.7%)
    "blind54.toml": 0.02,  # one of 172 at first (0.6%)
    "blind55.toml": 0.025,  # four of 172 at first (2.3%)
    "blind56.toml": 0.02,  # three of 172 at first (1.7%)
    "blind57.toml": 0.02,  # two of 172 at first (1.2%)
    "blind58.toml": 0.02,  # one of 172 at first (0.6%)
    "blind59.toml": 0.02,  # two of 172 at first (1.2%)
    "blind60.toml": 0.025,  # four of 172 at first (2.3%)
    "blind61.toml": 0.02,  # three of 172 at first (1.7%)
    "blind62.toml": 0.02,  # one of 172 at first (0.6%)
    "blind63.toml": 0.02,  # one of 172 at first (0.6%)
    "blind64.toml": 0.02,  # none of 172 at first
    "blind65.toml": 0.041,  # seven of 172 at first (4.1%): a user whose questions rest on wrong assumptions
    "blind66.toml": 0.025,  # four of 172 at first (2.3%)
    "blind67.toml": 0.025,  # four of 172 at first (2.3%)
    "blind68.toml": 0.025,  # four of 172 at first (2.3%)
    "blind69.toml": 0.02,  # two of 172 at first (1.2%)
    "blind70.toml": 0.02,  # two of 172 at first (1.2%)
    "blind71.toml": 0.02,  # two of 172 at first (1.2%)
    "blind72.toml": 0.02,  # two of 172 at first (1.2%)
    "blind73.toml": 0.035,  # six of 172 at first (3.5%)
    "blind74.toml": 0.02,  # one of 172 at first (0.6%)
    "blind75.toml": 0.035,  # six of 172 at first (3.5%)
    "blind76.toml": 0.035,  # six of 172 at first (3.5%)
    "blind77.toml": 0.041,  # seven of 172 at first (4.1%)
    "blind78.toml": 0.02,  # none of 172 at first
    "blind79.toml": 0.02,  # one of 172 at first (0.6%)
    "blind80.toml": 0.02,  # one of 172 at first (0.6%)
    "blind81.toml": 0.03,  # five of 172 at first (2.9%)
    "blind82.toml": 0.03,  # five of 172 at first (2.9%): a user who guesses and wants confirming or correcting
    "blind83.toml": 0.025,  # four of 172 at first (2.3%)
    "blind84.toml": 0.02,  # three of 172 at first (1.7%)
    "blind85.toml": 0.025,  # four of 172 at first (2.3%)
    "blind86.toml": 0.03,  # five of 172 at first (2.9%)
    "blind87.toml": 0.02,  # three of 172 at first (1.7%)
    "blind88.toml": 0.03,  # four of 172 at first (2.3%)
    "blind89.toml": 0.02,  # three of 172 at first (1.7%)
    "blind90.toml": 0.02,  # none of 172 at first
    "blind91.toml": 0.02,  # three of 172 at first (1.7%)
    "blind92.toml": 0.02,  # one of 172 at first
    "blind93.toml": 0.02,  # three of 172 at first (1.7%)
    "blind94.toml": 0.03,  # five of 172 at first (2.9%)
    "blind95.toml": 0.02,  # three of 172 at first (1.7%)
    "blind96.toml": 0.03,  # four of 172 at first (2.3%)
    "blind97.toml": 0.02,  # three of 172 at first (1.7%)
    "blind98.toml": 0.02,  # two of 172 at first (1.2%)
    "blind99.toml": 0.02,  # two of 172 at first (1.2%)
    "blind100.toml": 0.04,  # six of 172 at first (3.5%)
    "blind101.toml": 0.03,  # four of 172 at first (2.3%)
    "blind102.toml": 0.06,  # nine of 172 at first (5.2%)
    "blind103.toml": 0.07,  # twelve of 172 at first (7.0%)
    "blind104.toml": 0.02,  # one of 172 at first
    "blind105.toml": 0.03,  # four of 172 at first (2.3%)
    "blind106.toml": 0.02,  # three of 172 at first (1.7%)
    "blind107.toml": 0.03,  # four of 172 at first (2.3%)
    "blind108.toml": 0.02,  # one of 172 at first (0.6%): a user who asks in the passive voice or with nouns
    "blind109.toml": 0.02,  # two of 172 at first (1.2%): a phone user whose autocorrect swaps in wrong real words
    "blind110.toml": 0.02,  # one of 172 at first (0.6%)
    "blind111.toml": 0.02,  # one of 172 at first (0.6%): a retired engineer checking details
    "blind112.toml": 0.02,  # three of 172 at first (1.7%)
    "blind113.toml": 0.02,  # three of 172 at first (1.7%)
    "blind114.toml": 0.02,  # three of 172 at first (1.7%)
    "blind115.toml": 0.02,  # one of 172 at first (0.6%)
    "blind116.toml": 0.02,  # none of 172 at first
    "blind117.toml": 0.02,  # two of 172 at first (1.2%)
    "blind118.toml": 0.02,  # none of 172 at first
    "blind119.toml": 0.02,  # three of 172 at first (1.7%)
    "blind120.toml": 0.02,  # two of 172 at first (1.2%)
    "blind121.toml": 0.01,  # one of 172 at first (0.6%)
    "blind122.toml": 0.02,  # two of 172 at first (1.2%)
    "blind123.toml": 0.02,  # two of 172 at first (1.2%)
    "blind124.toml": 0.02,  # two of 172 at first (1.2%)
    "blind125.toml": 0.01,  # none of 172 at first
    "blind126.toml": 0.01,  # one of 172 at first (0.6%)
    "blind127.toml": 0.02,  # two of 172 at first (1.2%)
    "blind128.toml": 0.02,  # two of 172 at first (1.2%)
    "blind129.toml": 0.03,  # five of 170 at first (2.9%)
    "blind130.toml": 0.01,  # one of 172 at first (0.6%)
    "blind131.toml": 0.03,  # four of 172 at first (2.3%)
    "blind132.toml": 0.02,  # two of 172 at first (1.2%)
    "blind133.toml": 0.02,  # two of 172 at first (1.2%)
    "blind134.toml": 0.02,  # three of 172 at first (1.7%)
    "blind135.toml": 0.03,  # four of 172 at first (2.3%)
    "blind136.toml": 0.01,  # one of 172 at first (0.6%)
    "blind137.toml": 0.01,  # none of 172 at first
    "blind138.toml": 0.02,  # three of 172 at first (1.7%)
    "blind139.toml": 0.02,  # two of 172 at first (1.2%)
    "blind140.toml": 0.02,  # two of 172 at first (1.2%)
    "blind141.toml": 0.02,  # two of 172 at first (1.2%)
    "blind142.toml": 0.02,  # three of 172 at first (1.7%)
    "blind143.toml": 0.01,  # one of 172 at first (0.6%)
    "blind144.toml": 0.02,  # three of 172 at first (1.7%)
    "blind145.toml": 0.02,  # two of 172 at first (1.2%)
    "blind146.toml": 0.03,  # four of 172 at first (2.3%)
    "blind147.toml": 0.02,  # two of 172 at first (1.2%)
    "typo_generated.toml": 0.02,  # 2 of 126
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request: pytest.FixtureRequest) -> tuple[str, Report]:
    name: str = request.param
    return name, run(load_cases(EVAL_DIR / name))


def test_each_category_meets_its_floor(report: tuple[str, Report]) -> None:
    name, result = report
    below = {c: round(result.accuracy(c), 3) for c, floor in FLOORS[name].items() if result.accuracy(c) < floor - 1e-9}
    assert not below, result.table()


def test_wrong_answers_are_rare(report: tuple[str, Report]) -> None:
    name, result = report
    assert result.wrong_rate <= MAX_WRONG[name], result.table()


def test_eval_sets_are_large_enough() -> None:
    assert len(load_cases(EVAL_DIR / "questions.toml")) >= 250


def test_confidence_is_calibrated_across_the_sets() -> None:
    """Answers given at confidence >= 0.8 are right at least 98% of the time."""
    outcomes = [o for name in FLOORS for o in run(load_cases(EVAL_DIR / name)).outcomes]
    confident = [o for o in outcomes if o.answer.answered and o.answer.confidence >= 0.8]
    assert len(confident) >= 250
    assert sum(o.correct for o in confident) / len(confident) >= 0.98
