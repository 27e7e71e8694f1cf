"""A programme that closes its listed actions with who and when in a parenthesis ('...
(integrationsteamet, 2026).', '... (bildningsavdelningen tillsammans med X, 2026–2029).')
does so throughout: it is the document's layout, often stated in its reading guide ('Inom
parentes anges den ansvariga enheten ... och tidtabellen'). A parenthesis of the same shape,
'(X, <time>)', whose X the actor reader does not know by its words ('(grundläggande
utbildningen, 2026)': a service's name reads as what is done) is then a doer in that place
too, also where it comes before any item of the list whose doer was known
(`builder.Builder`: within a list the doer read so far already says it)."""

from __future__ import annotations

from .actors import actors_parenthesis_start, parenthesis_in_actors_place, trailing_actors, units_in_actors_place

# how many items must close with a known doer and a time, and what share of the items of
# the '(X, <time>)' shape they must be, before the shape is the document's layout
MIN_KNOWN = 3
MIN_SHARE = 0.5


def doers_in_parentheses(items: list[str]) -> bool:
    """Most list items closing with a parenthesis '(X, <time>)' name a known doer in it,
    at least MIN_KNOWN of them: the document puts its doers there. So too items closing with
    the doer alone in brackets, their time before them ('… – 2025 (biblioteket)', '…
    (kulturbyrån)'; fifty-eighth set): a parenthesis of units alone ('(småbarnspedagogiken)')
    is then a doer in that place as well."""
    shaped = known = 0
    for text in items:
        tail = trailing_actors(text)
        alone = (tail is not None and bool(tail[0]) and not tail[1] and not tail[2]
                 and actors_parenthesis_start(text) is not None)
        if parenthesis_in_actors_place(text) is None and not alone and units_in_actors_place(text) is None:
            continue
        shaped += 1
        if alone or (tail is not None and tail[2] and actors_parenthesis_start(text) is not None):
            known += 1
    return known >= MIN_KNOWN and known >= MIN_SHARE * shaped
