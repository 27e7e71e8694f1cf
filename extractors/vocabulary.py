"""The font check's word list (extractors.ocr: does a font's text read as words?), memory-mapped.

The words are wordfreq's small lists of Swedish, Finnish and English (~106,000 lower-case
words, more frequent than one per million). Held as a Python frozenset, they were read from
wordfreq by each ingest worker at its first PDF (the forkserver's warm run reads no font:
it runs with OCR off), ~37 MB private per worker with wordfreq's import
(`bench.ingest_speed` peak PSS 312 -> 367 MB when the check came). Here they are compiled
once into a marisa trie in the cache (as normalizers.lexicon does for the repair lexicon,
same `KOTO_CACHE`), 0.3 MB, and memory-mapped read-only by the forkserver (`extractors.
warm_up`): the workers share its page-cache pages, a lookup writes nothing, loading takes
~10 ms and no wordfreq import.

The file is checked before use (its size and sha256 against the `.sum` written after it);
a missing, truncated or otherwise damaged file is compiled again, and when that cannot be
done (a read-only cache) the words are held in memory as before, with one warning line.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    import marisa_trie

log = logging.getLogger(__name__)

LANGUAGES = ("sv", "fi", "en")  # Swedish programmes, Finnish pages of bilingual ones, English
VERSION = "1"
SURROGATE = re.compile("[\ud800-\udfff]")


def cache_dir() -> Path:
    # The same place as normalizers.lexicon.cache_dir(). Repeated rather than imported: the
    # extractors stage may not import the normalizers, and the rule is one line.
    return Path(os.environ.get("KOTO_CACHE", Path.home() / ".cache" / "koto"))


def source_words() -> frozenset[str]:
    """The words, read from wordfreq (~0.1 s CPU with wordfreq's import): what the file holds."""
    import wordfreq

    words: set[str] = set()
    for lang in LANGUAGES:
        words.update(w for w in wordfreq.get_frequency_dict(lang, "small") if w.isalpha())
    return frozenset(words)


def _sources_hash() -> str:
    """Names the compiled file after what it was made from: a new wordfreq gives a new file."""
    import importlib.util

    h = hashlib.sha256(f"{VERSION}:{','.join(LANGUAGES)}".encode())
    spec = importlib.util.find_spec("wordfreq")  # without importing it (slow)
    if spec and spec.origin:
        h.update(str(Path(spec.origin).parent.stat().st_mtime).encode())
    return h.hexdigest()[:12]


def vocabulary_path() -> Path:
    return cache_dir() / f"fontwords-{_sources_hash()}.marisa"


def _sum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sum")


class SetWords(frozenset):
    """The words in memory (the fallback when the cache cannot be written), with the trie's
    `prefixes`: `word in words`, `words.prefixes(word)`."""

    def prefixes(self, word: str) -> list[str]:
        return [word[:i] for i in range(1, len(word) + 1) if word[:i] in self]


class SurrogateSafe:
    """A trie that answers "no word" for a string holding a lone surrogate (the code of a broken
    font map, chr(0xDC80)) instead of raising: marisa looks up UTF-8, which cannot hold one,
    and no word of the lists holds one. Only for texts that hold one: the wrapper's Python
    call costs as much again as the look-up itself."""

    def __init__(self, words):
        self._words = words

    def __contains__(self, word: str) -> bool:
        try:
            return word in self._words
        except UnicodeEncodeError:
            return False

    def __len__(self) -> int:
        return len(self._words)

    def prefixes(self, word: str) -> list[str]:
        """The words that begin `word` (itself included), shortest first."""
        m = SURROGATE.search(word)  # no word holds one: only the part before it can begin
        return self._words.prefixes(word[:m.start()] if m else word)


Words = Union["marisa_trie.Trie", SetWords, SurrogateSafe]


def compile_words(words: frozenset[str], path: Path) -> None:
    """Write `words` as a marisa trie at `path`, then its `.sum` (size, count, sha256), which
    marks the file complete. Both are written under temporary names and renamed, so a reader
    never sees half a file; two processes compiling at once write the same bytes."""
    import marisa_trie

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = f".tmp{os.getpid()}"
    t = path.with_name(path.name + tmp)
    marisa_trie.Trie(words).save(str(t))
    data = t.read_bytes()
    s = _sum_path(path).with_name(_sum_path(path).name + tmp)
    s.write_text(f"{len(data)} {len(words)} {hashlib.sha256(data).hexdigest()}\n")
    os.replace(t, path)
    os.replace(s, _sum_path(path))


def open_words(path: Path) -> "marisa_trie.Trie":
    """Map the compiled file; ValueError (one line) when it is missing, incomplete or damaged.
    The checksum is taken before marisa maps the file: marisa trusts the bytes it maps."""
    import marisa_trie

    try:
        size, count, digest = _sum_path(path).read_text().split()
        data = path.read_bytes()
    except (OSError, ValueError) as e:
        raise ValueError(f"{path}: missing or incomplete ({e.__class__.__name__})") from None
    if len(data) != int(size) or hashlib.sha256(data).hexdigest() != digest:
        raise ValueError(f"{path}: damaged ({len(data)} bytes, {size} expected, or checksum)")
    del data
    trie = marisa_trie.Trie()
    trie.mmap(str(path))
    if len(trie) != int(count):
        raise ValueError(f"{path}: {len(trie)} words, {count} expected")
    return trie


@lru_cache(maxsize=1)
def load() -> "marisa_trie.Trie | SetWords":
    """The font check's words: mapped from the cache, compiled there first when missing or
    damaged; held in memory when the cache cannot be written."""
    path = vocabulary_path()
    if path.exists():
        try:
            return open_words(path)
        except (ValueError, RuntimeError, OSError) as e:
            log.warning("font-check word list: %s; compiling it again", e)
    words = source_words()
    try:
        compile_words(words, path)
        return open_words(path)
    except (ValueError, RuntimeError, OSError) as e:
        log.warning("font-check word list: cannot compile %s (%s); holding it in memory",
                    path, str(e).splitlines()[0] if str(e) else e.__class__.__name__)
        return SetWords(words)


if __name__ == "__main__":  # prebuild: python -m extractors.vocabulary
    import time

    t0 = time.time()
    w = load()
    print(f"{vocabulary_path()}: {len(w)} words ({type(w).__name__}); {time.time() - t0:.2f}s")
