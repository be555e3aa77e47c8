"""Sentences that look like the patterns of a leak story but are something else.

Each case is a plausible news sentence that a broader rule once misread; the
test pins the reading a reporter would give it.
"""

from __future__ import annotations

import pytest

from provenance.records import ParsedArticle
from tests.helpers import leaked_channel, parse, speaker_of


def source_of(parsed: ParsedArticle, quote: str) -> str:
    """The words naming the speaker of the one statement with exactly this text."""
    [found] = [q for q in parsed.quotes if q.text == quote]
    return parsed.article.text[found.source_start : found.source_end]


def leak_of(parsed: ParsedArticle) -> tuple[str | None, str | None]:
    """(publisher, time value) of the leak event."""
    [leak] = [e for e in parsed.events if e.type == "leak"]
    actor = parsed.entities[leak.actor].name if leak.actor is not None else None
    return actor, parsed.times[leak.time].value if leak.time is not None else None


def test_a_game_carried_live_is_no_leak() -> None:
    parsed = parse(
        "Coach caught on tape\n\nA recording of coach Dan Miles berating players was posted "
        "on YouTube on Sunday by a former player. ESPN aired the game live on Saturday.",
        published="2025-11-04",
    )
    assert leak_of(parsed) == (None, "2025-11-02")


def test_the_author_posting_the_video_with_an_apology_is_no_leak() -> None:
    parsed = parse(
        "Mayor in secret recording\n\nA secret recording of Mayor Jane Hollis mocking "
        "residents surfaced on Monday. Hollis posted the video on Facebook with an apology.",
        published="2025-11-04",
    )
    assert leak_of(parsed)[1] == "2025-11-03"


def test_a_video_posted_after_the_authors_rant_was_captured_is_the_leak() -> None:
    parsed = parse(
        "Mayor's rant\n\nMayor Jane Hollis was caught on camera mocking residents. "
        "Hollis's rant was captured by a guest and the video was posted on YouTube on Monday.",
        published="2025-11-04",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.channels[leak.channel].name == "YouTube"  # type: ignore[index]


def test_a_lede_about_the_remarks_critic_is_not_about_its_author() -> None:
    parsed = parse(
        'Row\n\nA minister has called the leaked remarks "indefensible".\n\n'
        "Health Minister Jane Smith was recorded mocking nurses."
    )
    assert speaker_of(parsed, "indefensible") is None


def test_a_lede_about_the_remarks_critic_is_the_critic_named_after_it() -> None:
    """The critic of another role than the author's may be named in the next
    paragraphs, as any lede's subject may."""
    parsed = parse(
        "Row\n\nA former board member on Thursday defended the chairman, saying a leaked"
        ' memo "cannot be read as it has been printed".\n\nHer comments came a day after'
        ' the inquiry began.\n\n"I sat beside him for five years," Dr Samina Gondal, a'
        " retired engineer who left the board in 2024, told the Herald."
    )
    assert speaker_of(parsed, "cannot be read as it has been printed") == "Samina Gondal"
    assert speaker_of(parsed, "I sat beside him for five years") == "Samina Gondal"


def test_according_to_an_outlet_then_a_name_is_no_apposition() -> None:
    parsed = parse(
        "Row\n\nAccording to the Gazette, Jane Hollis, the mayor, told donors it was over."
    )
    texts = [q.text for q in parsed.quotes]
    assert not any(t.startswith("the mayor") for t in texts)


def test_the_subject_of_a_relative_clause_still_speaks() -> None:
    parsed = parse(
        "Row\n\nShe spoke in Ohio, where Jane Hollis, speaking to donors, said that residents "
        "were parasites."
    )
    assert speaker_of(parsed, "residents were parasites") == "Jane Hollis"


def test_what_was_said_outweighs_how_the_speaker_is_described() -> None:
    parsed = parse(
        'Mayor in leaked recording\n\nIn the leaked recording, Mayor Ann Lee says: "Go."\n\n'
        "Tom Ruru, a longtime ally of the mayor, said the remarks were shocking and called on "
        "her to step down.",
        published="2025-11-04",
    )
    [ruru] = [
        e
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name == "Tom Ruru"
    ]
    assert ruru.type == "attack"


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("The Government say they will review the decision.", "they will review the decision"),
        ("The Club say the manager will stay.", "the manager will stay"),
    ],
)
def test_british_agreement_with_a_collective_noun_is_a_statement(
    sentence: str, statement: str
) -> None:
    assert statement in [q.text for q in parse("Row\n\n" + sentence).quotes]


def test_a_sentence_ends_after_initials_before_a_new_sentence() -> None:
    parsed = parse('Row\n\nShe was recalled to Washington, D.C. He said "it is over."')
    assert len(parsed.segments.sentences) == 3


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Her comments were made public by the council on Tuesday.", "remark"),
        ("The second clip opens on Wednesday with Hollis calling a donor.", "prospect"),
    ],
)
def test_times_that_date_nothing_of_the_kind(body: str, unwanted: str) -> None:
    parsed = parse(
        "Mayor caught on hot mic\n\nMayor Jane Hollis was caught on a hot mic calling a "
        'donor "a fool" last month. ' + body,
        published="2019-12-10",
    )
    times = {e.type: parsed.times[e.time].value for e in parsed.events if e.time is not None}
    assert times.get(unwanted) not in ("2019-12-10", "2019-12-11")


def test_a_participle_opening_the_sentence_is_no_role() -> None:
    parsed = parse("Row\n\nDefending the leader on Monday, Tom Ruru said she had been tired.")
    quote = next(q for q in parsed.quotes if q.text == "she had been tired")
    assert parsed.article.text[quote.source_start : quote.source_end] == "Tom Ruru"


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Ann Lee told the Gazette early retirement offers had been so popular that the "
            "council ran short of staff.",
            "early retirement offers had been so popular that the council ran short of staff",
        ),
        (
            "Ann Lee said last week the council had repeatedly been warned by its own auditors "
            "that the budget was short.",
            "the council had repeatedly been warned by its own auditors that the budget was short",
        ),
    ],
)
def test_what_was_said_is_not_cut_at_a_later_that(sentence: str, statement: str) -> None:
    assert statement in [q.text for q in parse("Row\n\n" + sentence).quotes]


def test_people_heard_in_the_past_and_a_commission_reviewing_emails_are_no_channels() -> None:
    parsed = parse(
        "Row\n\nThe mayor was heard telling staff to leave, according to three people present. "
        "The emails were later reviewed by the Ethics Commission."
    )
    assert [(c.kind, c.leaked) for c in parsed.channels if c.kind in ("recording", "website")] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The firm thanked its long-time partner, Northwind Logistics.", "Northwind Logistics"),
        ("Ann Lee, councillor for the ward, Harbour View, said it was fine.", "Harbour View"),
        ("Police in Silver Creek, who declined to comment, were called.", "Silver Creek"),
        ("Lakeview Academy, whose staff were present, said nothing.", "Lakeview Academy"),
    ],
)
def test_places_and_firms_in_apposition_are_not_people(sentence: str, name: str) -> None:
    parsed = parse("Row\n\n" + sentence)
    assert [e.kind for e in parsed.entities if e.name == name] != ["person"]


def test_an_organisations_newsletter_does_not_make_it_an_outlet() -> None:
    parsed = parse("Row\n\nIt ran in the Lakeview Tenants Union newsletter.")
    assert [e.kind for e in parsed.entities if e.name == "Lakeview Tenants Union"] == [
        "organisation"
    ]


def test_officers_firing_back_at_a_car_say_nothing() -> None:
    assert parse("Row\n\nThe gunman shot at officers, who fired back at the car.").quotes == ()


def test_a_call_on_a_day_is_no_call_on_anyone() -> None:
    parsed = parse("Row\n\nThe recording was made by Ercan Kilic during a call on 24 September.")
    assert parsed.quotes == ()


def test_a_recorded_call_on_a_subject_is_no_call_on_anyone() -> None:
    parsed = parse(
        "Adviser resigns after secretly recorded call on road contracts airs on radio\n\n"
        "The adviser resigned on Tuesday."
    )
    assert parsed.quotes == ()


def test_a_host_welcoming_listeners_back_says_nothing() -> None:
    parsed = parse("Row\n\nThe jingle plays and the host welcomes listeners back.")
    assert parsed.quotes == ()


def test_a_firm_seeking_planning_permission_says_nothing() -> None:
    parsed = parse(
        "Row\n\nThe company was seeking outline planning permission for 180 homes. "
        "The mayor is seeking re-election."
    )
    assert parsed.quotes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, the administration offered them plots at a relocation site.",
        "The council offered the family a council home.",
    ],
)
def test_a_thing_offered_says_nothing(sentence: str) -> None:
    assert parse("Row\n\n" + sentence).quotes == ()


def test_an_apology_offered_and_an_offer_to_resign_are_statements() -> None:
    parsed = parse(
        "Row\n\nThe mayor offered them an apology. She offered to sell her house to the city."
    )
    assert [q.text for q in parsed.quotes] == ["them an apology", "to sell her house to the city"]


def test_someone_seeking_answers_on_funding_states_a_view() -> None:
    parsed = parse("Row\n\nThe union sought answers on the funding.")
    assert [q.text for q in parsed.quotes] == ["answers on the funding"]


def test_a_role_no_one_holds_inside_quotation_marks_is_no_one_in_the_text() -> None:
    parsed = parse(
        "Row\n\nAnn Moss fired Tom Reid on Monday. Lee Park said the firing was "
        '"the least the governor could do".'
    )
    assert "governor" not in {r for e in parsed.entities for r in e.roles}


def test_a_call_for_a_resignation_someone_made_is_no_call_for_it_here() -> None:
    parsed = parse(
        "Row\n\nHours after the farmers' call for her resignation, Ann Moss issued a statement."
    )
    assert parsed.quotes == ()


def test_a_frequency_word_opening_a_sentence_is_a_time() -> None:
    parsed = parse("Row\n\nThe row is in Port Hollis. Daily briefings resumed.")
    assert [t.value for t in parsed.times] == ["P1D"]


def test_posting_thanks_is_saying_something() -> None:
    assert [q.text for q in parse("Row\n\nAnn Lee posted her thanks to staff.").quotes] == [
        "her thanks to staff"
    ]


@pytest.mark.parametrize(
    ("sentence", "leaks"),
    [
        (
            "By Monday night the recording had been forwarded to teachers' WhatsApp groups.",
            [(None, "2019-12-09TNI")],
        ),
        (
            "The clip did the rounds on WhatsApp groups. The Courier published it on Monday.",
            [("Courier", "2019-12-09")],
        ),
    ],
)
def test_a_medium_going_round_with_no_one_named_is_a_leak_only_when_dated(
    sentence: str, leaks: list[tuple[str | None, str]]
) -> None:
    parsed = parse("Row\n\nAnn Moss called the teachers lazy in a voice note. " + sentence)
    assert [
        (
            parsed.entities[e.actor].name if e.actor is not None else None,
            parsed.times[e.time].value if e.time is not None else None,
        )
        for e in parsed.events
        if e.type == "leak"
    ] == leaks


def test_a_video_posted_by_no_one_named_is_the_leak() -> None:
    parsed = parse(
        "Row\n\nTom Reid apologized late Sunday after a video posted on TikTok showed him "
        'calling the fans "frauds."'
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.channels[leak.channel].name == "TikTok"  # type: ignore[index]


@pytest.mark.parametrize(
    "sentence",
    [
        "The groups raised more than $3 million from hedge fund billionaires.",
        "The organization has already raised at least $24 million for its Senate effort.",
    ],
)
def test_money_raised_says_nothing(sentence: str) -> None:
    assert parse("Row\n\n" + sentence).quotes == ()


def test_a_request_after_a_and_a_noun_is_a_noun_not_a_cue() -> None:
    parsed = parse(
        "Fire chief\n\nTelevision station KOVA obtained the recording through a public "
        "records request and aired it on its newscast Monday evening."
    )
    assert parsed.quotes == ()


def test_an_opening_participle_of_a_cue_verb_is_no_statement() -> None:
    parsed = parse(
        "Commons\n\nRaising the matter at trade questions in the Commons yesterday, the shadow "
        'trade secretary, Owain Prothero, said the minister had "put a cheap laugh first".'
    )
    assert [q.text for q in parsed.quotes] == [
        'the minister had "put a cheap laugh first"',
        "put a cheap laugh first",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Lindeque did not respond to questions sent to his office on Tuesday.",
        "Ms Hale has not replied to the letter.",
        "The club didn't comment on the report.",
    ],
)
def test_no_answer_is_no_statement(sentence: str) -> None:
    assert parse("Chief executive\n\n" + sentence).quotes == ()


@pytest.mark.parametrize(
    "body",
    [
        "The remarks came after the public part of the results call ended at 16:30.",
        "He spoke on a phone line that stayed open after the earnings call had ended.",
    ],
)
def test_a_cues_bare_form_before_a_verb_is_a_noun(body: str) -> None:
    assert parse("Headline\n\n" + body).quotes == ()


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("We demand detailed answers from the board.", "detailed answers from the board"),
        ("Critics call reported cases a scandal.", "reported cases a scandal"),
    ],
)
def test_a_cues_bare_form_before_an_adjective_is_still_a_verb(body: str, content: str) -> None:
    assert [q.text for q in parse("Headline\n\n" + body).quotes] == [content]


def test_what_a_question_asks_someone_to_do_is_no_statement() -> None:
    parsed = parse(
        "Headline\n\nAsked by one investor whether the company would offer tiered prices, "
        'Reto Gysling can be heard saying: "Tiered pricing is a public relations exercise."'
    )
    assert [q.text for q in parsed.quotes] == ["Tiered pricing is a public relations exercise."]


def test_a_portfolio_named_by_its_ing_noun_is_no_plan() -> None:
    parsed = parse(
        "Brno mayor suspends deputy's planning powers\n\nBrno's deputy mayor for planning, "
        "Ing. Zdenek Stastny, has been stripped of responsibility for the city's development."
    )
    assert parsed.quotes == ()


def test_calling_a_press_meet_is_no_statement() -> None:
    parsed = parse("Meet\n\nThe next day, Ram Basnet called a press meet at his ministry.")
    assert parsed.quotes == ()


def test_calling_the_meeting_a_farce_still_names_it() -> None:
    parsed = parse('Meet\n\nRam Basnet called the meeting "a farce" on Monday.')
    assert [q.text for q in parsed.quotes] == ["a farce"]


def test_a_chairman_calling_an_adjournment_says_nothing() -> None:
    parsed = parse(
        "Hearing\n\nAs the committee's chairman called a short adjournment, Tuilagi turned to "
        "the chief executive."
    )
    assert parsed.quotes == ()


def test_a_voice_someone_identified_as_a_persons_holds_no_view_of_theirs() -> None:
    parsed = parse(
        "Voice\n\nIn the recording, a voice the programme identified as Mansour's is heard "
        'saying: "These are people who buy one ticket."'
    )
    assert [q.text for q in parsed.quotes] == ["These are people who buy one ticket."]


def test_someone_who_has_not_commented_says_nothing() -> None:
    parsed = parse("Deputy\n\nTamas Fulop has not commented on the email.")
    assert parsed.quotes == ()


