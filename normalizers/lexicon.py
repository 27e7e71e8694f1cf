"""A compiled Swedish lexicon: wordfreq `sv` frequencies + the hunspell Swedish dictionary.

Built once from its sources (hunspell .dic/.aff expanded by our own small affix expander, and
wordfreq's `sv` list) and cached on disk under a name made of a hash of its inputs, so later
processes only load it (`python -m normalizers.lexicon` prebuilds it).

Everything is lower case. Keys (`key()`) fold å/ä/ö/é to a/a/o/e: OCR with an English model
loses exactly these, so the repair looks words up by key and then chooses among the forms.

Each form carries its Zipf frequency ×10 (hunspell-only forms get `FLOOR`) and flags: ALONE (a
word by itself), BEGIN / MIDDLE / END (hunspell's COMPOUNDBEGIN/MIDDLE/END: where it may stand in
a compound; linking -s- forms come from the dictionary's own twofold suffixes, e.g.
integration → integrations-), FINNISH (a frequent Finnish word, so Finnish is left alone), NAME (hunspell writes it with a
capital: a proper name such as Borgå, Österbotten).
Stored as two marisa tries (the keys; every key prefix, with flags for the lattice walk), a
data file with the packed forms, and the same prefixes and forms once more as a flat trie that
compiled code can step letter by letter (`_write_flat_trie`, for normalizers/_fastrepair.c), all
memory-mapped (`_open`): loading takes milliseconds, and processes that use it share its pages
instead of each holding a copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

HUNSPELL_DIRS = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]
HUNSPELL_NAMES = ["sv_FI", "sv_SE"]
FLOOR = 15  # zipf×10 given to a hunspell form that wordfreq does not know
VERSION = "10"  # 7: marisa tries of the keys and of their prefixes, memory-mapped; 8: CHILD_ flags;
# 9, 10: the flat trie (.trie) for the compiled search (normalizers/_fastrepair.c)

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


# flags of a key prefix (see `compile_lexicon`); CHILD_A / CHILD_O: the prefix + "a" / "o" is MARK
# ANY: set on every prefix
KEY, MARK, MARK_NEXT, CHILD_A, CHILD_O, ANY = 1, 2, 4, 8, 16, 32
CHILD = {"a": CHILD_A, "o": CHILD_O}


class Lexicon:
    """The compiled lexicon, memory-mapped from the cache (see `compile_lexicon`), so that every
    process using it (the ingest workers) shares the same page-cache pages:
    - `keys`: a marisa trie of every key; its id indexes the packed forms of that key,
      "form,zipf10,flags;..." (form "" = the key), most frequent first;
    - `prefixes`: a marisa trie of every prefix of every key, its id indexing `pflags`:
      KEY (the prefix is a key), MARK (some form with that key prefix has å/ä/ö at the prefix's
      last letter), MARK_NEXT (... at the letter before the last), CHILD_A / CHILD_O (the prefix
      followed by "a" / "o" is MARK: lets the walk skip most look-ups of å/ä/ö readings).
      `root_flags`: the CHILD_ flags of the empty prefix."""

    def __init__(self, keys, prefixes, pflags, offsets, blob, trie=None):
        self.keys = keys
        self.trie = trie  # the flat trie file, memory-mapped (`_write_flat_trie`), or None
        self.prefixes = prefixes
        self.pflags = pflags
        self._offsets = offsets
        self._blob = blob
        self._cache: dict[str, tuple] = {}
        self.root_flags = ANY
        for ch, bit in CHILD.items():
            i = prefixes.get(ch)
            if i is not None and pflags[i] & MARK:
                self.root_flags |= bit

    def __contains__(self, k: str) -> bool:
        return k in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def packed(self, k: str) -> str | None:
        i = self.keys.get(k)
        if i is None:
            return None
        return str(self._blob[self._offsets[i]:self._offsets[i + 1]], "utf-8")

    def entries(self, k: str) -> tuple[tuple[str, int, int], ...]:
        """(form, zipf×10, flags) of every form whose key is `k`, most frequent first."""
        r = self._cache.get(k)
        if r is not None:
            return r
        packed = self.packed(k)
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
    for k in sorted(groups):
        v = groups[k]
        v.sort(key=lambda t: (-t[0], t[1]))
        d[k] = ";".join(f"{'' if w == k else w},{z},{fl}" for z, w, fl in v)
    return d


def compile_lexicon(d: dict[str, str], stem: Path) -> None:
    """Write the lexicon `d` (key -> packed forms, see `build`) as four files next to `stem`:
    `.keys` and `.prefixes` (marisa tries), `.trie` (the same prefixes as a flat trie, see
    `_write_flat_trie`) and `.data`: a header (magic, number of prefixes,
    number of keys), one flag byte per prefix id, the uint32 offsets of each key id's packed
    forms, and the packed forms (utf-8). `.data` is written last: it marks the set complete."""
    from array import array

    import marisa_trie

    keys = marisa_trie.Trie(d.keys())
    pset: set[str] = set()
    for k in d:
        for i in range(1, len(k) + 1):
            pset.add(k[:i])
    prefixes = marisa_trie.Trie(pset)
    del pset
    pget = prefixes.get
    pflags = bytearray([ANY]) * len(prefixes)
    for k, packed in d.items():
        pflags[pget(k)] |= KEY
        for item in packed.split(";"):
            f = item.split(",", 1)[0]
            if not f:
                continue
            for p, ch in enumerate(f):
                if ch in "åäö":
                    pflags[pget(k[:p + 1])] |= MARK
                    if p:  # (the empty prefix's CHILD_ flags: `Lexicon.root_flags`)
                        pflags[pget(k[:p])] |= CHILD[k[p]]
                    if p + 1 < len(k):
                        pflags[pget(k[:p + 2])] |= MARK_NEXT
    chunks = [b""] * len(keys)
    for k, packed in d.items():
        chunks[keys[k]] = packed.encode()
    offsets = array("I", [0])
    pos = 0
    for c in chunks:
        pos += len(c)
        offsets.append(pos)
    pad = (-len(pflags)) % 4
    tmp = f".tmp{os.getpid()}"
    stem.parent.mkdir(parents=True, exist_ok=True)
    files = []
    for suffix, trie in ((".keys", keys), (".prefixes", prefixes)):
        t = stem.with_name(stem.name + suffix + tmp)
        trie.save(str(t))
        files.append((t, stem.with_name(stem.name + suffix)))
    t = stem.with_name(stem.name + ".data" + tmp)
    with open(t, "wb") as fh:
        fh.write(_MAGIC + array("I", [len(pflags), len(keys), len(pflags) + pad]).tobytes())
        fh.write(pflags)
        fh.write(b"\0" * pad)
        fh.write(offsets.tobytes())
        for c in chunks:
            fh.write(c)
    files.append((t, stem.with_name(stem.name + ".data")))
    t = stem.with_name(stem.name + ".trie" + tmp)
    _write_flat_trie(d, prefixes, pflags, t)
    files.insert(0, (t, stem.with_name(stem.name + ".trie")))
    for t, final in files:
        os.replace(t, final)


_MAGIC = b"kotolex2"
_TRIE_MAGIC = b"kototri2"


def _write_flat_trie(d: dict[str, str], prefixes, pflags: bytearray, path: Path) -> None:
    """The key prefixes again, as a flat trie that compiled code can step letter by letter
    (marisa's API looks up whole strings only). One 12-byte record per node: the id of its first
    child (uint32), 1 + the offset of its forms in the blob (uint32; 0: not a key), its letter
    (ASCII: keys are [a-z'-]), its prefix flags, its number of children, a pad byte. The
    children of a node are consecutive and sorted by letter; the blocks of children follow each
    other in depth-first order of their parents, so a walk down a word stays near where it was
    (fewer cache misses than breadth-first order). File: magic, the number of nodes and the
    size of the blob (uint32), the records (node 0 = the empty prefix), then the blob: per key
    a count, then per form (most frequent first) its length, its letters in Latin-1 (å ä ö é
    are Latin-1), zipf×10 and flags (one byte each)."""
    import struct

    order = sorted(prefixes.keys())  # lexicographic = depth first, a parent before its children
    kids: dict[str, list[str]] = {}
    for p in order:
        kids.setdefault(p[:-1], []).append(p)  # siblings come in letter order
    order.insert(0, "")
    n = len(order)
    ids = {"": 0}
    nxt = 1
    for p in order:
        for c in kids.get(p, ()):
            ids[c] = nxt
            nxt += 1
    assert nxt == n
    blob = bytearray()
    fpos: dict[str, int] = {}
    for k, packed in d.items():
        fpos[k] = len(blob) + 1
        items = packed.split(";")
        blob.append(len(items))
        for item in items:
            f, z, fl = item.split(",")
            b = (f or k).encode("latin-1")
            blob.append(len(b))
            blob += b
            blob.append(int(z))
            blob.append(int(fl))
    rec = struct.Struct("<IIBBBx")
    recs = bytearray(rec.size * n)
    pget = prefixes.get
    root = ANY
    for ch, bit in CHILD.items():
        i = pget(ch)
        if i is not None and pflags[i] & MARK:
            root |= bit
    for p in order:
        ch = kids.get(p, ())
        rec.pack_into(recs, rec.size * ids[p], ids[ch[0]] if ch else 0, fpos.get(p, 0),
                      ord(p[-1]) if p else 0, pflags[pget(p)] if p else root, len(ch))
    with open(path, "wb") as fh:
        fh.write(_TRIE_MAGIC + struct.pack("<II", n, len(blob)))
        fh.write(recs)
        fh.write(blob)


def _open(stem: Path) -> Lexicon:
    import mmap

    import marisa_trie

    data = stem.with_name(stem.name + ".data")
    with open(data, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mm[:8] != _MAGIC:
        raise ValueError(f"{data}: not a koto lexicon")
    from array import array

    head = array("I")
    head.frombytes(mm[8:20])
    nprefix, nkeys, flag_bytes = head
    base = 20
    view = memoryview(mm)
    pflags = view[base:base + nprefix]
    ostart = base + flag_bytes
    offsets = view[ostart:ostart + 4 * (nkeys + 1)].cast("I")
    blob = view[ostart + 4 * (nkeys + 1):]
    keys = marisa_trie.Trie()
    keys.mmap(str(stem.with_name(stem.name + ".keys")))
    prefixes = marisa_trie.Trie()
    prefixes.mmap(str(stem.with_name(stem.name + ".prefixes")))
    if len(keys) != nkeys or len(prefixes) != nprefix:
        raise ValueError(f"{data}: tries and data do not match")
    tpath = stem.with_name(stem.name + ".trie")
    with open(tpath, "rb") as fh:
        trie = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if trie[:8] != _TRIE_MAGIC or int.from_bytes(trie[8:12], "little") != nprefix + 1:
        raise ValueError(f"{tpath}: not the flat trie of {data}")
    return Lexicon(keys, prefixes, pflags, offsets, blob, trie)


def lexicon_stem() -> Path:
    return cache_dir() / f"lexicon-{_sources_hash()}"


def lexicon_path() -> Path:
    """The file whose presence marks the compiled lexicon as complete (written last)."""
    stem = lexicon_stem()
    return stem.with_name(stem.name + ".data")


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon: map it from the cache, compiling it first if missing."""
    stem = lexicon_stem()
    if lexicon_path().exists():
        try:
            return _open(stem)
        except Exception:
            pass
    compile_lexicon(build(), stem)
    return _open(stem)


if __name__ == "__main__":  # prebuild: python -m normalizers.lexicon
    import time

    t = time.time()
    lx = load()
    print(f"{lexicon_path()}: {len(lx)} keys, {len(lx.prefixes)} key prefixes; {time.time() - t:.2f}s")
