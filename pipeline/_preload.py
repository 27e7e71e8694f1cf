"""Imported by the pool's forkserver: load the stages once so forked workers start warm."""

import gc

from .process import warm_run, warm_up

warm_up()
warm_run()
# The preloaded objects (models, caches; the normalizers' lexicon is memory-mapped, its pages
# are shared anyway) live on in every forked worker;
# freezing them keeps the cyclic GC from touching, and so copying, their pages in each worker.
gc.collect()
gc.freeze()
