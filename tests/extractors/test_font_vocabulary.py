"""The font check's word list, memory-mapped from the cache (extractors.vocabulary): it answers
as the in-memory set of wordfreq words it replaced, and a missing or damaged file is compiled
again (or, when the cache cannot be written, the words are held in memory), never a crash."""

from __future__ import annotations

import logging

import marisa_trie
import pytest

from extractors import ocr, vocabulary

# inflected Swedish, Finnish, English, compounds (with and without the linking s), joined
# tokens, words of other scripts, broken-map output, and strings the trie cannot encode
SAMPLES = [
    "och", "målet", "målen", "kommunen", "kommunernas", "integrationsprogrammet",
    "integrationsfrämjande", "arbetsmarknaden", "språkkurser", "invandrare", "för", "på",
    "kotoutuminen", "kotoutumisohjelma", "työllisyys", "kaupunki", "ohjelma", "kunnan", "ja", "maahanmuuttajat",
    "the", "integration", "programme", "measures", "employment",
    "hfnfotbnu", "joufhsbujpotqmbo", "f÷r", "frõmja", "m}nga", "næmfu", "qbshbt",
    "xx", "zzzzzzzzz", "integrationsxqz", "eu-medborgare", "och/eller",
    "ελληνικά", "русский", "\udc80abc", "a\x00b", "",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KOTO_CACHE", str(tmp_path))
    vocabulary.load.cache_clear()
    yield tmp_path
    vocabulary.load.cache_clear()


def _old_is_word(low: str, vocab: frozenset[str]) -> bool:
    """extractors.ocr._is_word as it was over the frozenset (one look-up per prefix length)."""
    if low in vocab:
        return True
    if len(low) >= 7:
        for i in range(3, len(low) - 2):
            if low[:i] in vocab:
                rest = low[i:]
                if rest in vocab or (rest[0] == "s" and rest[1:] in vocab):
                    return True
    return False


@pytest.fixture(scope="module")
def source():
    return vocabulary.source_words()


def test_mapped_words_answer_as_the_set(cache, source):
    words = vocabulary.load()
    assert isinstance(words, marisa_trie.Trie)
    assert vocabulary.vocabulary_path().parent == cache
    assert len(words) == len(source)
    assert all(w in words for w in source)  # same size and every word in: the same set
    safe = vocabulary.SurrogateSafe(words)  # what word_counts uses on a text with a surrogate
    fallback = vocabulary.SetWords(source)
    for w in SAMPLES:
        for vocab in (safe, fallback) if vocabulary.SURROGATE.search(w) else (words, safe, fallback):
            assert (w in vocab) == (w in source), w
            assert ocr._is_word(w, vocab) == _old_is_word(w, source), w
            assert vocab.prefixes(w) == fallback.prefixes(w), w
    # the samples cover both answers, and the compound rule
    assert "työllisyys" in words and "the" in words and "målen" in words
    assert "hfnfotbnu" not in words and "\udc80abc" not in safe and "och\udc80" not in safe
    assert safe.prefixes("och\udc80") == fallback.prefixes("och") and "och" in fallback
    assert "integrationsprogrammet" not in words and ocr._is_word("integrationsprogrammet", words)


@pytest.mark.parametrize("tail", ["", " f\udc80r integrations\udc80 och-\udc80"])
def test_word_counts_unchanged(cache, source, monkeypatch, tail):
    text = " ".join(SAMPLES[:-3]) + " Målet: EU-stöd, t.ex. 5:e kunnan/kommunens (integrationsplan)."
    text += tail  # a lone surrogate: the trie cannot look it up, and no crash
    new = ocr.word_counts(text)
    monkeypatch.setattr(ocr, "_vocabulary", lambda: source)  # the frozenset of before
    monkeypatch.setattr(ocr, "_is_word", _old_is_word)
    assert ocr.word_counts(text) == new


@pytest.mark.parametrize("damage", ["truncate", "garble", "drop_sum", "empty"])
def test_damaged_file_is_compiled_again(cache, damage, caplog):
    vocabulary.load()
    path = vocabulary.vocabulary_path()
    good = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "garble":
        path.write_bytes(good[:1000] + bytes(255 - b for b in good[1000:2000]) + good[2000:])
    elif damage == "drop_sum":
        vocabulary._sum_path(path).unlink()
    else:
        path.write_bytes(b"")
    vocabulary.load.cache_clear()
    with caplog.at_level(logging.WARNING, logger="extractors.vocabulary"):
        words = vocabulary.load()
    assert isinstance(words, marisa_trie.Trie)
    assert path.read_bytes() == good
    assert "målet" in words and "hfnfotbnu" not in words
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1 and "compiling it again" in warned[0] and "\n" not in warned[0]


def test_unwritable_cache_falls_back_to_memory(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("KOTO_CACHE", str(blocker / "koto"))  # mkdir under a file fails
    vocabulary.load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="extractors.vocabulary"):
            words = vocabulary.load()
        assert isinstance(words, vocabulary.SetWords)
        assert "målet" in words and ocr._is_word("integrationsprogrammet", words)
        warned = [r.getMessage() for r in caplog.records]
        assert len(warned) == 1 and "holding it in memory" in warned[0] and "\n" not in warned[0]
    finally:
        vocabulary.load.cache_clear()


def test_missing_file_is_compiled_once(cache):
    path = vocabulary.vocabulary_path()
    assert not path.exists()
    vocabulary.load()
    stamp = path.stat().st_mtime_ns
    vocabulary.load.cache_clear()
    vocabulary.load()
    assert path.stat().st_mtime_ns == stamp  # the second process only maps it


def test_warm_up_maps_the_words_before_workers_fork(cache):
    """pipeline.process.warm_up calls extractors.warm_up in the forkserver: the file is compiled
    and mapped there once, not by every worker at its first PDF."""
    import extractors

    assert vocabulary.load.cache_info().currsize == 0
    extractors.warm_up()
    assert vocabulary.load.cache_info().currsize == 1 and vocabulary.vocabulary_path().exists()
