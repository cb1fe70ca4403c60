import pytest

from graph.extraction import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real pinned spaCy pipeline, loaded once for the whole session."""
    return Extractor()
