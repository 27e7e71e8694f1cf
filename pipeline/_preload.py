"""Imported by the pool's forkserver: load the stages once so forked workers start warm."""

from .process import warm_run, warm_up

warm_up()
warm_run()