def test_a_portal_that_did_not_name_its_source_says_only_what_it_said() -> None:
    parsed = parse(
        "Portal\n\nThe portal, which did not name its source, said the email had been forwarded."
    )
    assert [q.text for q in parsed.quotes] == ["the email had been forwarded"]


def test_a_headline_with_a_run_of_spaces_before_over_parses() -> None:
    parsed = parse(
        'Minister defends   over leaked email calling staff "lazy"\n\nThe minister said.'
    )
    assert [q.text for q in parsed.quotes] == ["lazy"]


def test_midnight_on_a_named_day_is_that_days_start() -> None:
    parsed = parse(
        "Row\n\nThe clip was posted at midnight on Sunday. Later that morning, the mayor said"
        " she was sorry.",
        "2026-03-04",
    )
    assert [(t.text, t.value) for t in parsed.times] == [
        ("midnight on Sunday", "2026-03-01T00:00"),
        ("that morning", "2026-03-01TMO"),
    ]


def test_an_announcing_verb_with_an_aside_after_it_is_still_a_cue() -> None:
    parsed = parse(
        "Row\n\nThe company's chief executive, Jane Roe, confirmed on Tuesday, after weeks of"
        " speculation, that she would step down in June."
    )
    assert speaker_of(parsed, "she would step down in June") == "Jane Roe"


def test_a_video_a_group_posted_on_its_own_page_is_still_a_leak() -> None:
    parsed = parse(
        "Row\n\nIn a video posted on their Facebook page on Monday, the Hill Street Residents"
        ' Association showed Councillor Tom Reid telling a tenant to "get lost".',
        "2026-03-04",
    )
    assert [e.type for e in parsed.events if e.type == "leak"] == ["leak"]


@pytest.mark.parametrize(
    ("headline", "quote", "speaker"),
    [
        ("Mayor Tom Reid hands over dossier claiming rival lied", "rival lied", "Tom Reid"),
        (
            "Mayor Tom Reid defends rates rise of over 5%, saying it is needed",
            "rates rise of over 5%",
            "Tom Reid",
        ),
    ],
)
def test_a_headlines_over_of_a_verb_or_a_number_ends_nothing(
    headline: str, quote: str, speaker: str
) -> None:
    assert speaker_of(parse(f"{headline}\n\nThe mayor, Tom Reid, spoke."), quote) == speaker


def test_a_medium_an_outlet_had_obtained_leaves_the_leak_its_date() -> None:
    parsed = parse(
        'Row\n\nThe mayor was recorded calling traders "thieves". Radio Kaya aired the recording'
        " it had obtained from a council worker on Monday night.",
        "2026-03-04",
    )
    assert leak_of(parsed) == ("Radio Kaya", "2026-03-02TNI")


def test_a_resignation_sent_in_is_no_medium_sent() -> None:
    parsed = parse(
        "Row\n\nThe Courier said on Friday that Tom Reid had sent in his resignation in January,"
        ' and published a memo in which he called the budget "a mess".',
        "2026-03-04",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert remark.time is None


def test_a_weekday_one_off_near_the_publication_date_keeps_the_year() -> None:
    parsed = parse(
        "Row\n\nThe judge said the hearing would resume on Wednesday 5 March.", "2026-03-04"
    )
    assert [(t.text, t.value) for t in parsed.times] == [("Wednesday 5 March", "2026-03-05")]


def test_a_retailer_named_sports_is_no_outlet() -> None:
    parsed = parse("Row\n\nJD Sports said on Monday that profits had fallen.")
    assert not any(e.kind == "outlet" for e in parsed.entities)
    assert not any(e.type == "report" for e in parsed.events)


def test_then_and_a_role_after_a_name_is_no_apposition() -> None:
    parsed = parse("Row\n\nJane Doe first called Tom Reid, then the mayor.")
    [reid] = [e for e in parsed.entities if e.name == "Tom Reid"]
    assert "mayor" not in reid.roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What someone faces or plays is no fixture: the day is past.
        ("Two men face charges after a brawl outside a nightclub on Tuesday.", "2026-03-10"),
        ("Her face on Tuesday was splashed across every front page.", "2026-03-10"),
        (
            "Children play in the rubble of a school destroyed in the strike on 10 March.",
            "2026-03-10",
        ),
    ],
)
def test_a_present_of_facing_or_playing_does_not_move_a_day_ahead(body: str, expected: str) -> None:
    parsed = parse("Minister under fire\n\n" + body, published="2026-03-14")
    assert [t.value for t in parsed.times] == [expected]


def test_a_paper_that_can_reveal_something_reports_it() -> None:
    parsed = parse(
        "Minister under fire\n\nThe Guardian can reveal that the minister was recorded mocking"
        " voters at a private dinner in May."
    )
    assert speaker_of(
        parsed, "the minister was recorded mocking voters at a private dinner in May"
    ) == ("Guardian")


def test_it_after_a_paper_obtained_a_report_is_the_report_not_the_paper() -> None:
    parsed = parse(
        "Minister under fire\n\nThe Daily Clarion obtained a copy of the report on Monday. It said"
        " the agency had failed to act on repeated warnings."
    )
    assert speaker_of(parsed, "the agency had failed to act on repeated warnings") is None


def test_a_role_then_a_verb_in_s_is_no_plural_role() -> None:
    parsed = parse(
        "Senator caught on tape mocking voters\n\nSenator Jane Ross was recorded calling voters"
        ' "idiots". Her colleague Tom Wu defended her.\n\nThe senator chairs the finance'
        " committee and said on Monday she regretted the remarks."
    )
    assert speaker_of(parsed, "she regretted the remarks") == "Jane Ross"


def test_a_body_answering_by_publishing_a_transcript_leaks_nothing() -> None:
    parsed = parse(
        "Minister under fire over leaked recording\n\nThe Interior Ministry hit back on Monday,"
        " publishing a transcript of the call to show the minister had been misquoted."
    )
    assert not [e for e in parsed.events if e.type == "leak" and e.actor is not None]


def test_that_before_a_time_opens_no_clause_of_a_source() -> None:
    parsed = parse(
        "Minister under fire\n\nOn that day the chair of the board, Ann Lee, told reporters the"
        " recording was fake."
    )
    [quote] = parsed.quotes
    text = parsed.article.text
    assert text[quote.source_start : quote.source_end] in (
        "Ann Lee",
        "the chair of the board, Ann Lee,",
    )


def test_a_lawyer_for_someone_is_not_the_client_whose_lawyer_is_named() -> None:
    parsed = parse(
        "Officer suspended over leaked recording\n\nThe lawyer for a suspended police officer"
        " said on Monday that the recording had been doctored.\n\nTom Reed, whose lawyer has"
        " filed a complaint, was recorded in March mocking a colleague."
    )
    assert speaker_of(parsed, "the recording had been doctored") != "Tom Reed"


def test_a_paper_that_is_a_unit_of_a_company_publishes_itself() -> None:
    parsed = parse(
        "Minister under fire\n\nThe minister was recorded mocking voters.\n\nThe Wall Street"
        " Journal, a unit of News Corp, published the recording on Monday."
    )
    assert leak_of(parsed)[0] == "Wall Street Journal"


def test_minutes_later_ending_a_sentence_of_another_year_is_not_the_day_told() -> None:
    parsed = parse(
        "Minister under fire\n\nThe recording was published on Monday. It shows the minister at"
        " a 2019 rally, where he was heckled by protesters and left minutes later.",
        published="2026-03-14",
    )
    assert [t.value for t in parsed.times if t.text == "minutes later"] == []


def test_a_place_in_brackets_after_a_club_is_not_its_short_name() -> None:
    parsed = parse(
        "Club president caught on tape\n\nCarlos Ruiz, president of Club Deportivo Cobreloa"
        " (Calama), was recorded insulting a referee.\n\nPolice in Calama said they were aware."
    )
    assert not [m for m in parsed.mentions if m.text == "Calama" and m.kind == "organisation"]


def test_a_report_that_aired_is_a_noun_with_a_relative_clause() -> None:
    parsed = parse(
        "Minister under fire\n\nThe news report that aired on Tuesday included part of the"
        " recording."
    )
    assert parsed.quotes == ()


def test_that_opening_what_was_said_keeps_a_role_and_name_inside_it() -> None:
    parsed = parse(
        "Minister under fire\n\nShe said that the chair of the board, Ann Lee, told reporters"
        " the recording was fake."
    )
    assert not [q for q in parsed.quotes if q.text == "the chair of the board"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("EU leaders meet in Brussels on Thursday to discuss the budget.", "2026-03-19"),
        ("New Zealand face France on Sunday in the final.", "2026-03-15"),
    ],
)
def test_a_fixture_or_summit_in_the_present_is_to_come(body: str, expected: str) -> None:
    parsed = parse("Minister under fire\n\n" + body, published="2026-03-14")
    assert [t.value for t in parsed.times] == [expected]


def test_it_after_an_outlet_aired_a_recording_is_that_outlet() -> None:
    parsed = parse(
        "Minister under fire\n\nThe Daily Telegraph published the audio on Tuesday. It said it"
        " had obtained the recording from a party member."
    )
    assert speaker_of(parsed, "it had obtained the recording from a party member") == (
        "Daily Telegraph"
    )


def test_no_one_who_can_say_something_says_it() -> None:
    parsed = parse("Minister under fire\n\nNobody can say that the government has not tried.")
    assert parsed.quotes == ()


def test_someone_who_posted_their_own_video_did_not_leak_it() -> None:
    parsed = parse(
        "Minister under fire\n\nMayor Jane Doe, who posted a video on Facebook on Monday, said"
        " she would not resign."
    )
    assert [e.type for e in parsed.events if e.actor is not None] == ["statement"]


def test_a_role_before_a_verb_counting_its_object_keeps_its_mention() -> None:
    parsed = parse(
        "Senator caught on tape mocking voters\n\nSenator Jane Ross was recorded calling voters"
        ' "idiots".\n\nThe senator chairs two committees and said the bill would pass.'
    )
    assert speaker_of(parsed, "the bill would pass") == "Jane Ross"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "The ministry said the memo was fake, but an official who asked not to be named said"
            " it was genuine.",
            ["the memo was fake", "it was genuine"],
        ),
        (
            "Police said the man had been arrested in connection with a post in which he"
            " threatened the mayor.",
            [
                "the man had been arrested in connection with a post in which he threatened the"
                " mayor"
            ],
        ),
        (
            "A recording in which he says the contract will be given to his brother was aired on"
            " Monday.",
            ["the contract will be given to his brother"],
        ),
        (
            "A video in which the coach says the players must be kept as fresh as possible has"
            " drawn criticism.",
            ["the players must be kept as fresh as possible"],
        ),
    ],
)
def test_what_was_said_keeps_its_relative_clauses_and_objects(body: str, said: list[str]) -> None:
    parsed = parse("Row\n\n" + body)
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == said


def test_a_headlines_says_after_a_stances_object_is_the_stance_takers() -> None:
    parsed = parse(
        "Premier backs Lindgren, says leak was 'malicious'\n\nPremier Dale Ostrowski on Monday"
        " stood by his deputy, Sharon Lindgren."
    )
    [says] = [q for q in parsed.quotes if q.text == "leak was 'malicious'"]
    assert parsed.article.text[says.source_start : says.source_end] == "Premier"
    assert speaker_of(parsed, "leak was 'malicious'") != "Sharon Lindgren"


@pytest.mark.parametrize(
    ("after", "officer"),
    [
        (
            " The dinner was held at a golf club in Scottsdale. Its chairman, Tom Moyo, said"
            " members had not known that guests were filming it.",
            "Tom Moyo",
        ),
        (
            " Its executive director, Lydia Marquardt, said on Wednesday that she was stepping"
            " down to run for Congress.",
            "Lydia Marquardt",
        ),
    ],
)
def test_an_officer_of_another_body_or_on_another_matter_keeps_an_event(
    after: str, officer: str
) -> None:
    parsed = parse(
        "Kittredge caught on dinner video calling farms 'a hobby'\n\nIn the video, recorded at a"
        ' dinner, Russell Kittredge can be heard telling the guests: "That\'s a hobby."\n\nArizona'
        " Water Commons, a Tucson-based group, posted the video on X on Tuesday morning." + after
    )
    actors = [parsed.entities[e.actor].name for e in parsed.events if e.actor is not None]
    assert officer in actors


def test_the_body_an_unnamed_whistleblower_works_at_is_no_leaker() -> None:
    parsed = parse(
        "Row over memo\n\nA memo from the health minister warned that hospitals would run out of"
        " oxygen.\n\nA whistleblower at the Ministry of Health, the department responsible for the"
        " national vaccine programme and the purchase of medicines, posted the memo on X."
    )
    assert all(e.actor is None for e in parsed.events if e.type == "leak")


def test_a_platform_later_in_the_sentence_leaves_a_print_leak_in_print() -> None:
    parsed = parse(
        "Row over memo\n\nThe Herald published the leaked memo in its print edition on Monday"
        " after a copy was shared on Facebook."
    )
    assert [c.kind for c in parsed.channels if c.name == "Herald"] == ["print"]


def test_a_programmes_segment_is_still_on_air() -> None:
    parsed = parse(
        "Row over call\n\nA recording of the minister's call surfaced last week. On Monday night,"
        " the broadcaster KTN aired it on its late-night show's opening segment."
    )
    assert [(c.kind, c.name) for c in parsed.channels if c.name == "KTN"] == [("broadcast", "KTN")]


def test_an_aside_closed_before_the_verb_leaves_the_clauses_time_to_the_leak() -> None:
    parsed = parse(
        'Row\n\nIn a voice note, Mayor Dana Cole told rangers to "bring me four arrests a month".'
        "\n\nThe recording was forwarded last Friday to a community WhatsApp group, and on Monday"
        " the Mosi Courier, which is based in the town, published it on its website."
    )
    [courier] = [e for e in parsed.events if e.type == "leak" and e.actor is not None]
    assert courier.time is not None and parsed.times[courier.time].text == "Monday"


@pytest.mark.parametrize(
    ("body", "quote", "source"),
    [
        (
            "The coach went on to speak about the referee's decisions.",
            "the referee's decisions",
            "The coach",
        ),
        ('The banner read, "Stop the cuts."', "Stop the cuts.", "The banner"),
    ],
)
def test_speaking_that_happened_and_a_banner_that_read_have_their_sources(
    body: str, quote: str, source: str
) -> None:
    assert source_of(parse("Row\n\n" + body), quote) == source


