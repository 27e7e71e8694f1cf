"""Builds the one C extension (normalizers/_fastrepair.c, the compiled search of the Swedish OCR
repair); everything else is in pyproject.toml. `pip install -e .` compiles it."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("normalizers._fastrepair", ["normalizers/_fastrepair.c"],
                             extra_compile_args=["-O2", "-fno-fast-math", "-Wall"])])
