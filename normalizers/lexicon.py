"""A compiled Swedish lexicon: wordfreq `sv` frequencies + the hunspell Swedish dictionary.

Built once from its sources (hunspell .dic/.aff expanded by our own small affix expander, and
wordfreq's `sv` list) and cached on disk as a pickle named after a hash of its inputs, so later
processes only load it (`python -m normalizers.lexicon` prebuilds it).

Everything is lower case. Keys (`key()`) fold å/ä/ö/é to a/a/o/e: OCR with an English model
loses exactly these, so the repair looks words up by key and then chooses among the forms.

Each form carries its Zipf frequency ×10 (hunspell-only forms get `FLOOR`) and flags: ALONE (a
word by itself), BEGIN / MIDDLE / END (hunspell's COMPOUNDBEGIN/MIDDLE/END: where it may stand in
a compound; linking -s- forms come from the dictionary's own twofold suffixes, e.g.
integration → integrations-), FINNISH (a frequent Finnish word, so Finnish is left alone), NAME (hunspell writes it with a
capital: a proper name such as Borgå, Österbotten).
Stored as one dict key → packed string (marshal): loads in about half a second.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

HUNSPELL_DIRS = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]
HUNSPELL_NAMES = ["sv_FI", "sv_SE"]
FLOOR = 15  # zipf×10 given to a hunspell form that wordfreq does not know
VERSION = "6"  # 6: keys stored in sorted order (prefix search by bisect)

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "à": "a", "è": "e", "ü": "u"})


def key(word: str) -> str:
    return word.lower().translate(_FOLD)


def cache_dir() -> Path:
    return Path(os.environ.get("KOTO_CACHE", Path.home() / ".cache" / "koto"))


def _hunspell_files() -> list[tuple[Path, Path]]:
    out = []
    for name in HUNSPELL_NAMES:
        for d in HUNSPELL_DIRS:
            dic, aff = Path(d) / f"{name}.dic", Path(d) / f"{name}.aff"
            if dic.exists() and aff.exists():
                out.append((dic, aff))
                break
    return out


# ---------------------------------------------------------------- hunspell expansion

def _parse_aff(path: Path):
    sfx: dict[str, list[tuple[str, str, str, re.Pattern]]] = {}
    opts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "SFX" and len(parts) >= 5:
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            strip = "" if strip == "0" else strip
            cont = ""
            if "/" in add:
                add, cont = add.split("/", 1)
            add = "" if add == "0" else add
            pat = re.compile("(?:" + (cond if cond != "." else ".") + ")$")
            sfx.setdefault(flag, []).append((strip, add, cont, pat))
        elif len(parts) == 2 and parts[0].isupper():
            opts[parts[0]] = parts[1]
    return sfx, opts


def expand_hunspell(dic: Path, aff: Path):
    """Yield (form, standalone, begin, middle, end) for every form the dictionary accepts."""
    sfx, opts = _parse_aff(aff)
    fb, fm, fe = opts.get("COMPOUNDBEGIN", "X"), opts.get("COMPOUNDMIDDLE", "U"), opts.get("COMPOUNDEND", "Y")
    fonly, fneed, fforb = opts.get("ONLYINCOMPOUND", "Z"), opts.get("NEEDAFFIX", "¤"), opts.get("FORBIDDENWORD", "%")
    lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for line in lines:
        line = line.split("\t")[0].strip()
        if not line:
            continue
        if "/" in line[1:]:
            i = line.index("/", 1)
            stem, flags = line[:i], line[i + 1:]
        else:
            stem, flags = line, ""
        if fforb in flags:
            continue
        y = fe in flags
        yield (stem, fonly not in flags and fneed not in flags, fb in flags, fm in flags, y)
        for f in flags:
            for strip, add, cont, pat in sfx.get(f, ()):
                if strip and not stem.endswith(strip):
                    continue
                if not pat.search(stem):
                    continue
                form = (stem[: len(stem) - len(strip)] if strip else stem) + add
                yield (form, fonly not in cont, fb in cont, fm in cont, y or fe in cont)
                for f2 in cont:  # twofold suffixes
                    for strip2, add2, cont2, pat2 in sfx.get(f2, ()):
                        if strip2 and not form.endswith(strip2):
                            continue
                        if not pat2.search(form):
                            continue
                        form2 = (form[: len(form) - len(strip2)] if strip2 else form) + add2
                        yield (form2, fonly not in cont2, fb in cont2, fm in cont2, y or fe in cont2)


# ---------------------------------------------------------------- the compiled lexicon

BEGIN, MIDDLE, END, FINNISH, ALONE, NAME = 1, 2, 4, 8, 16, 32
_OK = re.compile(r"^[a-zåäöé][a-zåäöé'-]*$")


class Lexicon:
    """`d[key]` packs every form with that key: "form,zipf10,flags;..." (form "" = the key)."""

    def __init__(self, d: dict[str, str], ordered: bool = False):
        self.d = d
        self._cache: dict[str, tuple] = {}
        self._keys: tuple[str, ...] | None = None
        self._ordered = ordered  # d was built with its keys in sorted order (build(), the cache)
        self._marked: bytes | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key, sorted (for prefix search with bisect). `build` and the cache keep the dict
        in sorted order, so then this is just a copy of its key order."""
        if self._keys is None:
            # a tuple of strings: the garbage collector stops tracking it after one pass
            self._keys = tuple(self.d) if self._ordered else tuple(sorted(self.d))
        return self._keys

    def entries(self, k: str) -> tuple[tuple[str, int, int], ...]:
        """(form, zipf×10, flags) of every form whose key is `k`, most frequent first."""
        r = self._cache.get(k)
        if r is not None:
            return r
        packed = self.d.get(k)
        if packed is None:
            r = ()
        else:
            out = []
            for item in packed.split(";"):
                f, z, fl = item.split(",")
                out.append((f or k, int(z), int(fl)))
            r = tuple(out)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[k] = r
        return r

    @property
    def marked(self) -> bytes:
        """Bitmap (see `marked_prefix`) of the key prefixes that end where some form has å/ä/ö."""
        if self._marked is None:
            self._marked = load_marked(self)
        return self._marked

    def zipf(self, word: str) -> int:
        """Zipf×10 of a standalone Swedish word (lower case), 0 when unknown."""
        for f, z, fl in self.entries(key(word)):
            if f == word and fl & ALONE:
                return max(z, 1)
        return 0

    def flags(self, word: str) -> int:
        for f, z, fl in self.entries(key(word)):
            if f == word:
                return fl
        return 0


