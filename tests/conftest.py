from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ecb1b55f55531647.txt"
DEFAULT_CONFIG = ROOT / "configs" / "default.yaml"
TEXT_CONFIG = ROOT / "configs" / "text.yaml"   # normalize + segment only: for tests of text handling


@pytest.fixture(scope="session")
def default_pipeline():
    from pipeline import Pipeline

    return Pipeline.from_config(DEFAULT_CONFIG)


@pytest.fixture(scope="session")
def text_pipeline():
    from pipeline import Pipeline

    return Pipeline.from_config(TEXT_CONFIG)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
