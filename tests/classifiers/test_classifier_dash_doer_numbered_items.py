"""Actions numbered through the programme, each closing with its doer after a dash and
nothing else ('7. Bostadsrådgivning varje vecka – bostadsbyrån'), or with the doer and a time
('– fritidsbyrån, 2026'), under sub-goal headings and a lead line 'Så gör vi', the section's
follow-up in a paragraph after the last item ('Så följer vi upp: …'). In a document that puts
its doers after the dash (`dash_doers.doers_after_dashes`), an item closed by a doer alone
names its doer as one with a time does:

- a list under a goal heading whose first items name their doer only so is the goal's
  actions (`read_lists.ListReader.on_bullet`, its own doer), not sub-goals left unread;
- a list of such items over the follow-up paragraph is no card whose fields the items share
  (`records._bullet_run`): each item keeps its own doer, cut off its text, and the
  follow-up is the goal's."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import records


def _programme():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under våren 2024."),
        _h("Kapitel 3. Mål och åtgärder", 1),
        _h("Mål 3: Alla har ett tryggt boende", 2),
        _h("Delmål 3.1 Nyanlända får hjälp med bostad", 3),
        _p("Så gör vi"),
        _p("7. Bostadsrådgivning på flera språk varje vecka – bostadsbyrån"),
        _p("8. En lista över lediga hyresbostäder delas ut vid registreringen – infopunkten och bostadsbolaget"),
        _p("9. Hyresvärdarna bjuds in till ett möte om uthyrning – näringslivsenheten, 2026"),
        _h("Delmål 3.2 Föreningarna når nya medlemmar", 3),
        _p("Så gör vi"),
        _p("10. Föreningsmässa på torget varje höst – fritidsbyrån i samarbete med idrottsföreningarna, 2025–2027"),
        _p("11. Medlemsavgiften sänks för nya familjer – fritidsnämnden"),
        _p("Så följer vi upp: antalet nya medlemmar med annat modersmål; antalet besökare på mässan"),
        _h("Kapitel 4. Uppföljning", 1),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def _by_text(out):
    return {m.text.split(". ", 1)[-1]: m for m in out.measures}


def test_items_closed_by_a_doer_alone_are_actions_with_that_doer():
    got = _by_text(_classify(_programme()))
    assert list(got) == [
        "Bostadsrådgivning på flera språk varje vecka",
        "En lista över lediga hyresbostäder delas ut vid registreringen",
        "Hyresvärdarna bjuds in till ett möte om uthyrning",
        "Föreningsmässa på torget varje höst",
        "Medlemsavgiften sänks för nya familjer"]
    assert got["Bostadsrådgivning på flera språk varje vecka"].responsible == ["bostadsbyrån"]
    assert got["En lista över lediga hyresbostäder delas ut vid registreringen"].responsible == [
        "infopunkten", "bostadsbolaget"]
    assert got["Medlemsavgiften sänks för nya familjer"].responsible == ["fritidsnämnden"]


def test_without_the_dash_doer_in_a_bullet_run_the_items_share_the_follow_up_as_a_card(monkeypatch):
    monkeypatch.setattr(records, "_dash_doer", lambda item: False)
    texts = list(_by_text(_classify(_programme())))
    assert "Medlemsavgiften sänks för nya familjer" not in texts