@pytest.mark.parametrize(
    ("body", "said", "source"),
    [
        (
            "The Republican Liberty Caucus said the bill was unconstitutional.",
            "the bill was unconstitutional",
            "The Republican Liberty Caucus",
        ),
        (
            "Critics repeated calls for an independent inquiry, saying the police could not"
            " investigate themselves.",
            "the police could not investigate themselves",
            "Critics",
        ),
    ],
)
def test_a_party_word_in_a_bodys_name_and_repeated_calls_keep_their_sources(
    body: str, said: str, source: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert source_of(parsed, said) == source
    assert speaker_of(parsed, said) != "Liberty Caucus"


def test_a_post_by_a_named_account_did_not_go_round_unnamed() -> None:
    parsed = parse(
        'Row\n\nIn a voice note, the mayor told staff to "stop it".\n\nThe voice note was'
        " posted, by the account of the Mosi Courier, in a WhatsApp group on Saturday."
    )
    assert not [c for c in parsed.channels if "went round" in c.rule]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # The reporter's attribution set off by commas keeps its cue.
        (
            "The former aide, Ben Cole, spoke to the Echo on Monday. The mayor, he said, told"
            " him to delete the messages.",
            [("told him to delete the messages", "he")],
        ),
        (
            "Police, she said, had told the family nothing.",
            [("had told the family nothing", "she")],
        ),
        # A spokesman's, a lawyer's words after "whose" are theirs.
        (
            "The mayor, whose spokesman said last week that the audit was flawed, resigned.",
            [("the audit was flawed, resigned", "whose spokesman")],
        ),
        # A second perfect inside what was said stays in it.
        (
            "The union has said that staff are exhausted and the hospital has failed to hire"
            " enough nurses.",
            [
                (
                    "staff are exhausted and the hospital has failed to hire enough nurses",
                    "The union",
                )
            ],
        ),
        # ", as part of a plan", ", as the bank warned the public" are no second speaker.
        (
            "The chief executive said the firm would cut 500 jobs, as part of a plan announced"
            " the previous week.",
            [
                (
                    "the firm would cut 500 jobs, as part of a plan announced the previous week",
                    "The chief executive",
                )
            ],
        ),
        # A name right after the second speaker's verb.
        (
            "The board said the plan was dead, as the mayor insisted Holt had lied about it.",
            [("the plan was dead", "The board"), ("Holt had lied about it", "the mayor")],
        ),
        # Naming someone as what they are, however long the object.
        (
            "Police have named the man arrested after the attack as Jonas Weber, 34.",
            [("the man arrested after the attack as Jonas Weber, 34", "Police")],
        ),
    ],
)
def test_asides_and_clauses_that_are_no_new_speaker(body: str, said: list[tuple[str, str]]) -> None:
    parsed = parse("Row\n\n" + body)
    assert [(q.text, source_of(parsed, q.text)) for q in parsed.quotes] == said


def test_an_occasion_opening_the_sentence_before_is_where_the_words_were_said() -> None:
    parsed = parse(
        "Mayor apologises\n\nNora Kerr was heard on a live microphone on Sunday calling voters"
        ' "idiots".\n\nThe following morning Kerr spoke to reporters outside her home. "I said'
        ' things I regret," she said.',
        published="2026-03-14",
    )
    [quote] = [q for q in parsed.quotes if q.text == "I said things I regret"]
    assert quote.channel is not None
    assert parsed.channels[quote.channel].kind == "interview"


def test_a_letter_to_all_staff_that_was_leaked_stays_the_leaked_medium() -> None:
    parsed = parse(
        "Bank chief's letter leaked\n\nThe chief executive of Harbour Bank, Tom Reyes, wrote to"
        ' all staff last month that the bank was "in serious trouble". The letter was leaked to'
        " the Daily Clarion on Sunday.",
        published="2026-03-14",
    )
    assert [c.leaked for c in parsed.channels if c.name == "wrote to"] == [True]


@pytest.mark.parametrize(
    ("body", "leaker"),
    [
        # Someone appearing on a platform puts no medium out there.
        (
            'A recording of Mayor Dana Holt calling residents "parasites" was published by the'
            " Echo on Sunday.\n\nHours after the recording was published, Holt appeared on"
            ' Facebook Live to apologise. "I am sorry," she said.',
            ["Echo"],
        ),
        # Someone who shared what was going round did not leak it.
        (
            'In the clip, Mayor Dana Holt can be heard calling residents "parasites".\n\nThe clip'
            " went viral on X on Monday, shared by opposition leader Ben Ruiz.",
            [None],
        ),
    ],
)
def test_who_appeared_or_shared_is_no_leaker(body: str, leaker: list[str | None]) -> None:
    parsed = parse("Mayor row\n\n" + body, published="2026-03-14")
    assert [
        parsed.entities[e.actor].name if e.actor is not None else None
        for e in parsed.events
        if e.type == "leak"
    ] == leaker


def test_a_former_editor_speaks_for_himself_and_earlier_this_month_is_not_before_a_date() -> None:
    parsed = parse(
        'Mayor under fire\n\nMessages in which Mayor Dana Holt called residents "parasites" were'
        " published by the Echo on Sunday.\n\nIn 2024, opposition councillor Ben Ruiz accused"
        " Holt of bullying staff.\n\nEarlier this month, Holt told reporters she would never"
        " resign.\n\nPiers Lomax, the former editor of the Daily Mirror, said on Monday that the"
        ' messages were "a disgrace".',
        published="2026-03-14",
    )
    types = {
        parsed.entities[e.actor].name: (e.type, e.sequence)
        for e in parsed.events
        if e.actor is not None
    }
    assert types["Piers Lomax"][0] == "attack"
    assert types["Ben Ruiz"][1] is not None and types["Dana Holt"][1] is not None
    assert types["Ben Ruiz"][1] <= types["Dana Holt"][1]


@pytest.mark.parametrize(
    ("body", "said", "speaker"),
    [
        # A person's surname before "'s headquarters" stays the person.
        (
            "Donald Trump held a rally. Trump's headquarters were quiet on Monday. Trump said he"
            " would win.",
            "he would win",
            "Donald Trump",
        ),
        # "The Sunday Assembly" is no newspaper for a capital "The".
        (
            "Members of the group met on Tuesday. The Sunday Assembly said in a statement that"
            " it would not comment.",
            "it would not comment",
            "Sunday Assembly",
        ),
    ],
)
def test_names_beside_an_office_or_a_day_keep_their_kind(
    body: str, said: str, speaker: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert speaker_of(parsed, said) == speaker
    [event] = [e for e in parsed.events if parsed.entities[e.actor].name == speaker]
    assert event.type == "statement"


def remark_time(parsed: ParsedArticle) -> str | None:
    [remark] = [e for e in parsed.events if e.type == "remark"]
    return parsed.times[remark.time].value if remark.time is not None else None


CALL_LEAKED = (
    "Official's call\n\nCounty health chief Jared Onchiri has been suspended over a leaked "
    'recording of a phone call in which he is heard calling nurses "lazy".\n\n'
)


@pytest.mark.parametrize(
    "told",
    [
        # "they" are the nurses, "It" the plan: neither is the recording.
        "Nurses at the county hospital said they were sent on Friday to cover wards.",
        "The county's budget plan was drawn up last year. It was written in January by "
        "consultants.",
        # A closer date of another occasion: the meeting that suspended him.
        "The board meeting, chaired by Governor Ann Waweru, took place on October 30 and voted "
        "to suspend him.",
    ],
)
def test_what_other_things_were_made_or_held_does_not_date_the_remark(told: str) -> None:
    assert remark_time(parse(CALL_LEAKED + told, published="2026-11-04")) is None


def test_a_closer_date_of_another_occasion_does_not_date_the_remark() -> None:
    parsed = parse(
        CALL_LEAKED + "The call took place in October, according to the county. The board "
        "meeting took place on October 30 and voted to suspend him.",
        published="2026-11-04",
    )
    assert remark_time(parsed) == "2026-10"


MESSAGES_LEAKED = (
    "Board member's messages\n\nHospital board member Álvaro Benjumea has apologised for "
    'leaked messages in which he called nurses "a choir of complainers".\n\n'
)


@pytest.mark.parametrize(
    "told",
    [
        "The messages were written by Benjumea to a colleague and shared last week with the "
        "newspaper El Diario.",
        "The messages were written by Benjumea, and posted on Monday on X by a fellow board "
        'member who said he was "ashamed".',
        "The messages, posted in a nurses' Facebook group on Monday by a fellow board member, "
        "have caused outrage among staff.",
    ],
)
def test_the_leak_told_with_the_making_does_not_date_the_remark(told: str) -> None:
    assert remark_time(parse(MESSAGES_LEAKED + told, published="2026-11-06")) is None


VOICE_NOTE_PLAYED = (
    "Minister's voice note\n\nBEIRUT - Minister Samir Haddad has apologised for a leaked voice "
    'note in which he is heard calling depositors "a circus".\n\nLevant TV played the note in '
    "full in its news bulletin on Monday. "
)


def test_a_later_message_of_the_authors_does_not_date_the_leaked_one() -> None:
    parsed = parse(
        VOICE_NOTE_PLAYED + "His only reply so far was a message sent to party members on "
        'Tuesday, in which he said he regretted his "choice of words".',
        published="2026-02-12",
    )
    assert remark_time(parsed) is None


@pytest.mark.parametrize(
    ("told", "speaker", "kind"),
    [
        # Another's comment under the author's post is theirs, an event of its own.
        (
            'On Tuesday Haddad posted an apology on X. "I was wrong and I am sorry," he wrote.'
            '\n\n"You should resign," opposition MP Rima Khalil wrote under his post.',
            "Rima Khalil",
            "attack",
        ),
        # The author's own words put out with a video are his response.
        (
            '"I was wrong and I am sorry," Haddad said with a video posted on his Instagram '
            "account on Tuesday.",
            "Samir Haddad",
            "response",
        ),
    ],
)
def test_words_written_with_a_post_that_is_no_leak_keep_their_event(
    told: str, speaker: str, kind: str
) -> None:
    parsed = parse(VOICE_NOTE_PLAYED + told, published="2026-02-12")
    kinds = {parsed.entities[e.actor].name: e.type for e in parsed.events if e.actor is not None}
    assert kinds[speaker] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Central bank governor Karim Souaid on Tuesday called on depositors to be patient.",
        "Pope Leo called on Lebanese leaders to work together for the country's recovery.",
    ],
)
def test_an_appeal_that_asks_nothing_against_anyone_is_no_attack(sentence: str) -> None:
    parsed = parse(VOICE_NOTE_PLAYED + "\n\n" + sentence, published="2026-02-12")
    assert "attack" not in {e.type for e in parsed.events}


EMAILS = (
    "Leaked messages of police chief\n\nMessages from the police chief, Mark Jones, were "
    'published by the Herald on Monday. In them, Jones says the inquiry is "a farce".\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "The whistleblower, Sarah Kent, told a court that a newspaper had paid her for the "
            "messages.",
            [],
        ),
        (
            "On Tuesday the Herald's editor, Sarah Kent, told a parliamentary hearing the "
            "newspaper had verified the messages.",
            ["speech"],
        ),
    ],
)
def test_telling_a_court_or_a_hearing_about_a_newspaper_is_no_interview(
    sentence: str, kinds: list[str]
) -> None:
    parsed = parse(EMAILS + sentence, published="2026-03-14")
    assert [c.kind for c in parsed.channels if not c.leaked] == kinds


@pytest.mark.parametrize(
    ("body", "march"),
    [
        (
            "Thousands of police officers marched through Prague on Saturday. Novak, "
            'interviewed by Czech Television three days later, said the protesters had "a point".',
            "2026-03-14",
        ),
        (
            "About 300 teachers marched on the town hall on Friday evening. The union's leader, "
            'John Smith, later said the marchers were "sick of being insulted".',
            "2026-03-13TEV",
        ),
    ],
)
def test_a_march_told_before_does_not_date_what_was_said_later(body: str, march: str) -> None:
    parsed = parse(
        "Minister's remarks\n\nA recording of the interior minister, Karel Novak, was posted on "
        'YouTube on Tuesday. In it, Novak says the police are "underpaid".\n\n' + body,
        published="2026-03-14",
    )
    dated = [parsed.times[e.time].value for e in parsed.events if e.time is not None]
    assert march not in dated


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ('Hours later a spokesman called Reed\'s remarks "a private joke".', "a spokesman"),
        ('At a rally on Tuesday where a protester called Reed a "coward", he left.', "a protester"),
    ],
)
def test_called_after_a_subject_opening_its_clause_is_a_cue(sentence: str, said: str) -> None:
    parsed = parse("Senator's emails\n\n" + sentence)
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == said  # type: ignore[misc]


def test_a_leaked_memo_an_outlet_put_on_its_website_stays_a_document() -> None:
    parsed = parse(
        "Leaked memo shows bank planned job cuts\n\nA leaked memo, published on the Guardian's "
        "website on Monday, shows that Northbank's chief executive, Helen Frost, plans to cut "
        '2,000 jobs. In it, Frost writes that branches are "a relic".'
    )
    assert {c.kind for c in parsed.channels if "memo" in c.name} == {"document"}


def test_a_podcast_in_a_clause_after_publishing_is_not_where_it_was_published() -> None:
    parsed = parse(
        "Leaked tape of mayor\n\nThe Herald, a daily newspaper, published the recording on "
        "Friday after its reporters discussed it on their podcast. In the recording, the mayor, "
        'Ana Ruiz, says the teachers are "lazy".'
    )
    assert [c.kind for c in parsed.channels if c.name == "Herald"] == ["print"]


def test_a_day_with_a_forum_in_its_apposition_is_no_forum() -> None:
    parsed = parse(
        "Leaked video of governor\n\nA video of the governor, Rustam Minnikhanov, mocking "
        'teachers circulated in Kazan. In it, Minnikhanov says teachers are "parasites".\n\n'
        "The clip first appeared on Tuesday, the opening day of the forum, and was shared "
        "thousands of times."
    )
    assert "Tuesday" not in [c.name for c in parsed.channels]


def test_a_person_dropped_by_someone_stays_who_the_next_sentence_is_about() -> None:
    parsed = parse(
        "Leaked recording of coach\n\nA leaked recording of the Riverton coach berating a "
        "teenage player was posted on X on Sunday.\n\nThe 16-year-old player was dropped by "
        "head coach Dale Cooper after the match. He told friends that he had been "
        '"humiliated" in front of the squad.'
    )
    assert speaker_of(parsed, "humiliated") != "Dale Cooper"


def test_kim_before_a_surname_is_a_womans_name() -> None:
    parsed = parse(
        "Minister's leaked email\n\nHealth secretary Wes Streeting has been criticised over a "
        'leaked email in which he called junior doctors "greedy".\n\nLabour MP Kim Johnson, who '
        'chairs the health committee, said the email was "shocking". He said on Tuesday that it '
        'had been "taken out of context".'
    )
    assert speaker_of(parsed, "taken out of context") == "Wes Streeting"


def test_a_number_of_thousands_after_a_name_is_no_age() -> None:
    parsed = parse(
        "Cafe owners angry\n\nIn Puerto Libertad, 2,000 people marched on Sunday. Bodega Norte, "
        '1,800 members strong, said the decision was "unfair".'
    )
    assert ("Puerto Libertad", "person") not in {(m.text, m.kind) for m in parsed.mentions}


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The union has called for 1 May, International Workers' Day, to be made a public "
            "holiday.",
            "1 May, International Workers' Day, to be made a public holiday",
        ),
        ('Opposition leaders term the bill "a power grab".', "a power grab"),
        (
            'Maria Lopez said the memo was "an insult", and nurses deserved an apology.',
            'the memo was "an insult", and nurses deserved an apology',
        ),
    ],
)
def test_what_was_said_keeps_its_cue_and_its_whole_clause(sentence: str, said: str) -> None:
    assert said in [q.text for q in parse("Union demands\n\n" + sentence).quotes]


