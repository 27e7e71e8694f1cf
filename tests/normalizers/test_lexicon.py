"""The compiled lexicon's on-disk form: marisa tries + a data file, memory-mapped."""

from normalizers import lexicon
from normalizers.lexicon import ANY, CHILD_A, CHILD_O, KEY, MARK, MARK_NEXT


def _small(tmp_path):
    d = {"mal": "mål,45,16;,30,16", "malm": ",35,16", "ora": "öra,40,16", "xy": ",20,8"}
    stem = tmp_path / "lexicon-test"
    lexicon.compile_lexicon(d, stem)
    return d, lexicon._open(stem)


def test_compiled_lexicon_round_trip(tmp_path):
    d, lx = _small(tmp_path)
    assert len(lx) == 4 and "malm" in lx and "ma" not in lx
    for k, packed in d.items():
        assert lx.packed(k) == packed
    assert lx.entries("mal") == (("mål", 45, 16), ("mal", 30, 16))
    assert lx.entries("mask") == ()
    assert lx.zipf("mål") == 45 and lx.zipf("malm") == 35 and lx.zipf("målm") == 0
    assert lx.flags("xy") == lexicon.FINNISH


def test_prefix_flags_mark_where_a_form_has_a_ring_or_umlaut(tmp_path):
    _, lx = _small(tmp_path)

    def fl(p):
        return lx.pflags[lx.prefixes[p]]

    assert set(lx.prefixes.keys()) == {"m", "ma", "mal", "malm", "o", "or", "ora", "x", "xy"}
    assert all(fl(p) & ANY for p in lx.prefixes.keys())
    assert fl("mal") & KEY and fl("malm") & KEY and not fl("ma") & KEY
    # "mål": å at key position 1 -> "ma" is MARK, "mal" is MARK_NEXT, "m" has the child a marked
    assert fl("ma") & MARK and fl("mal") & MARK_NEXT and fl("m") & CHILD_A
    assert not fl("mal") & MARK and not fl("malm") & MARK_NEXT and not fl("ma") & CHILD_A
    # "öra": ö at the start -> "o" is MARK, the empty prefix has the child o marked
    assert fl("o") & MARK and fl("or") & MARK_NEXT
    assert lx.root_flags & CHILD_O and not lx.root_flags & CHILD_A
    assert not any(fl(p) & (MARK | MARK_NEXT) for p in ("x", "xy"))


def test_lexicon_files_are_shared_memory_maps(tmp_path):
    # loading maps the files instead of reading them into the process: the data is a read-only
    # memoryview over an mmap; a data file that is not a koto lexicon is refused
    _, lx = _small(tmp_path)
    assert isinstance(lx.pflags, memoryview) and lx.pflags.readonly
    stem = tmp_path / "other"
    lexicon.compile_lexicon({"ab": ",30,16"}, stem)
    data = tmp_path / "other.data"
    data.write_bytes(b"notkoto!" + data.read_bytes()[8:])
    try:
        lexicon._open(stem)
    except ValueError as e:
        assert "not a koto lexicon" in str(e)
    else:
        raise AssertionError("a corrupt lexicon data file was accepted")


def test_flat_trie_answers_as_the_marisa_files(tmp_path):
    # the flat trie (for the compiled search) holds the same keys, forms and prefix flags
    from normalizers.repair import Repairer

    d, lx = _small(tmp_path)
    assert lx.trie is not None and lx.trie[:8] == lexicon._TRIE_MAGIC
    fast, slow = Repairer(lx), Repairer(lx, fast=False)
    assert fast._fast is not None and slow._fast is None
    for w in ("mål", "mal", "malm", "målm", "öra", "ora", "xy", "m", "", "maä"):
        assert fast.zipf(w) == lx.zipf(w)
    for w in ("mal", "ora", "oera", "&ra", "malm", "mdl", "mé|m", "xy", "std"):
        assert [(c.word, c.segs, c.score) for c in fast.candidates(w)] == \
            [(c.word, c.segs, c.score) for c in slow.candidates(w)]
    assert [c.word for c in fast.candidates("ora")] == ["öra"]
