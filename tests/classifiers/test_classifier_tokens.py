"""themes.tokens() takes a regex fast path instead of spaCy's Swedish tokenizer for common word
shapes (spaCy's import alone costs ~1 s per worker). The fast path copies spaCy's tokenizer
exceptions, so an upgrade of spaCy could make the two disagree: this test catches that."""

import json
from pathlib import Path

from classifiers.themes import _fast_tokens, _tokenizer, fold, tokens

ROOT = Path(__file__).resolve().parents[2]


def _texts():
    for src in sorted((ROOT / "golden").glob("*/source.json")):
        data = json.loads(src.read_text(encoding="utf-8"))
        for g in data["gold"]["goals"] + data["gold"]["measures"] + data["gold"]["indicators"]:
            yield g["text"]
    yield "Ansvar: t.ex. TE-byrån, FPA m.fl. (2023–2026); kl. 8.30, 1 000 €, e-post info@vasa.fi"


def test_fast_path_gives_spacys_tokens():
    nlp = _tokenizer()
    fast_used = 0
    for text in _texts():
        expected = [fold(t.text) for t in nlp.make_doc(text) if not t.is_punct and not t.is_space]
        assert tokens(text) == expected, text
        fast_used += _fast_tokens(text) is not None
    assert fast_used > 100  # the fast path really is the common path