@pytest.mark.parametrize(
    ("body", "said", "speaker"),
    [
        (
            "Royal Bank of Canada economist Claire Fan said on Monday that rate cuts were likely."
            "\n\nThe Bank of Canada said in a statement that it would hold its key rate.",
            "it would hold its key rate",
            "Bank of Canada",
        ),
        (
            'The Texas Democratic Party said on Monday that the texts were "disgusting". The '
            "Democratic Party said in a statement that it would review its ties to the donor.",
            "it would review its ties to the donor",
            "Democratic Party",
        ),
    ],
)
def test_a_body_whose_name_ends_another_bodys_is_a_body_of_its_own(
    body: str, said: str, speaker: str
) -> None:
    assert speaker_of(parse("Rates\n\n" + body), said) == speaker


def test_a_ledes_role_held_by_one_named_later_is_not_given_to_someone_else_named_next() -> None:
    parsed = parse(
        "Councillor sorry\n\nA city councillor said Tuesday that she regretted calling tenants "
        '"parasites" in a recording that was posted online.\n\nTom Briggs, who chairs the '
        "tenants' association, said the apology came too late.\n\nCouncillor Jane Okafor has "
        "represented Ward 5 since 2018."
    )
    said = 'she regretted calling tenants "parasites" in a recording that was posted online'
    assert speaker_of(parsed, said) == "Jane Okafor"


def test_a_day_after_the_station_is_no_station() -> None:
    parsed = parse(
        "Voicemail aired\n\nIn a voicemail, club president Adrián Solari told an agent that her "
        'client "won\'t see another minute".\n\nThe agent handed the recording to Damián Lucero, '
        "who played it on his show on Radio Cardumen on Monday.",
        published="2026-03-12",
    )
    assert leak_of(parsed) == ("Damián Lucero", "2026-03-09")


@pytest.mark.parametrize(
    "sentence",
    [
        "Former judge Alan Crowe, who was removed from the bench in 2019, told the Ledger on "
        'Tuesday that the system was "rotten".',
        '"We never stopped believing," said Marcus Reid, who came on from the bench and scored.',
    ],
)
def test_from_the_bench_said_of_no_speaking_is_no_speech(sentence: str) -> None:
    assert "speech" not in [c.kind for c in parse("Row\n\n" + sentence).channels]


def test_an_outlet_reporting_on_anothers_scoop_leaked_nothing() -> None:
    parsed = parse(
        "Mayor's recording\n\nThe Harbour Herald published a recording on its website on Monday "
        'in which Mayor Tom Briggs calls residents "freeloaders".\n\nCBC News reported on it '
        "during its evening newscast on Tuesday.",
        published="2026-03-12",
    )
    assert leak_of(parsed) == ("Harbour Herald", "2026-03-09")


def test_a_judge_named_after_by_in_the_next_paragraph_is_not_the_ledes_judge() -> None:
    parsed = parse(
        "Recording ruled out\n\nThe judge said the evidence from the recording was "
        "inadmissible.\n\nThe case had first been heard by Judge Mary Holt, who stepped aside in "
        "May.\n\nJudge Peter Lang, who took it over, said the tape had been obtained unlawfully."
    )
    assert speaker_of(parsed, "the evidence from the recording was inadmissible") != "Mary Holt"


def test_a_recording_that_went_to_a_board_was_not_made_then() -> None:
    parsed = parse(
        "Chief suspended\n\nPolice chief Dana Morrow has been suspended over a leaked recording "
        'in which she calls officers "dead weight".\n\nThe recording went to the city\'s ethics '
        "board on March 2, weeks after it was made.",
        published="2026-03-12",
    )
    assert remark_time(parsed) is None


def test_a_leakers_later_interview_on_another_day_is_no_part_of_the_leak() -> None:
    parsed = parse(
        "Governor filmed\n\nIn a leaked video, Governor Bienvenu Lokondo is heard calling a "
        'senator "Madame GPS".\n\nOne of the guests, Patrick Ngoy Kasongo, posted the video on '
        "his Facebook page on Sunday afternoon.\n\nOn Wednesday, Mr Ngoy told reporters that he "
        "would run for the Senate next year.",
        published="2026-03-12",
    )
    types = [(e.type, e.actor) for e in parsed.events if e.actor is not None]
    assert len([t for t, _ in types if t != "remark"]) == 2


def test_a_date_someone_was_asked_to_act_on_long_ago_stays_in_the_past() -> None:
    parsed = parse(
        "Coach fired\n\nThe club asked Morales to resign on August 28, a week after a recording "
        'in which he called fans "idiots" was posted online.',
        published="2026-03-12",
    )
    assert [t.value for t in parsed.times if t.text == "August 28"] == ["2025-08-28"]


def test_an_irregular_verb_of_the_reported_clause_after_a_quotation_keeps_it_whole() -> None:
    parsed = parse(
        'Mayor\'s recording\n\nA recording in which the mayor says the money that was "set aside" '
        "went to his friends was aired on Tuesday."
    )
    assert 'the money that was "set aside" went to his friends' in [q.text for q in parsed.quotes]


def test_a_region_after_a_governor_of_a_province_is_no_person() -> None:
    parsed = parse(
        "Schools reopen\n\nThe governor of Hubei province, Central China, said on Tuesday that "
        "schools would reopen."
    )
    assert ("Central China", "person") not in {(m.text, m.kind) for m in parsed.mentions}


def test_a_video_which_appeared_genuine_was_not_leaked_for_it() -> None:
    parsed = parse(
        'Fake video\n\nA video of Mayor Tom Briggs calling voters "sheep" was fake, police said '
        "on Monday.\n\nThe video, which appeared genuine to many viewers, was made with an AI "
        "tool, police said."
    )
    assert "leak" not in [e.type for e in parsed.events]


def test_none_of_them_answering_says_nothing() -> None:
    parsed = parse("Door knocking\n\nNone of the neighbours answered when he rang the bell.")
    assert parsed.quotes == ()


def test_a_weekday_opening_a_sentence_about_what_will_be_stays_ahead() -> None:
    parsed = parse(
        "Councillor faces censure vote\n\nOn Friday, the council will vote on whether to censure "
        "him, the council leader, Ann Webb, said.",
        published="2026-03-14",
    )
    assert [t.value for t in parsed.times if t.text == "Friday"] == ["2026-03-20"]


@pytest.mark.parametrize(
    "second",
    [
        "The email that caused the row, which was leaked to the Daily Ledger, said branch "
        'closures would "clear out the dead weight".',
        'In a leaked email sent to all managers last month, Kell said branch closures would "clear '
        'out the dead weight". The Daily Ledger published the email on Sunday.',
    ],
)
def test_a_leaked_email_is_no_letter_of_apology_written_before_it(second: str) -> None:
    parsed = parse(
        "Bank chief apologises over remarks\n\nThe chief executive of Harbour Bank, Martin Kell, "
        "has written to all staff to apologise for remarks about branch workers.\n\n" + second
    )
    assert leaked_channel(parsed, "clear out the dead weight") is True


def test_a_letter_to_parents_to_explain_may_be_the_one_leaked() -> None:
    parsed = parse(
        "Head teacher's letter leaked\n\nThe head teacher of Greenfield Academy, Susan Hale, "
        "wrote to all parents on Friday to explain why six teachers had been suspended.\n\nThe "
        "letter, a copy of which was leaked to the Evening Post, said the teachers had "
        '"betrayed the children".'
    )
    assert "leak" in [e.type for e in parsed.events]


@pytest.mark.parametrize("firm", ["AIG Ireland", "DCP Midstream", "ASP Isotopes"])
def test_a_firm_whose_name_opens_with_a_police_ranks_initials_is_no_officer(firm: str) -> None:
    parsed = parse(f"Insurer settles claims\n\n{firm} said on Monday that it would pay in full.")
    assert "person" not in {e.kind for e in parsed.entities}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Executive Director, Media Rights Agenda, Edetaen Ojo, said on Monday that the arrest "
        'was "an assault on the press".',
        "Speaking in Abuja, the Chairman, Tata Sons, said the group would appeal.",
        "The chief executive of Kenya's largest airline, Kenya Airways, said on Monday that "
        "fares would rise.",
    ],
)
def test_a_body_named_after_a_title_is_no_person(sentence: str) -> None:
    parsed = parse("Group condemns arrest\n\n" + sentence)
    bodies = {"Media Rights Agenda", "Tata Sons", "Kenya Airways"}
    assert not {e.name for e in parsed.entities if e.kind == "person"} & bodies


def test_initials_that_open_a_bodys_own_name_stay_in_it() -> None:
    parsed = parse(
        "Watchdog criticises rollout\n\nThe AI Now Institute said on Monday that the rollout was "
        '"reckless". HR Magazine reported that staff had not been consulted.'
    )
    names = {e.name for e in parsed.entities}
    assert {"AI Now Institute", "HR Magazine"} <= names


def test_an_indefinite_subject_named_in_apposition_is_the_one_caught() -> None:
    parsed = parse(
        "MP apologises for remark about colleague\n\nA Labour MP, Rachel Owens, has apologised to "
        'Angela Pryce, a day after a microphone caught her calling the housing plan "a fantasy".'
    )
    assert speaker_of(parsed, "a fantasy") == "Rachel Owens"


def test_an_agent_named_after_an_opening_frame_is_not_the_ledes_subject() -> None:
    parsed = parse(
        'Striker sorry for slur\n\nThe Rovers striker said on Monday that he was "ashamed" of a '
        "slur he used in a video posted online.\n\nIn a statement, his agent, Tom Hale, said the "
        "player would attend anti-discrimination training."
    )
    assert speaker_of(parsed, "ashamed") != "Tom Hale"


def test_a_mayor_by_party_is_the_mayor_of_the_city_named_next() -> None:
    parsed = parse(
        "Mayor sorry for cyclist jibe\n\nThe Democratic mayor said on Monday that he was "
        '"deeply sorry" for calling cyclists a menace.\n\nBrandon Johnson, the mayor of Chicago, '
        "was recorded making the remark at a private dinner last week."
    )
    assert speaker_of(parsed, "deeply sorry") == "Brandon Johnson"


def test_a_firm_described_as_an_employer_is_no_person() -> None:
    parsed = parse(
        "Union condemns cuts\n\nUnion leader Ann Cole met managers on Monday.\n\nGranite Ridge, a "
        'major employer in the valley, has cut 300 jobs. She said the cuts were "brutal".'
    )
    assert speaker_of(parsed, 'the cuts were "brutal"') == "Ann Cole"


def test_a_daughters_livestream_is_no_bodys_leaked_stream() -> None:
    parsed = parse(
        "Senator heard mocking voters on daughter's stream\n\nSenator Ruth Alder was heard on her "
        'daughter\'s livestream on Saturday calling rural voters "hicks".\n\nThe state Senate '
        'streams its floor sessions live on its website. Alder said on Monday the remark was "a '
        'private joke".'
    )
    assert "leak" not in [e.type for e in parsed.events]


def test_hours_after_the_remarks_counts_from_the_live_words() -> None:
    parsed = parse(
        "Alderman heard on live stream\n\nWeydert was heard on the council's own live stream on "
        'March 5 describing commuters as "people who only come here to park".\n\nThe Esch City '
        "Council broadcasts its meetings live on its website.\n\nHours after the remarks, "
        'opposition councillor Anna Roth said Weydert should "apologise tonight".\n\nOn March 9, '
        "the Alzette Courier published the clip on its website."
    )
    assert parsed.conflicts == ()


def test_slides_shown_to_a_reporter_do_not_date_the_remark() -> None:
    parsed = parse(
        "Water chief calls leaked slide notes a staff 'draft'\n\nHaluk Erginsoy told a television "
        'channel on Wednesday that the notes were "a draft written by staff".\n\n"Repairs to be '
        'scheduled last," the note reads. An engineer showed the slides to a Yeni Korfez reporter '
        "in February, and the opposition daily published them on its website on Sunday evening."
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert remark.time is None


def test_a_facebook_group_administrator_is_no_facebook_group() -> None:
    parsed = parse(
        "Councillor's remark sparks anger\n\nCouncillor Mark Dale was recorded calling tenants "
        '"scroungers" at a meeting on Monday.\n\nThe Ledger spoke to Anna Berg, a Facebook group '
        'administrator, who said tenants were "furious".'
    )
    assert "social_media" not in {c.kind for c in parsed.channels}


def test_a_place_near_or_across_the_city_of_x_is_no_body() -> None:
    parsed = parse(
        "Bankers told to return\n\nTraders who work across the City of London were told to return "
        "to their desks. Jane Doe, who grew up near the City of Tampere, said it was unfair."
    )
    assert "organisation" not in {e.kind for e in parsed.entities if e.name.startswith("City")}


def test_a_named_critic_is_not_the_one_a_hot_mic_caught() -> None:
    parsed = parse(
        "Lawmaker seeks probe\n\nA local activist, Sam Reyes, demanded the resignation of "
        'Councillor Dan Cole after a hot mic caught him calling residents "trash".'
    )
    assert speaker_of(parsed, "trash") == "Dan Cole"


@pytest.mark.parametrize(
    "aside",
    ["which was obtained by the Evening Post", "first obtained by the Evening Post"],
)
def test_a_recordings_aside_before_the_name_that_opens_the_next_paragraph(aside: str) -> None:
    parsed = parse(
        "Councillor recorded mocking tenants\n\nA councillor was recorded calling tenants "
        f'"scroungers" at a private dinner.\n\nIn the recording, {aside}, Tom Reed can be heard '
        'laughing as he describes a tenant as "a parasite".'
    )
    assert speaker_of(parsed, "scroungers") == "Tom Reed"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The head of Turkey's central bank, Fatih Karahan, said the memo was a forgery.",
            "Fatih Karahan",
        ),
        (
            "Ndidi Okafor, a partner at a law firm in Lagos, was recorded saying judges could be "
            "bought.",
            "Ndidi Okafor",
        ),
        (
            "Ndidi Okafor, a close ally of the governor, was recorded saying judges could be "
            "bought.",
            "Ndidi Okafor",
        ),
        (
            '"No officer is above the law," IGP Egbetokun said in a statement on Sunday.',
            "Egbetokun",
        ),
        (
            "The Governor, Babajide Sanwo-Olu, Deputy Governor Obafemi Hamzat and the Speaker, "
            "Mudashiru Obasa, attended the meeting.",
            "Babajide Sanwo-Olu",
        ),
    ],
)
def test_a_person_named_after_a_role_or_rank_or_described_stays_a_person(
    sentence: str, name: str
) -> None:
    parsed = parse("Row\n\n" + sentence)
    assert {e.name: e.kind for e in parsed.entities}.get(name) == "person"


def test_calling_a_strike_by_a_name_is_speaking_of_it() -> None:
    parsed = parse(
        'Minister attacks strike\n\nMayor Lena Fors called the protest outside city hall "a '
        'disgrace to this city".'
    )
    assert speaker_of(parsed, "a disgrace to this city") == "Lena Fors"


