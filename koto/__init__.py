"""Notebook entry point: `import koto; con = koto.connect("koto.duckdb")`."""

from __future__ import annotations

import os

import duckdb


def connect(path: str | os.PathLike = "koto.duckdb") -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection to a koto database (safe while nobody is ingesting)."""
    from warehouse import connect_readonly

    return connect_readonly(path)


__all__ = ["connect"]