def _sources_hash() -> str:
    h = hashlib.sha256(VERSION.encode())
    for dic, aff in _hunspell_files():
        for p in (dic, aff):
            st = p.stat()
            h.update(f"{p}:{st.st_size}:{int(st.st_mtime)}".encode())
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")  # without importing it (slow)
    if spec and spec.origin:
        h.update(str(Path(spec.origin).parent.stat().st_mtime).encode())
    return h.hexdigest()[:12]


def build() -> dict[str, str]:
    import math

    import wordfreq

    info: dict[str, list[int]] = {}  # form -> [zipf10, flags]

    def add(w: str, z: int, fl: int) -> None:
        e = info.get(w)
        if e is None:
            info[w] = [z, fl]
        else:
            e[0] = max(e[0], z)
            e[1] |= fl

    for w, f in wordfreq.get_frequency_dict("sv", "large").items():
        w = unicodedata.normalize("NFC", w)
        if f > 0 and _OK.match(w):
            add(w, int(round((math.log10(f) + 9) * 10)), ALONE)
    for dic, aff in _hunspell_files():
        for form, alone, b, m, e in expand_hunspell(dic, aff):
            form = unicodedata.normalize("NFC", form)
            name = form[:1].isupper() and not form[1:2].isupper()  # "Borgå", not "EU"
            form = form.lower()
            if form.endswith("-"):
                form = form[:-1]
                alone = False
            if not _OK.match(form):
                continue
            fl = (ALONE if alone else 0) | (BEGIN if b else 0) | (MIDDLE if m else 0) | (END if e else 0)
            if name and alone:
                fl |= NAME
            if fl:
                add(form, FLOOR if alone else 0, fl)
    for w, f in wordfreq.get_frequency_dict("fi", "large").items():
        w = unicodedata.normalize("NFC", w)
        if f > 1e-6 and len(w) > 3 and _OK.match(w) and w not in info:
            add(w, int(round((math.log10(f) + 9) * 10)), FINNISH)
    groups: dict[str, list[tuple[int, str, int]]] = {}
    for w, (z, fl) in info.items():
        groups.setdefault(key(w), []).append((z, w, fl))
    d = {}
    for k in sorted(groups):  # sorted insertion: list(d) is the sorted key list (see Lexicon.keys)
        v = groups[k]
        v.sort(key=lambda t: (-t[0], t[1]))
        d[k] = ";".join(f"{'' if w == k else w},{z},{fl}" for z, w, fl in v)
    return d