def test_a_recording_holding_a_meeting_is_not_the_one_who_spoke_in_it() -> None:
    parsed = parse(
        "Recording leaked\n\nA recording obtained by the Herald captures a meeting in which Mayor "
        'Tom Reed called voters "idiots" and mocked his rival, saying she was "past it".'
    )
    assert speaker_of(parsed, 'she was "past it"') == "Tom Reed"


def test_the_speaker_over_the_weekend_is_still_the_speaker() -> None:
    parsed = parse(
        "Johnson under pressure\n\nHouse Speaker Mike Johnson is facing a revolt over the deal.\n\n"
        'The speaker over the weekend told reporters that he would not "back down to anybody".'
    )
    assert speaker_of(parsed, 'he would not "back down to anybody"') == "Mike Johnson"


def test_hours_after_the_comments_surfaced_counts_from_their_posting() -> None:
    parsed = parse(
        "Alderman heard on live stream\n\nWeydert was heard on the council's own live stream on "
        'March 5 describing commuters as "people who only come here to park".\n\nThe Esch City '
        "Council broadcasts its meetings live on its website.\n\nOn March 9, the Alzette Courier "
        "published the clip on its website.\n\nHours after the comments surfaced online, "
        'opposition councillor Anna Roth said Weydert should "apologise".'
    )
    assert parsed.conflicts == ()


def test_slides_the_author_showed_at_a_meeting_date_the_remark() -> None:
    parsed = parse(
        "Water chief calls leaked slide notes a staff 'draft'\n\nHaluk Erginsoy told a television "
        'channel on Wednesday that the notes were "a draft written by staff".\n\n"Repairs to be '
        'scheduled last," the note reads. Erginsoy showed the slides at a closed board meeting on '
        "February 12, and the opposition daily Yeni Korfez published them on its website on "
        "Sunday evening.",
        published="2026-03-14",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.times[remark.time].value == "2026-02-12"


def test_a_facebook_group_described_further_is_still_where_a_clip_was_posted() -> None:
    parsed = parse(
        'Clip posted\n\nCouncillor Tom Reed was recorded calling tenants "scroungers". A '
        "resident posted the clip to Meidan Turku, a Facebook group for residents of the city, "
        "on Monday."
    )
    assert "social_media" in {c.kind for c in parsed.channels}


def test_her_churchs_livestream_is_the_churchs() -> None:
    parsed = parse(
        "Pastor's remarks\n\nGrace Community Church streams its Sunday services live on YouTube."
        "\n\nPastor Ruth Ade was heard on her church's livestream telling worshippers that gay "
        'people were "sick".'
    )
    assert "leak" in [e.type for e in parsed.events]


def test_a_letter_to_all_staff_to_explain_his_comments_is_an_answer() -> None:
    parsed = parse(
        "Bank chief under fire over leaked email\n\nAn email in which Harbour Bank's chief "
        'executive, Martin Kell, called branch staff "dead wood" was leaked to the Evening Post on '
        "Monday.\n\nKell wrote to all staff on Tuesday to explain his comments.\n\nIn the letter, "
        'he said the remarks had been "taken out of context".'
    )
    assert leaked_channel(parsed, "taken out of context") is False


def test_that_night_shift_dates_nothing() -> None:
    parsed = parse(
        "Hospital row\n\nThe health minister, Wes Carter, said that night-shift nurses would get "
        "a pay rise."
    )
    assert parsed.times == ()


def test_an_email_from_the_city_of_x_is_the_citys() -> None:
    parsed = parse("Council row\n\nAn email from the City of Tampere said the plan was fine.")
    assert {e.name: e.kind for e in parsed.entities}.get("City of Tampere") == "organisation"


def test_parents_told_in_a_letter_that_the_school_would_close_heard_a_statement() -> None:
    parsed = parse(
        "School row\n\nParents were told in a letter from the head teacher, Anne Clay, that the "
        "school would close early."
    )
    assert "the school would close early" in [q.text for q in parsed.quotes]


def test_handwritten_notes_that_put_him_in_a_row_say_nothing() -> None:
    parsed = parse(
        "Row\n\nA coalition called for his suspension, hours after a newspaper published a second "
        "page of the handwritten notes that have put him at the center of a row."
    )
    assert "notes" not in {q.cue.text for q in parsed.quotes if q.cue is not None}


def test_those_whose_cars_were_stolen_still_claim() -> None:
    parsed = parse(
        "Row\n\nDrivers whose cars were stolen claim that police officers refused to investigate."
    )
    assert [q.text for q in parsed.quotes] == ["police officers refused to investigate"]


def test_an_excerpt_of_a_book_is_no_leaked_recording() -> None:
    parsed = parse("Memoir\n\nThe Atlantic published an excerpt of the book on its website.")
    assert "leak" not in [e.type for e in parsed.events]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "The hospital trust admitted patients had been put at risk.",
            "patients had been put at risk",
        ),
        (
            "The nurse admitted to the hospital inquiry that she had falsified records.",
            "she had falsified records",
        ),
        ("What he said was that the bank would close.", "was that the bank would close"),
    ],
)
def test_an_admission_and_a_pseudo_cleft_are_still_statements(body: str, said: str) -> None:
    assert said in [q.text for q in parse("Row\n\n" + body).quotes]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (
            "According to an internal statement obtained by Reuters, the board said the merger "
            "would be abandoned.",
            "Reuters",
        ),
        (
            "The Northern Courier posted the full recording on its website on Monday, a day "
            "after it was leaked on Telegram by an anonymous account.",
            "Northern Courier",
        ),
    ],
)
def test_an_outlet_that_obtained_a_statement_or_posted_on_its_website_leaked_it(
    body: str, outlet: str
) -> None:
    parsed = parse("Leak\n\n" + body)
    assert outlet in {
        parsed.entities[c.publisher].name
        for c in parsed.channels
        if c.leaked and c.publisher is not None
    }


def test_a_ledes_company_is_not_the_regulator_that_opens_the_next_paragraph() -> None:
    parsed = parse(
        "Firm fined\n\nA company has admitted breaching safety laws after a worker died, and "
        "said it had since changed its procedures.\n\nThe Health and Safety Executive said the "
        "death could have been prevented."
    )
    assert speaker_of(parsed, "it had since changed its procedures") is None


@pytest.mark.parametrize(
    "body",
    [
        "The party's new leader, the daughter of Juan Perez, said on Monday that she would unite "
        "the party. Juan Perez, who died in 2019, led it for years.",
        "After the commander of the Army's 3rd Division quit, Gen. John Smith said the unit had "
        "lost its discipline. The commander said she would unite the party.",
    ],
)
def test_a_relative_or_a_fronted_clause_is_no_apposition(body: str) -> None:
    assert speaker_of(parse("Row\n\n" + body), "she would unite the party") is None


@pytest.mark.parametrize(
    "body",
    [
        "In a leaked letter published in The Times, the defence secretary warned the chancellor "
        "that the army could not meet its commitments.",
        "In a letter published in January, the Law Society told the justice secretary that the "
        "reforms were unworkable.",
    ],
)
def test_only_a_letter_printed_by_a_named_paper_is_the_papers(body: str) -> None:
    parsed = parse("Letter\n\n" + body)
    assert [c.kind for c in parsed.channels if "letter" in c.name] == ["document"]


@pytest.mark.parametrize(
    "body",
    [
        "The candidate posted a picture of his family on Instagram and wrote that he was sorry.",
        "Asked about the ban on social media accounts for teenagers, the minister told reporters "
        "that parents had asked for it.",
    ],
)
def test_a_family_photo_and_a_ban_on_accounts_are_no_channel_of_what_was_said(body: str) -> None:
    parsed = parse("Row\n\n" + body)
    assert not any(c.kind == "document" or c.name == "social media" for c in parsed.channels)


def test_users_of_a_library_are_not_the_library() -> None:
    parsed = parse(
        "Library to close\n\nThe library will close in June. Library users said they had not "
        "been consulted."
    )
    assert speaker_of(parsed, "they had not been consulted") is None


def test_a_date_in_its_own_future_clause_after_a_comma_keeps_that_clause_tense() -> None:
    parsed = parse(
        "Prices\n\nEnergy prices rose sharply last year and, on 1 April, they will rise again, "
        "the regulator said.",
        published="2026-03-14",
    )
    assert "2026-04-01" in [t.value for t in parsed.times]


def test_the_police_playing_their_own_footage_for_reporters_leak_nothing() -> None:
    parsed = parse(
        "Bodycam\n\nThe police chief played the bodycam video for reporters on Thursday and "
        "said the officer had followed procedure."
    )
    assert not any(c.leaked for c in parsed.channels)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The alliance Greenpeace leads said it would sue.", "The alliance Greenpeace leads"),
        (
            "In a statement the rights group Amnesty International said it would sue.",
            "the rights group Amnesty International",
        ),
    ],
)
def test_a_bodys_kind_before_a_name_reaches_no_further(body: str, source: str) -> None:
    assert source_of(parse("Row\n\n" + body), "it would sue") == source


def test_told_residents_of_a_plan_keeps_the_plan() -> None:
    parsed = parse(
        "Buses\n\nThe mayor told residents of a plan that would double the number of buses."
    )
    assert "of a plan that would double the number of buses" in [q.text for q in parsed.quotes]


def test_an_army_commanders_son_is_not_the_commander() -> None:
    parsed = parse(
        "Army commander's son says leaked video is fake\n\nKelechi Obinwanne, 24, said on "
        "Monday that the video had been edited. His father, Commander Sotonye Kalio-Ngeri, "
        "did not comment."
    )
    assert speaker_of(parsed, "leaked video is fake") != "Sotonye Kalio-Ngeri"


def test_a_firm_after_by_described_as_a_detector_is_no_person() -> None:
    parsed = parse(
        "Fake audio\n\nThe clip was analysed by Reality Defender, a deepfake detector. Mayor Ann "
        "Reid said it was fake."
    )
    assert {e.name: e.kind for e in parsed.entities}.get("Reality Defender") != "person"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Today nobody from the ministry turned up.", "2026-03-14"),
        ("It circulated over the weekend of July 11, 2021.", "2021-W27-WE"),
    ],
)
def test_today_of_one_day_and_a_weekend_of_a_stated_year(body: str, value: str) -> None:
    parsed = parse("Row\n\n" + body, published="2026-03-14")
    assert [t.value for t in parsed.times] == [value]


def test_the_telegram_newspaper_is_no_messaging_platform() -> None:
    parsed = parse(
        "Row\n\nThe recording had been circulating in The Telegram & Gazette's pages since "
        "Friday, the mayor said."
    )
    assert not any(c.kind == "social_media" for c in parsed.channels)


def test_maj_without_a_period_is_a_given_name() -> None:
    parsed = parse("Books\n\nMaj Sjowall said the book was wrong.")
    assert speaker_of(parsed, "the book was wrong") == "Maj Sjowall"


def test_a_relative_clause_keeps_its_weekend() -> None:
    parsed = parse(
        "Roads\n\nThe mayor praised the road crews who worked over the weekend, saying they had "
        "done well."
    )
    assert "the road crews who worked over the weekend" in [q.text for q in parsed.quotes]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The coach who signed Lionel Pardo in 2019 says Pardo told him he wanted to retire.",
            "Pardo",
        ),
        (
            "The woman who filmed the clip posted it online and told reporters that the "
            "councillor had been drunk.",
            "The woman who filmed the clip",
        ),
    ],
)
def test_a_relative_clause_opening_a_sentence_is_no_source_past_its_own_verb(
    body: str, source: str
) -> None:
    parsed = parse(f"Row\n\n{body}")
    text = parsed.article.text
    assert [text[q.source_start : q.source_end] for q in parsed.quotes][-1] == source


def test_an_anonymous_officials_role_is_not_given_to_the_one_recorded() -> None:
    parsed = parse(
        "Row\n\nA senior official said on Thursday that the minister had been warned about "
        'the remarks.\n\nPaul Ekwueme was recorded calling farmers "lazy" at a dinner in '
        'January.\n\n"He knew exactly what he was doing," the official said.'
    )
    assert speaker_of(parsed, "He knew exactly what he was doing") != "Paul Ekwueme"


def test_a_colleagues_call_is_not_given_to_the_councillor_recorded() -> None:
    parsed = parse(
        "Row\n\nA city councillor on Tuesday called for a formal apology, days after a "
        'colleague was heard on a leaked recording calling tenants "scroungers".\n\nJohn '
        "Harlow, a councillor for the Northside ward, was recorded at a private party in "
        'January.\n\n"I was angry and I said something stupid," Harlow told the Evening Post.'
    )
    assert speaker_of(parsed, "a formal apology") != "John Harlow"


def test_a_private_letter_urging_something_may_still_be_the_leak() -> None:
    parsed = parse(
        "Minister's letter\n\nThe health minister wrote to the hospital board in March urging "
        "it to delay publishing the death figures, according to a copy of the letter obtained "
        'by the Daily Ledger.\n\n"We cannot afford this story before the election," the '
        "minister wrote."
    )
    assert any(c.leaked for c in parsed.channels if c.rule == "'wrote to' someone")


def test_a_person_going_out_live_on_a_broadcaster_is_no_leak() -> None:
    parsed = parse(
        "Memo row\n\nA leaked memo published by the Daily Ledger on Sunday suggested the "
        "minister knew of the losses.\n\nThe minister went out live on Channel 4 News on "
        'Monday night and said the memo was "a forgery".'
    )
    assert [c.kind for c in parsed.channels if c.leaked and c.kind == "broadcast"] == []


def test_a_demand_that_someone_set_up_an_inquiry_is_an_attack() -> None:
    parsed = parse(
        "Minister's remarks\n\nThe transport minister, Paul Ekwueme, was recorded calling "
        'farmers "lazy" at a private dinner, according to a recording leaked to the Daily '
        'Ledger on Friday.\n\n"The government must set up an independent inquiry into these '
        'remarks," the opposition leader, Ruth Adeyemi, said on Saturday.',
        published="2026-03-15",
    )
    assert {parsed.entities[e.actor].name: e.type for e in parsed.events if e.actor}[
        "Ruth Adeyemi"
    ] == "attack"


def test_sharing_a_stage_is_not_putting_the_medium_out() -> None:
    parsed = parse(
        "Director's remarks\n\nThe director, Hendra Lumbantobing, made the remarks during a "
        'Zoom meeting last week.\n\n"Don\'t waste your time being polite to the smallholders," '
        "Lumbantobing can be heard telling contractors in the clip.\n\nAkar Gambut, an "
        "environmental group, posted the clip on its website on Friday evening. Sharing the "
        "stage with farmers on Monday, the group said most farmers wanted the director to "
        "resign.",
        published="2026-03-11",
    )
    assert ("attack", "Akar Gambut") in [
        (e.type, parsed.entities[e.actor].name) for e in parsed.events if e.actor is not None
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The senator called for an independent review of the contract, as the opposition "
            "has done repeatedly, and said the minister should resign.",
            "an independent review of the contract",
        ),
        (
            "The mayor, Ana Ruiz, called for the vote to be postponed until the following day, "
            "saying councillors needed more time.",
            "the vote to be postponed until the following day",
        ),
        (
            "The union called for a national strike on Friday before the budget vote.",
            "a national strike on Friday before the budget vote",
        ),
    ],
)
def test_what_a_call_is_for_keeps_its_clauses_and_days(body: str, content: str) -> None:
    assert parse(f"Row\n\n{body}").quotes[0].text == content


