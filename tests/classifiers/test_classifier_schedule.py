import pytest

from classifiers.schedule import parse_schedule


@pytest.mark.parametrize("text,expected", [
    ("2023", ("2023", 2023, 2023)),
    ("2023–2024", ("2023–2024", 2023, 2024)),
    ("2024-2026", ("2024-2026", 2024, 2026)),
    ("2018–21", ("2018–21", 2018, 2021)),
    ("Fortlöpande", ("Fortlöpande", None, None)),
    ("hösten 2023", ("hösten 2023", 2023, 2023)),
    ("  ", (None, None, None)),
    (None, (None, None, None)),
])
def test_parse_schedule(text, expected):
    assert parse_schedule(text) == expected