MARK_BITS = 25  # 2**25 bits = 4 MB; about a million prefixes: ~3% false positives


def mark_hash(prefix: str) -> int:
    return zlib.crc32(prefix.encode()) & ((1 << MARK_BITS) - 1)


def marked_prefix(bitmap: bytes, prefix: str) -> bool:
    """False when no form has å/ä/ö at the last letter of key prefix `prefix` (a Bloom filter:
    True may be wrong, False never is)."""
    h = zlib.crc32(prefix.encode()) & ((1 << MARK_BITS) - 1)
    return bool(bitmap[h >> 3] & (1 << (h & 7)))


def build_marked(lex: "Lexicon") -> bytes:
    """For every form with å/ä/ö, the key prefixes up to each of those letters, and up to the
    letter after it + "|", hashed into a bitmap: the repair reads a misprint as å/ä/ö only where
    some word has one (followed by the next letter printed)."""
    bm = bytearray(1 << (MARK_BITS - 3))
    mask = (1 << MARK_BITS) - 1
    crc = zlib.crc32
    for k, packed in lex.d.items():
        for item in packed.split(";"):
            f = item.split(",", 1)[0]
            if not f:
                continue
            for p, ch in enumerate(f):
                if ch in "åäö":
                    h = crc(k[:p + 1].encode()) & mask
                    bm[h >> 3] |= 1 << (h & 7)
                    if p + 1 < len(k):  # and with the letter after it (marked by a "|")
                        h = crc((k[:p + 2] + "|").encode()) & mask
                        bm[h >> 3] |= 1 << (h & 7)
    return bytes(bm)


def load_marked(lex: "Lexicon") -> bytes:
    path = lexicon_path().with_suffix(".marked2")
    if path.exists() and path.stat().st_size == 1 << (MARK_BITS - 3):
        return path.read_bytes()
    bm = build_marked(lex)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(bm)
        os.replace(tmp, path)
    except OSError:
        pass
    return bm


def lexicon_path() -> Path:
    return cache_dir() / f"lexicon-{_sources_hash()}.marshal"


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon: load it from the cache, building it first if missing."""
    path = lexicon_path()
    if path.exists():
        try:
            with open(path, "rb") as fh:
                return Lexicon(marshal.loads(fh.read()), ordered=True)  # loads(bytes) is ~3x faster than load(fh)
        except Exception:
            pass
    d = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        marshal.dump(d, fh)
    os.replace(tmp, path)
    return Lexicon(d, ordered=True)


if __name__ == "__main__":  # prebuild: python -m normalizers.lexicon
    import time

    t = time.time()
    lx = load()
    lx.marked
    print(f"{lexicon_path()}: {len(lx.d)} keys; {time.time() - t:.2f}s")