def test_a_report_called_to_do_something_after_an_aside_is_a_call() -> None:
    parsed = parse(
        "Fees row\n\nThe report, released last week, called to scrap the fees for rural students."
    )
    assert [q.text for q in parsed.quotes] == ["to scrap the fees for rural students"]


def test_a_firm_set_off_after_a_role_is_no_person() -> None:
    parsed = parse("Ship row\n\nThe ship's owner, Maersk, said the crew were safe.")
    assert "Maersk" not in {e.name for e in parsed.entities if e.kind == "person"}


def test_people_of_a_platform_group_are_no_channel() -> None:
    parsed = parse(
        "Clip row\n\nThe reporter spoke to several Facebook group administrators, who said the "
        "clip had been shared widely after it was leaked."
    )
    assert [c.kind for c in parsed.channels if c.kind == "social_media"] == []


def test_an_interview_named_in_a_speakers_relative_clause_is_their_channel() -> None:
    parsed = parse(
        "Memo row\n\nA senior minister who was speaking in an interview with the Financial "
        "Times said the leaked memo was genuine."
    )
    assert [parsed.channels[q.channel].kind for q in parsed.quotes if q.channel is not None] == [
        "interview"
    ]


def test_a_ledes_critic_with_another_role_is_kept_when_only_the_author_holds_its_role() -> None:
    parsed = parse(
        "Row\n\nAn opposition MP on Tuesday called for the minister's resignation, days after "
        'Tory MP David Hollis was heard on a leaked recording calling nurses "lazy".\n\nJane '
        "Doe, Labour's health spokesperson, told the BBC that the remarks were \"an insult to "
        'every nurse in the country".'
    )
    assert speaker_of(parsed, "the minister's resignation") == "Jane Doe"


def test_hours_after_the_news_conference_names_no_one_by_the() -> None:
    parsed = parse(
        "Dean's recording\n\nA leaked recording published by the Daily Ledger on Monday caught "
        'the dean, Mónica Valdivia, calling students "parasites".\n\nValdivia told a news '
        'conference on Tuesday morning that the recording was "a caricature".\n\nOn Tuesday '
        "evening, the Ministry of the Interior said in a statement that it was monitoring the "
        "student protests.\n\nHours after the news conference, the student union's president, "
        "Percy Ccama, said the dean should resign.",
        published="2026-03-12",
    )
    ranks = {parsed.entities[e.actor].name: e.sequence for e in parsed.events if e.actor}
    assert ranks["Percy Ccama"] <= ranks["Ministry of the Interior"]


@pytest.mark.parametrize(
    "body",
    [
        "Coach Tomas Lind will stay in charge for the rest of the season, a club director said "
        "Sunday.\n\nStriker Marco Bellini scored twice as Vale beat Rovers 3-1 on Saturday.",
        "Finance Minister Kurt Vogel is expected to resign within days, a government minister "
        "said on Tuesday.\n\nOpposition Leader Petra Hahn has demanded a vote of no confidence.",
        'The leaked recording is "deeply embarrassing" for the council, a fellow councillor '
        "said Friday.\n\nCouncillor Brian Hale told the Gazette he had apologised to the "
        "residents he mocked on the recording.",
    ],
)
def test_an_unnamed_source_reporting_a_ledes_clause_is_no_one_named_next(body: str) -> None:
    parsed = parse(f"Row\n\n{body}")
    assert parsed.quotes[0].speaker is None


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            'A memo in which the chief executive told managers to "delete anything that was '
            'sent about the merger" was leaked to the Financial Review.',
            'managers to "delete anything that was sent about the merger"',
        ),
        (
            'A recording in which the mayor tells officials that the districts "can wait and '
            'were warned" has drawn calls for his resignation.',
            'the districts "can wait and were warned"',
        ),
    ],
)
def test_a_verb_inside_a_quotation_does_not_hide_the_main_verb_after_it(
    body: str, content: str
) -> None:
    assert parse(f"Row\n\n{body}").quotes[0].text == content


@pytest.mark.parametrize(
    "body",
    [
        "The Daily Courier reported the passage of the budget bill on Tuesday.",
        "The Maritime Gazette reported safe passage for the grain convoy on Friday.",
        "The Catholic Herald printed a passage from the bishop's 1998 book on Sunday.",
    ],
)
def test_a_bills_passage_or_a_books_is_no_leaked_medium(body: str) -> None:
    assert not [c for c in parse(f"Row\n\n{body}").channels if c.leaked]


def test_an_upload_to_a_platform_is_no_print() -> None:
    parsed = parse(
        "Councillor's remarks\n\nA recording of the councillor mocking residents was obtained "
        "by the Harbour Times.\n\nThe Harbour Times uploaded the recording to its YouTube "
        "channel on Friday."
    )
    uploads = [c.kind for c in parsed.channels if "uploaded" in c.rule]
    assert uploads and "print" not in uploads


