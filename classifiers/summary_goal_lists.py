"""Goals listed (as list items) short under a summary heading ('Programmet i korthet', 'Sammanfattning',
'Tiivistelmä', 'Ohjelma lyhyesti'): a programme that opens with a summary restates its goals
there in a few words ('1. Snabb start för nyanlända', 'Arbete: fler i arbete') and states
them in full in its chapters ('Mål 1: Alla nyanlända får …', a goal table's cells). The
summary's items are no goals of their own: where the chapters state goals that something
is linked to, the summary's goals nothing is linked to go (`action_count_summaries.
drop_short_forms`), no chapter goal merges into them, and a number the chapters give a goal
('Mål 1: …') names that goal rather than the summary's '1. …'. A document whose only goals
are the summary's keeps them."""
from __future__ import annotations

import re

from .text import fold, squash

# the ordinary words of a summary heading: Swedish '… i korthet', 'Sammanfattning',
# 'Sammandrag'; Finnish 'Tiivistelmä', 'Yhteenveto', '… lyhyesti', '… pähkinänkuoressa';
# English 'Summary', '… in brief', '… at a glance'
_SUMMARY_HEADING_RE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:.*\bi korthet|sammanfattning(?:\s.*)?|sammandrag(?:\s.*)?|tiivistelma(?:\s.*)?"
    r"|yhteenveto(?:\s.*)?|.*\blyhyesti|.*\bpahkinankuoressa|summary(?:\s.*)?|.*\bin brief|.*\bat a glance)$")


def is_summary_heading(text: str) -> bool:
    """The heading names a summary of the programme ('Programmet i korthet', '2 Sammanfattning')."""
    return bool(_SUMMARY_HEADING_RE.match(fold(squash(text)).rstrip(" .:")))