def test_a_letter_said_to_be_obtained_before_it_is_named_is_still_the_leak() -> None:
    parsed = parse(
        "Minister's letter\n\nIn a letter obtained by the Guardian, the health minister wrote "
        "to the chancellor demanding that the hospital report be delayed until after the "
        "election."
    )
    assert [c.leaked for c in parsed.channels if c.rule == "'wrote to' someone"] == [True]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ('The Guardian reports the minister called the staff "useless".', "The Guardian"),
        ('The Ministry states the figures were "accurate".', "The Ministry"),
        (
            "A Kremlin spokesman said nothing, but the Kremlin questions whether the tape is "
            '"genuine".',
            "the Kremlin",
        ),
    ],
)
def test_a_singular_name_after_a_determiner_is_the_subject_of_its_verb(
    body: str, source: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert source in {source_of(parsed, q.text) for q in parsed.quotes if q.kind == "indirect"}


@pytest.mark.parametrize(
    "body",
    [
        "Councillor Jane Holt spoke at Monday night's council meeting and played a video of "
        'the flooded estate, saying the water board had been "asleep at the wheel".',
        "Councillor Jane Holt addressed the rally and played a video message from the party "
        'leader. "The water board has been asleep at the wheel," she said.',
    ],
)
def test_a_speaker_playing_another_video_at_her_own_speech_leaks_nothing(body: str) -> None:
    assert not any(c.leaked for c in parse("Row\n\n" + body).channels)


@pytest.mark.parametrize(
    "body",
    [
        "The president's microphone was still live on the podium when he called Fox News "
        'reporter Peter Doocy "a stupid son of a bitch".',
        "The cameras were still live on the floor of the chamber as Senator Ruth Adler told "
        'a Sky News producer that the bill was "dead on arrival".',
    ],
)
def test_an_outlet_named_after_a_live_microphones_place_broadcast_nothing(body: str) -> None:
    parsed = parse("Row\n\n" + body)
    assert not [c for c in parsed.channels if c.kind == "broadcast"]


@pytest.mark.parametrize("part", ["a subsidiary", "a division", "an arm", "a branch"])
def test_a_firm_described_as_part_of_a_group_is_no_person(part: str) -> None:
    parsed = parse(
        'Row\n\nCaptain Ola Berg was recorded calling dockers "lazy".\n\nTidewater Freight, '
        f'{part} of the Kaya Shipping Group, said the remarks were "deeply hurtful".\n\n'
        '"I regret it," he said later.'
    )
    assert "Tidewater Freight" not in {e.name for e in parsed.entities if e.kind == "person"}
    assert speaker_of(parsed, "I regret it") != "Tidewater Freight"


def test_a_body_described_by_its_kind_below_the_headline_is_not_any_body_of_that_kind() -> None:
    parsed = parse(
        "Minister row\n\nEducation Minister Jan Kowalski told a closed meeting that European "
        'Union funding was "wasted on lazy teachers", according to a recording obtained by '
        "Gazeta Poranna.\n\nThe national teachers' union said the remarks were \"an insult to "
        'every classroom".'
    )
    assert speaker_of(parsed, "an insult to every classroom") != "European Union"


def test_whether_or_names_two_ways_and_doubts_no_support() -> None:
    parsed = parse(
        'Tape row\n\nMayor Ana Ruiz was recorded calling the fire crews "a bunch of '
        'freeloaders". The tape was leaked to the Valley Herald on Monday.\n\n"Whether she '
        'stays or goes she has done a great job for this town," council leader Tom Reid said.'
    )
    reid = [
        e
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name == "Tom Reid"
    ]
    assert [e.type for e in reid] == ["defence"]


@pytest.mark.parametrize(
    "covered",
    [
        "a meeting of the provincial executive of the Green Alliance, which has held power in "
        "the province since 2009",
        "a meeting of the executive, whose chairman later held a launch party on 4 December",
    ],
)
def test_only_the_meeting_a_record_covers_being_held_dates_the_remark(covered: str) -> None:
    parsed = parse(
        f"Minutes row\n\nThe minutes record {covered}. In the draft, party secretary "
        'Anne-Sophie Mazeran is recorded as saying: "They are lazy."\n\nLe Journal des '
        "Rentes published extracts from the leaked draft on Thursday."
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert remark.time is None


def test_her_statement_is_hers_and_not_dated_by_anothers() -> None:
    parsed = parse(
        "Coroner row\n\nCoroner Raymond Kettleson apologized in a written statement Saturday "
        'evening for a voicemail in which he called a family "professional complainers."\n\n'
        "KQVB-TV aired the voicemail on Tuesday.\n\nMaria Ochoa, the family's lawyer, said in "
        'her statement that the apology was "too little, too late".'
    )
    [attack] = [e for e in parsed.events if e.type == "attack"]
    assert attack.time is None


@pytest.mark.parametrize(
    "body",
    [
        "Interior Minister Ivan Petrov posted a video on Telegram on Sunday, saying the "
        'protesters were "paid provocateurs".',
        "Interior Minister Ivan Petrov posted a short video in his WhatsApp group on Sunday, "
        'calling the protesters "paid provocateurs".',
    ],
)
def test_a_minister_posting_his_own_video_leaks_nothing_of_anyone_elses(body: str) -> None:
    parsed = parse("Row\n\n" + body)
    assert not [c for c in parsed.channels if c.leaked and c.publisher is None]


@pytest.mark.parametrize(
    "body",
    [
        'Residents told the council in writing that the new bins were "a disaster".',
        'Councillor Jane Holt told the council\'s chief executive that residents were "a rabble".',
        'Councillor Jane Holt told the council by phone that residents were "a rabble".',
    ],
)
def test_telling_the_council_in_writing_or_its_officer_is_no_sitting(body: str) -> None:
    assert "speech" not in {c.kind for c in parse("Row\n\n" + body).channels}


def test_a_letter_an_outlet_has_seen_came_out() -> None:
    parsed = parse(
        'Row\n\nMayor Jane Holt wrote to the council on Thursday demanding the "immediate '
        'sacking" of the planning chief. The Northern Echo, which has seen the letter, '
        "published extracts on Friday."
    )
    assert [c.leaked for c in parsed.channels if c.rule == "'wrote to' someone"] == [True]


@pytest.mark.parametrize(
    ("verb", "subject"), [("records", "A polling station official"), ("documents", "The official")]
)
def test_an_official_who_records_or_documents_is_still_the_subject(verb: str, subject: str) -> None:
    parsed = parse(
        f"Row\n\n{subject} {verb} each voter's name by hand and told reporters the new "
        'scanners were "a waste of money".'
    )
    assert source_of(parsed, 'the new scanners were "a waste of money"') == subject


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'The leader of the main opposition party Özgür Özel said the vote was "rigged".',
            "Özgür Özel",
        ),
        ('Speaking at the school Angela Rayner said teachers were "overworked".', "Angela Rayner"),
        (
            'In an address to the nation Joe Biden said the attack was "an act of war".',
            "Joe Biden",
        ),
    ],
)
def test_a_person_after_a_preposition_and_a_bodys_kind_is_still_the_subject(
    body: str, speaker: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert {speaker_of(parsed, q.text) for q in parsed.quotes} == {speaker}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Thandeka Mabuza, a University of Cape Town professor, had told the panel the "
            'figures were "made up". Mabuza later said so again.',
            "Thandeka Mabuza",
        ),
        ('Ivo Marek, a Yale and Harvard professor, said the plan was "a mess".', "Ivo Marek"),
    ],
)
def test_a_description_with_a_bodys_name_in_it_still_describes_a_person(
    body: str, person: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert (person, "person") in [(e.name, e.kind) for e in parsed.entities]


def test_a_company_told_of_after_the_body_told_is_not_that_body() -> None:
    parsed = parse(
        "Takeover\n\nActivist investors told the board Acme Holdings was undervalued. The board "
        "said it would review the offer."
    )
    assert speaker_of(parsed, "it would review the offer") != "Acme Holdings"


def test_a_headline_word_is_no_body_a_later_description_names() -> None:
    parsed = parse(
        "Charity row\n\nThe country director of the Danish aid charity Kinship Water Alliance "
        "has apologised. Hours later, the charity's headquarters in Copenhagen said in a "
        "statement that he had been suspended."
    )
    assert speaker_of(parsed, "he had been suspended") == "Kinship Water Alliance"


def test_a_vice_admiral_is_the_admiral() -> None:
    parsed = parse(
        "Navy row\n\nThe fleet commander, Vice Admiral Brad Cooper, told reporters the strikes "
        'were "only the beginning". Defence Secretary Pete Hegseth agreed.\n\nThe admiral said '
        "more ships would be deployed."
    )
    assert speaker_of(parsed, "more ships would be deployed") == "Brad Cooper"


def test_where_someone_was_is_no_part_of_their_name_before_the_auxiliary() -> None:
    parsed = parse(
        'Row\n\nDonald Trump at a rally in Ohio has been accused of calling migrants "animals".'
    )
    assert source_of(parsed, "animals") == "Donald Trump"


def test_a_venue_opening_with_kart_is_no_woman() -> None:
    parsed = parse('Row\n\nOfficials at Kart Planet Riga said the crash was "a freak accident".')
    assert all(e.gender != "f" for e in parsed.entities)


@pytest.mark.parametrize(
    "body",
    [
        "Officials in the Gulf states say the talks will resume next week.",
        "Voters in some Midwest states say the talks will resume next week.",
    ],
)
def test_a_plural_states_after_a_determiner_is_no_cue(body: str) -> None:
    assert [q.text for q in parse("Row\n\n" + body).quotes] == ["the talks will resume next week"]


@pytest.mark.parametrize(
    ("title", "role"), [("Deputy Mayor", "mayor"), ("Vice President", "president")]
)
def test_a_capitalised_deputys_rank_keeps_the_bare_role_for_the_holder(
    title: str, role: str
) -> None:
    parsed = parse(
        f"Row\n\nThe recording was leaked to the Redford Gazette on Monday. In it, the city's "
        f'{role}, Jane Holt, calls tenants "parasites".\n\nThe city\'s {title}, Tom Reid, said '
        f'the remarks were "indefensible".\n\nThe {role} said on Tuesday that she had been '
        '"misquoted".'
    )
    assert speaker_of(parsed, "misquoted") == "Jane Holt"


def test_a_one_word_body_named_in_the_text_is_the_one_its_word_names_again() -> None:
    parsed = parse(
        "Row\n\nPolice said they had received a complaint. The police said on Tuesday that no "
        "crime had been committed."
    )
    assert speaker_of(parsed, "no crime had been committed") == "Police"


def test_a_guest_a_premier_hosted_is_no_programme() -> None:
    parsed = parse(
        "Row\n\nPremier Doug Ford, who hosted Mark Carney at his residence on Friday, said the "
        'talks had been "productive". Carney later told reporters that the tariffs were '
        '"unjustified".'
    )
    assert speaker_of(parsed, "unjustified") == "Mark Carney"


def test_a_book_as_the_subject_of_what_was_written_keeps_the_statement() -> None:
    parsed = parse('Row\n\nIn a post on X, Smith wrote the book was "riddled with errors".')
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == [
        'the book was "riddled with errors"'
    ]


@pytest.mark.parametrize(
    "described",
    ["a longtime critic of the city council", "a tenant of the Eastfield housing association"],
)
def test_a_person_described_by_what_they_are_of_a_body_is_a_person(described: str) -> None:
    parsed = parse(
        f'Row\n\nTsegaye Berhanu, {described}, said the remarks were "cruel and calculated".'
    )
    assert speaker_of(parsed, "cruel and calculated") == "Tsegaye Berhanu"


def test_a_time_in_an_opening_relative_clause_stays_in_the_source() -> None:
    parsed = parse(
        "Row\n\nThe email was leaked to the Redford Gazette on Monday.\n\nThe officer who was "
        "suspended on Tuesday said he regretted the remark."
    )
    assert (
        source_of(parsed, "he regretted the remark") == "The officer who was suspended on Tuesday"
    )


@pytest.mark.parametrize(
    "played",
    [
        "the recording of the call",
        "a recording of the call",
        "her voicemail",
        "the clip from the dinner",
    ],
)
def test_a_recording_of_the_remarks_occasion_played_at_a_meeting_is_leaked(played: str) -> None:
    parsed = parse(
        'Row\n\nMayor Ana Ruiz was heard calling tenants "parasites". Councillor Tom Reid spoke '
        f"at Monday night's council meeting and played {played} in full."
    )
    assert [c.leaked for c in parsed.channels if c.kind == "speech"] == [True]


@pytest.mark.parametrize(
    "where", ["the BBC", "state broadcaster RTÉ", "the host broadcaster Saffron Sports"]
)
def test_microphones_live_on_a_described_broadcaster_leaked_there(where: str) -> None:
    parsed = parse(
        f"Row\n\nThe microphones were still live on {where} when the minister called the "
        'farmers "clowns".'
    )
    assert [(c.kind, c.leaked) for c in parsed.channels] == [("broadcast", True)]


def test_a_recording_posted_in_the_posters_own_group_is_still_leaked() -> None:
    parsed = parse(
        "Row\n\nHead teacher Mark Dunne was recorded at a parents' evening calling pupils "
        '"feral". '
        "Jane Cole, a parent, posted the recording the next morning in her WhatsApp group for "
        "Year 10 parents."
    )
    assert [c.leaked for c in parsed.channels if c.name == "WhatsApp"] == [True]


def test_a_meeting_the_minutes_record_held_on_a_day_with_no_comma_dates_the_remark() -> None:
    parsed = parse(
        "Minutes row\n\nThe minutes record a meeting of the party's regional executive held on "
        "the evening of 10 November. In the draft, party secretary Anne-Sophie Mazeran is "
        'recorded as saying: "They are lazy."\n\nLe Journal des Rentes published extracts from '
        "the leaked draft on Thursday.",
        published="2025-11-20",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.times[remark.time].value == "2025-11-10TEV"  # type: ignore[index]


def test_a_body_named_again_by_its_kind_and_a_word_of_its_name_is_that_body() -> None:
    parsed = parse(
        "Row\n\nThe Polish Teachers' Union condemned the remarks. The teachers' union said on "
        "Tuesday that it would strike."
    )
    assert speaker_of(parsed, "it would strike") == "Polish Teachers' Union"


def test_a_charity_named_in_apposition_to_its_kind_is_the_charity_later() -> None:
    parsed = parse(
        "Row\n\nThe charity, Kinship Water Alliance, said it was investigating. The charity said "
        "on Tuesday that the director had been suspended."
    )
    assert speaker_of(parsed, "the director had been suspended") == "Kinship Water Alliance"


def test_the_admiral_is_the_one_whose_rank_is_ungraded() -> None:
    parsed = parse(
        "Row\n\nThe head of the navy, Admiral Tony Radakin, was recorded calling the minister "
        '"clueless". Vice Admiral Brad Cooper said he had not heard it. The admiral said on '
        'Tuesday that he had been "misquoted".'
    )
    assert speaker_of(parsed, "misquoted") == "Tony Radakin"


@pytest.mark.parametrize(
    ("body", "channels"),
    [
        (
            'Senator Maria Lopez said from the Senate podium that the bill was "dead on arrival".',
            [("speech", "from the Senate podium")],
        ),
        (
            'Pedro Alves said he watched from the away bench as his side "lost all discipline".',
            [],
        ),
    ],
)
def test_only_a_chambers_seat_is_one_words_are_said_from(
    body: str, channels: list[tuple[str, str]]
) -> None:
    assert [(c.kind, c.name) for c in parse("Row\n\n" + body).channels] == channels


def test_extracts_printed_a_day_later_from_a_book_leak_nothing() -> None:
    parsed = parse(
        'Row\n\nChef Tom Reid called the dessert "a crime against food". The Daily Ledger printed '
        "extracts yesterday from Reid's new cookbook."
    )
    assert not any(c.leaked for c in parsed.channels)


def test_doubt_over_two_subjects_joined_by_or_is_still_doubt() -> None:
    parsed = parse(
        'Row\n\nMayor Ana Ruiz was recorded calling the fire crews "a bunch of freeloaders". The '
        'tape was leaked to the Valley Herald on Monday.\n\n"I am not sure whether staff or '
        'residents still have confidence in her," council leader Tom Reid said.'
    )
    reid = [
        e
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name == "Tom Reid"
    ]
    assert [e.type for e in reid] != ["defence"]


def test_her_statement_released_on_her_behalf_is_still_hers() -> None:
    parsed = parse(
        'Row\n\nMayor Ana Ruiz was recorded calling the fire crews "freeloaders". The tape was '
        "leaked to the Valley Herald on Monday.\n\nRuiz's lawyer, Tom Reid, released a statement "
        'on her behalf on Saturday evening. In her statement, Ruiz said she was "deeply sorry".',
        published="2026-03-16",
    )
    [response] = [e for e in parsed.events if e.type == "response"]
    assert parsed.times[response.time].value == "2026-03-14TEV"  # type: ignore[index]


@pytest.mark.parametrize("sitting", ["planning committee", "annual meeting"])
def test_the_councils_committee_or_meeting_is_a_sitting(sitting: str) -> None:
    parsed = parse(
        f"Row\n\nCouncillor Jane Holt told the council's {sitting} on Tuesday that residents "
        'were "a rabble".'
    )
    assert [c.kind for c in parsed.channels] == ["speech"]


def test_a_headlines_adverb_in_title_case_is_no_part_of_the_name() -> None:
    parsed = parse("Teachers' Union Angrily Says Minister Must Go\n\nThe union said so.")
    assert source_of(parsed, "Minister Must Go") == "Teachers' Union"


def test_a_programme_that_is_a_plan_is_no_broadcast() -> None:
    parsed = parse(
        "Row\n\nSpeaking on the cost-cutting programme of the BBC, union official Jane Holt said "
        'staff had been treated "with contempt".'
    )
    assert "broadcast" not in {c.kind for c in parsed.channels}


def test_calling_something_so_divisive_that_is_a_statement() -> None:
    parsed = parse(
        "Row\n\nThe mayor called the rally so divisive that it should never have been allowed."
    )
    assert [q.text for q in parsed.quotes] == [
        "the rally so divisive that it should never have been allowed"
    ]


def test_a_roles_body_after_at_stays_in_its_closed_apposition() -> None:
    parsed = parse(
        "Row\n\nJane Holt, the chief executive at Acme Holdings, has apologised for calling "
        'staff "lazy".'
    )
    assert source_of(parsed, "lazy") == "Jane Holt, the chief executive at Acme Holdings,"


def test_a_cricket_xi_is_no_person() -> None:
    parsed = parse("Row\n\nThe tourists will face a Victoria XI in Melbourne, the board said.")
    assert all(e.kind != "person" for e in parsed.entities)


def test_one_who_resigned_named_before_a_leaked_email_leaves_it_leaked() -> None:
    parsed = parse(
        "Row\n\nThe former official, who resigned in March, is named in an email leaked to the "
        'Evening Post in which he called nurses "lazy".'
    )
    assert [c.leaked for c in parsed.channels if c.name == "an email"] == [True]


@pytest.mark.parametrize(
    "body",
    [
        'The inspector reported the documents contained "serious errors".',
        'Investigators reported the cockpit recordings captured the pilots "arguing".',
    ],
)
def test_a_reported_clause_whose_subject_is_a_medium_is_still_reported(body: str) -> None:
    assert "indirect" in [q.kind for q in parse("Row\n\n" + body).quotes]


def test_two_days_later_counts_from_the_month_the_story_moved_to() -> None:
    parsed = parse(
        "Row\n\nThe minister defended the contract on Tuesday.\n\nIn January, the ministry "
        "received a complaint. Two days later, the ministry's adviser wrote to the minister.",
        published="2026-03-14",
    )
    [later] = [t for t in parsed.times if t.text == "Two days later"]
    assert later.value.startswith("2026-01")


def test_a_letters_own_date_is_no_other_event_that_leaked_it() -> None:
    parsed = parse(
        "Row\n\nThe chief executive apologised in a letter to all staff when the bonus figures "
        'became public, a copy of which was seen by the Evening Post. "I got this wrong," she '
        "wrote."
    )
    assert [e.type for e in parsed.events if e.type == "leak"] == []


def test_playing_down_a_recording_is_no_playing_of_it() -> None:
    parsed = parse(
        "Row\n\nA recording of the coach shouting at players was leaked to the Daily Ledger on "
        "Friday.\n\nRadio Sur, the club's official broadcaster, hit back on Saturday, playing "
        'down the recording as "an old tape".'
    )
    assert not [c for c in parsed.channels if c.name == "Radio Sur" and c.leaked]


def test_someones_pick_for_a_role_is_no_role_of_theirs() -> None:
    parsed = parse(
        "Row\n\nAnn Lee, who was Biden's pick for attorney general, said so. Attorney General "
        'Tom Reid was recorded calling her "naive".\n\nThe attorney general said on Monday that '
        'he had been "misquoted".'
    )
    assert speaker_of(parsed, "misquoted") != "Ann Lee"


def test_a_one_word_name_before_an_adjective_and_a_role_is_still_a_person() -> None:
    parsed = parse(
        "Village row\n\nSumarno, the newly elected head of Karangsari village, defended the"
        ' decision on Monday.\n\n"We followed the rules," Sumarno said.'
    )
    assert speaker_of(parsed, "We followed the rules") == "Sumarno"


def test_words_a_speaker_is_said_to_have_written_in_a_text_message_still_leaked() -> None:
    parsed = parse(
        "Mayor's leaked texts\n\nMayor Dana Whitfield is facing calls to resign after she"
        " disparaged the fire chief, saying in a text message to a council colleague that he"
        ' was "useless". The messages were obtained by the Valley Courier.'
    )
    assert [c.leaked for c in parsed.channels if c.name == "a text message"] == [True]
    assert "remark" in [e.type for e in parsed.events]


def test_a_newspaper_named_before_a_programme_is_no_station() -> None:
    parsed = parse(
        "Voicemail aired\n\nThe newspaper Diario Bético reported on Monday that Ignacio Montalvo"
        ' had called the coach "finished" in a voicemail to Lucía Olmo, a radio host in Seville.'
        "\n\nOlmo played the recording in full the following night on El Descuento, the"
        " station's late-night sports programme."
    )
    assert "report" in [e.type for e in parsed.events]


def test_an_operator_named_after_a_railway_station_is_no_outlet() -> None:
    parsed = parse(
        "Tube closure\n\nPassengers were evacuated from the Bank station, Transport for London,"
        " which runs the Underground, said on Friday."
    )
    assert [e.kind for e in parsed.entities if e.name == "Transport for London"] == ["organisation"]


def test_anothers_written_words_are_not_in_a_post_someone_answered_in() -> None:
    parsed = parse(
        "Mayor's reply\n\nMayor Dana Whitfield responded on Facebook to criticism of the"
        ' budget.\n\nCouncil member Rob Ellis was unconvinced. "The mayor is hiding the real'
        ' numbers," Ellis wrote.'
    )
    [quote] = [q for q in parsed.quotes if q.text.startswith("The mayor is hiding")]
    assert quote.channel is None


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # A medium before a clause of time is still cut from what was said.
        (
            "The director told managers to delete the files in an email sent to staff days"
            " before he was suspended.",
            ["managers to delete the files"],
        ),
        # A second verb of saying after a modal in what was said in the present.
        (
            "Critics say the plan will fail and warn that it could cost thousands of jobs.",
            ["the plan will fail", "it could cost thousands of jobs"],
        ),
        # A reaction inside a clause the speaker goes on with is part of it.
        (
            "The coach said his players had left the pitch, to jeers from their own supporters,"
            " without acknowledging the away end.",
            [
                "his players had left the pitch, to jeers from their own supporters, without"
                " acknowledging the away end"
            ],
        ),
        # A relative "that" after a column is no reported clause.
        (
            "Margaret Doyle spent four decades writing in a weekly column for the small"
            " newspaper that her family owned.",
            [],
        ),
        # What those told feared is not what they were told.
        (
            "The chief executive told nurses who feared that they would lose their jobs that no"
            " one would be made redundant.",
            [
                "nurses who feared that they would lose their jobs that no one would be made"
                " redundant"
            ],
        ),
        # "Nurses want to strike": what a subject wants to do, no object before it.
        (
            "The union wants the minister to resign. Nurses want to strike.",
            ["the minister to resign", "to strike"],
        ),
    ],
)
def test_where_reported_speech_ends_around_modals_reactions_and_offers(
    body: str, said: list[str]
) -> None:
    assert [q.text for q in parse("Row\n\n" + body).quotes] == said


@pytest.mark.parametrize(
    "body",
    [
        'Manager Dave Roberts said the bullpen had been "outstanding" all week.\n\n"We just'
        ' kept grinding," the catcher said.',
        "Referee Nigel Owens showed the red card in the 30th minute after a high tackle.\n\n"
        '"I never saw him coming," the flanker said afterwards.',
    ],
)
def test_a_position_is_no_manager_or_referee_named_before_it(body: str) -> None:
    parsed = parse("Game\n\n" + body)
    [quote] = [q for q in parsed.quotes if q.kind == "direct"]
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("headline", "body", "firm"),
    [
        (
            "Oil giant",
            "Saudi Aramco, the world's largest oil producer, said on Tuesday that output had"
            " fallen.\n\nThe producer said it would cut costs.",
            "Saudi Aramco",
        ),
    ],
)
def test_a_producer_of_goods_is_no_person(headline: str, body: str, firm: str) -> None:
    parsed = parse(f"{headline}\n\n{body}")
    assert [e.kind for e in parsed.entities if e.name == firm] == ["organisation"]


def test_what_the_speaker_made_no_attempt_to_retract_on_a_day_does_not_date_the_remark() -> None:
    parsed = parse(
        'Sheriff\'s remarks\n\nSheriff Curtis Mabry called a council member "a clown" in body'
        " camera footage.\n\nWBKQ-TV broadcast the footage on Tuesday. The remarks, which Mabry"
        " made no attempt to retract at a news conference on Nov. 20, drew calls for his"
        " resignation.",
        published="2026-03-14",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert remark.time is None


SATURDAY = "2026-03-14"


def parse_on_a_saturday(text: str) -> ParsedArticle:
    return parse(text, published=SATURDAY)


def test_a_report_on_an_evening_that_something_was_said_is_a_report() -> None:
    parsed = parse_on_a_saturday(
        "Mayor's texts\n\nThe Valley Courier reported on the evening of March 3 that Mayor Dana"
        ' Whitfield had called the fire chief "useless" in text messages.'
    )
    assert "report" in [e.type for e in parsed.events]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # A column's argument, whatever the clause's subject.
        (
            "The former minister attacked the plan, writing in a newspaper column that"
            " ministers had ignored the warnings.",
            "ministers had ignored the warnings",
        ),
        # A reaction, then where it was said: both the writer's.
        (
            "The minister said the policy would stay, to jeers from opposition benches, in a"
            " speech to parliament on Tuesday.",
            "the policy would stay",
        ),
        # "before the election" in the reported clause's subject.
        (
            "The senator said his comments in a message to supporters before the election had"
            ' been "a mistake".',
            'his comments in a message to supporters before the election had been "a mistake"',
        ),
        # Assurances offered are said.
        (
            "The health minister, Ann Moss, offered assurances that services would not be cut.",
            "assurances that services would not be cut",
        ),
        # Who those told are, past a verb in what they were told.
        (
            "The chief executive told nurses who had joined the strike that they would not be"
            " punished and that the hospital knew their pay was too low.",
            "they would not be punished and that the hospital knew their pay was too low",
        ),
    ],
)
def test_reported_clauses_after_columns_reactions_and_those_told(body: str, said: str) -> None:
    assert said in [q.text for q in parse_on_a_saturday("Row\n\n" + body).quotes]


def test_a_denial_in_a_video_on_ones_own_page_is_a_response() -> None:
    parsed = parse_on_a_saturday(
        "Mayor's leaked recording\n\nA secret recording of Mayor Dana Whitfield calling the fire"
        ' chief "useless" was leaked to the Valley Courier last week.\n\nWhitfield denied the'
        " claims on Monday, saying in a video posted on her Facebook page that the recording"
        ' had been "doctored".'
    )
    assert "response" in [e.type for e in parsed.events]


def test_a_reply_posted_by_she_is_hers_not_the_leaked_email() -> None:
    parsed = parse_on_a_saturday(
        "Producer's email\n\nFilm producer Subhankar Dastidar had called actress Ishani"
        ' Raychaudhuri "poison" in a leaked email.\n\nShe responded on Instagram the next'
        ' morning with a photograph of her contract. "Poison is a new one," the actress wrote.'
    )
    [quote] = [q for q in parsed.quotes if q.text == "Poison is a new one"]
    assert quote.channel is not None and parsed.channels[quote.channel].kind == "social_media"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            'Ignacio Montalvo called the coach "finished" in a voicemail, the local station Onda'
            " Giralda reported on Monday.",
            "Onda Giralda",
            "outlet",
        ),
        (
            "Police questioned Abir Chatterjee on Monday.\n\nChatterjee said he had done nothing"
            " wrong.",
            "Abir Chatterjee",
            "person",
        ),
    ],
)
def test_a_described_station_and_a_bengali_name_keep_their_kind(
    body: str, name: str, kind: str
) -> None:
    parsed = parse_on_a_saturday("Row\n\n" + body)
    assert [e.kind for e in parsed.entities if e.name == name] == [kind]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            'A leaked Dana Whitfield email calls the fire chief "useless" and "a clown".',
            "useless",
            "Dana Whitfield",
        ),
        (
            "Staff drank wine at the garden party Johnson attended in May 2020.\n\nJohnson said"
            " he had believed it was a work event.",
            "he had believed it was a work event",
            None,
        ),
        (
            'The captain, Ana Ruiz, defended the coach on Friday.\n\n"He was hurting like all of'
            ' us," the veteran flanker said.',
            "He was hurting like all of us",
            "Ana Ruiz",
        ),
        (
            "Kwame Mensah, a cocoa producer from Kumasi, said prices had collapsed.\n\nThe"
            " producer said he could not pay his workers.",
            "he could not pay his workers",
            "Kwame Mensah",
        ),
        (
            "Tin Valley Miners FC postponed Saturday's match after a roof collapse at the Carn"
            " Brea pit trapped four men.\n\nMiners said the shaft had been unsafe for months.",
            "the shaft had been unsafe for months",
            None,
        ),
    ],
)
def test_speakers_named_before_media_parties_positions_and_producers(
    body: str, quote: str, speaker: str | None
) -> None:
    assert speaker_of(parse_on_a_saturday("Row\n\n" + body), quote) == speaker


@pytest.mark.parametrize(
    ("body", "event", "value"),
    [
        (
            'Sheriff Curtis Mabry called a council member "a clown" in body camera footage.\n\n'
            "WBKQ-TV broadcast the footage on Tuesday. The remarks, which Mabry made to a"
            " deputy on Nov. 13, drew calls for his resignation.",
            "remark",
            "2025-11-13",
        ),
        (
            "The Daily Ledger published a recording on March 7 in which health minister Ann"
            ' Moss called nurses "greedy".\n\nMoss apologised in a statement on Saturday'
            ' afternoon, saying the remark was "wrong".',
            "response",
            "2026-03-14TAF",
        ),
    ],
)
def test_remarks_and_responses_are_dated_by_what_the_text_says(
    body: str, event: str, value: str
) -> None:
    parsed = parse_on_a_saturday("Row\n\n" + body)
    [found] = [e for e in parsed.events if e.type == event]
    assert found.time is not None and parsed.times[found.time].value == value


def test_a_rally_at_six_that_will_be_held_is_no_past_day() -> None:
    parsed = parse_on_a_saturday(
        "Library row\n\nThe council voted on Tuesday to close the library.\n\nCampaigners, who"
        " have fought closures since 2019, will hold a rally outside the town hall at 6 p.m."
    )
    assert [t.value for t in parsed.times if t.text == "6 p.m."] != ["2026-03-10T18:00"]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # A capitalised outlet before "that" is no relative clause's noun.
        (
            "The mayor resigned on Friday, saying in an interview with the BBC that she was"
            ' "exhausted".',
            'she was "exhausted"',
        ),
        # A message sent before something happened is how it is known.
        (
            'The chief told officers the protesters were "scum" in a WhatsApp message sent hours'
            " before the march was due to begin.",
            'the protesters were "scum"',
        ),
        # Teams and conferences call for things.
        (
            "Several teams called for the race to be stopped, saying conditions were dangerous.",
            "the race to be stopped",
        ),
        # Those told, who complained to him first: their words are no part of what he said.
        (
            "The chief told nurses who complained to him that they were exhausted that he could"
            " do nothing.",
            "nurses who complained to him that they were exhausted that he could do nothing",
        ),
        # An accusation one did not stop short of.
        ("The minister did not stop short of accusing the mayor of lying.", "the mayor of lying"),
    ],
)
def test_reported_clauses_after_outlets_messages_and_calls(body: str, said: str) -> None:
    assert said in [q.text for q in parse_on_a_saturday("Row\n\n" + body).quotes]


@pytest.mark.parametrize(
    "body",
    [
        "The firm offered staff and contractors new contracts after the strike.",
        "The Valley Courier has reported on the weekend's protests, which drew thousands.",
        "The chief executive told staff of the decision to close the plant.",
    ],
)
def test_what_was_offered_or_reported_on_is_no_statement(body: str) -> None:
    parsed = parse_on_a_saturday("Row\n\n" + body)
    assert [
        q for q in parsed.quotes if q.kind == "indirect" and q.text.startswith(("staff", "on"))
    ] == []


def test_a_leaked_email_dismissing_complaints_is_no_later_statement() -> None:
    parsed = parse_on_a_saturday(
        "Hospital chair's leaked emails\n\nLeaked emails obtained by the Northern Mercury show"
        " that the chair of the Lagan Valley Hospital Trust, Heather Cushnahan, mocked"
        " patients.\n\nIn February, Cushnahan dismissed complaints from patients' groups,"
        ' saying in an email to two directors that the patients were "noise".\n\nThe Mercury'
        " published the emails on Monday."
    )
    assert [e.type for e in parsed.events if e.type in ("remark", "statement", "response")] == [
        "remark"
    ]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            'Rovers striker Tom Hale scored twice on Saturday.\n\n"He dived," the City'
            " goalkeeper said after the match.",
            "He dived",
            None,
        ),
        (
            'A recording of Rovers coach Dean Harlow calling striker Marcus Bell "lazy" was'
            ' leaked on Friday.\n\nHe responded on Instagram the next morning.\n\n"I have nothing'
            ' more to say to him," Bell wrote.',
            "I have nothing more to say to him",
            "Marcus Bell",
        ),
        (
            "The mayor, the police chief Anna Berg and the fire chief Paul Kern met on Monday.\n\n"
            'The mayor told the Post that the meeting had been "useful".',
            'the meeting had been "useful"',
            None,
        ),
        (
            "The referees favoured the hosts over Tin Valley Miners FC on Saturday.\n\nMiners"
            ' said in a statement that the referee had been "a disgrace".',
            'the referee had been "a disgrace"',
            "Tin Valley Miners FC",
        ),
        (
            'In Graz, the new party Graz Offen said the vote had been "rigged".',
            'the vote had been "rigged"',
            "Graz Offen",
        ),
        (
            'The crew of the Russian station Mir said the leak had been "minor".',
            'the leak had been "minor"',
            None,
        ),
    ],
)
def test_speakers_of_posts_lists_clubs_parties_and_stations(
    body: str, quote: str, speaker: str | None
) -> None:
    assert speaker_of(parse_on_a_saturday("Row\n\n" + body), quote) == speaker


def test_a_posts_channel_is_not_anothers_written_words() -> None:
    parsed = parse_on_a_saturday(
        "Coach's recording\n\nA recording of Rovers coach Dean Harlow calling striker Marcus"
        ' Bell "lazy" was leaked to the Evening Post on Friday.\n\nHe responded on Instagram'
        ' the next morning with a photograph of the team.\n\n"I have nothing more to say to'
        ' him," Bell wrote.'
    )
    [quote] = [q for q in parsed.quotes if q.text.startswith("I have nothing")]
    assert quote.channel is None


def test_a_future_rally_at_six_is_on_the_day_named_for_it() -> None:
    parsed = parse_on_a_saturday(
        "Library row\n\nThe council will vote on the closure on March 20.\n\nCampaigners, who"
        " have fought closures since 2019, will hold a rally outside the town hall at 6 p.m."
    )
    assert [t.value for t in parsed.times if t.text == "6 p.m."] == ["2026-03-20T18:00"]


def test_a_platform_run_into_a_name_is_no_speaker() -> None:
    parsed = parse_on_a_saturday(
        "Mayor's message\n\nMayor Dana Whitfield is under pressure.\n\nA leaked Dana Whitfield"
        ' WhatsApp message calls the fire chief "useless".'
    )
    assert speaker_of(parsed, "useless") != "Dana Whitfield WhatsApp"


def test_a_swastika_is_no_given_name() -> None:
    parsed = parse_on_a_saturday(
        "Swastika Graffiti Found At Synagogue\n\nPolice said they were investigating."
    )
    assert [e.kind for e in parsed.entities if e.name.startswith("Swastika")] == []


def test_a_newspaper_whose_sentence_names_a_radio_host_is_no_station() -> None:
    parsed = parse_on_a_saturday(
        "Voicemail aired\n\nThe newspaper Diario Bético reported on Monday that a radio host in"
        " Seville, Lucía Olmo, had received a voicemail in which Ignacio Montalvo called the"
        ' coach "finished".\n\nOlmo played the recording in full the following night on El'
        " Descuento, the station's late-night sports programme."
    )
    assert "report" in [e.type for e in parsed.events]


def test_remarks_made_light_of_on_a_later_day_are_not_dated_by_it() -> None:
    parsed = parse_on_a_saturday(
        'Sheriff\'s remarks\n\nSheriff Curtis Mabry called a council member "a clown" in body'
        " camera footage.\n\nWBKQ-TV broadcast the footage on Tuesday. The comments, which Mabry"
        " later made light of in a radio interview on Wednesday, drew calls for his resignation."
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert remark.time is None or parsed.times[remark.time].value != "2026-03-11"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # A reaction, then when or where: the writer's, both.
        (
            'The premier told MPs that the opposition plan was "dead on arrival", to cheers from'
            " his backbenchers, on Wednesday.",
            'the opposition plan was "dead on arrival"',
        ),
        # What was offered for something is said.
        ("The firm offered an apology for late payments.", "an apology for late payments"),
        # Those told, of a body whose word is not a title's, then what to do.
        (
            "He told staff of the cleaning contractor to leave.",
            "staff of the cleaning contractor to leave",
        ),
    ],
)
def test_reported_clauses_before_when_or_where_and_offers(body: str, said: str) -> None:
    assert said in [q.text for q in parse_on_a_saturday("Row\n\n" + body).quotes]


def test_a_would_of_the_past_keeps_its_clock_times_on_the_day_told() -> None:
    parsed = parse_on_a_saturday(
        "March ends in clashes\n\nOrganisers said on Tuesday that the march would begin at 6"
        " p.m. from the central square.\n\nPolice said officers were attacked shortly after 8 p.m."
    )
    assert [t.value for t in parsed.times if "p.m." in t.text] == [
        "2026-03-10T18:00",
        "2026-03-10T20:00",
    ]


def test_a_resignation_letter_to_the_prime_minister_is_no_leaked_remark() -> None:
    parsed = parse_on_a_saturday(
        "Minister quits over leaked messages\n\nLeaked messages showed the minister had mocked"
        " colleagues.\n\nJane Porter resigned on Friday, saying in a letter to the prime minister"
        ' that she had "let the government down".'
    )
    porter = [
        e.type
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name == "Jane Porter"
    ]
    assert "remark" not in porter


def test_a_party_a_person_hosted_is_no_body() -> None:
    parsed = parse_on_a_saturday(
        "Row\n\nThe victory party Johnson hosted ran late. Johnson said it was fine."
    )
    assert [e.kind for e in parsed.entities if e.name == "Johnson"] != ["organisation"]
