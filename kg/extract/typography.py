"""Stage 0: typographic repairs of the raw text that keep every character offset.

Outlets mistype in ways the models cannot read through: Latin or Greek letters inside Russian words
("Hиколай", "ИHТЕРФАКС", "аκимοм"), backslashes left by a converter at line ends ("Председатель\\ Госдумы"),
and surnames set in capitals ("Владимир ПУТИН", "Посол СТЕЙНАР ГИЛ"). Each repair replaces
characters one for one, so spans found on the repaired text are spans of the original.
"""

from __future__ import annotations

import re

from kg.extract.morph import parses

# Latin and Greek letters that look like Cyrillic ones, as typed into Russian words (some outlets mix Greek
# letters in on purpose: "аκимοм", "κонсулом")
_HOMOGLYPHS = str.maketrans("ABCEHKMOPTXaceopxyΑΒΕΗΚΜΟΡΤΧακορτχε", "АВСЕНКМОРТХасеорхуАВЕНКМОРТХакортхе")
_FOREIGN = "A-Za-zΑ-Ωα-ω"
# a word with letters of both scripts (only such words are looked at)
_MIXED_WORD = re.compile(
    rf"[{_FOREIGN}]*[А-Яа-яЁё]+[{_FOREIGN}][{_FOREIGN}А-Яа-яЁё]*|[{_FOREIGN}]+[А-Яа-яЁё][{_FOREIGN}А-Яа-яЁё]*"
)
_LATIN = re.compile(rf"[{_FOREIGN}]")
_LONE_HOMOGLYPH = re.compile(r"(?<=[А-Яа-яЁё,] )[ABCKOacoy](?= [А-Яа-яЁё])")
_CAPS_WORD = re.compile(r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?")
_VOWELS = set("АЕЁИОУЫЭЮЯ")
_GLUED_BULLET = re.compile(r"(?<=\w)[\U0001F300-\U0001FAFF\u2600-\u27BF](?=\ufe0f?[А-ЯЁA-Z])")
_GLUED_LABEL = re.compile(r"(?m)(?:^|(?<=\s))[a-z]{2,12}(?=[А-ЯЁ])")
_SHORTCODE = re.compile(r"\[([a-z_]+)[^\]\n]{0,40}\]([^\[\]\s]{1,3})\[/\1\](?=\w)")


def repair(text: str) -> str:
    """The text with its typographic slips repaired, character for character."""
    text = _MIXED_WORD.sub(_cyrillic_word, text)
    # "ужина c Президентом", "встреча o сотрудничестве": a one-letter Latin word between Russian ones is the
    # Russian preposition it looks like
    text = _LONE_HOMOGLYPH.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)
    text = re.sub(r"\\(?=\s)", " ", text)  # "Председатель\ Госдумы"
    # "imageВ Петрозаводске", "photoГлава": a page's Latin label glued to the line's first Russian word
    text = _GLUED_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    # "777Глава Республики ...": a page's counter glued to the line's first word
    text = re.sub(r"(?m)^\d{1,4}(?=[А-ЯЁ][а-яё]{2})", lambda m: " " * len(m.group(0)), text)
    # "[dropcap]К[/dropcap]онсульский": a page builder's shortcode around a first letter; the letter moves right,
    # next to the rest of its word, and the markup turns to spaces
    text = _SHORTCODE.sub(lambda m: " " * (len(m.group(0)) - len(m.group(2))) + m.group(2), text)
    # "Старовойта🔵В ходе встречи": a pictograph used as a bullet ends the line before it
    text = _GLUED_BULLET.sub("\n", text)
    text = _title_case_capital_names(text)
    # "Умару Яр’Адуа": an apostrophe joining two capitalised parts of a surname reads as its hyphen, which the
    # tokenizer keeps inside the word ("Кот-д’Ивуар", "О’Нил" are left as written)
    text = re.sub(r"\b([А-ЯЁ][а-яё]+)['’](?=[А-ЯЁ][а-яё])", r"\1-", text)
    # "о сотрудни-\nчестве", "сахалино-\nхоккайдские": a word a narrow column broke at its line's end
    text = _LINE_END_HYPHEN.sub(_word_across_lines, text)
    return _unwrapped_column(text)


_LINE_END_HYPHEN = re.compile(r"(?<![\w-])([А-Яа-яЁё]{2,}(?:-[А-Яа-яЁё]+)*|\d+)-\n([а-яё]+)(?![\w-])")


def _word_across_lines(m: re.Match) -> str:
    """The broken word made whole before its line's end, which moves after it: without the hyphen when the whole
    word is a known one ("сотрудничестве"), else with it ("сахалино-хоккайдские", "20-летию")."""
    first, rest = m.group(1), m.group(2)
    whole = (first + rest).lower().split("-")[-1]
    if not first.isdigit() and any(p.is_known for p in parses(whole)):
        return first + rest + "\n "
    return first + "-" + rest + "\n"


def _cyrillic_word(m: re.Match) -> str:
    word = m.group(0)
    fixed = word.translate(_HOMOGLYPHS)
    return word if _LATIN.search(fixed) else fixed  # a Latin letter with no Cyrillic twin: leave the word


def _title_case_capital_names(text: str) -> str:
    runs = [
        (line.start() + start, line.start() + stop)
        for line in re.finditer(r"[^\n]+", text)
        if re.search(r"[а-яё]", line.group(0))  # a headline set all in capitals is left as it is
        for start, stop in _capital_name_runs(line.group(0))
    ]
    for a, b in runs:
        text = text[:a] + _title(text[a:b]) + text[b:]
    return text


def _capital_name_runs(line: str) -> list[tuple[int, int]]:
    """Runs of capitalised words that are names: one after a first name or an initial ("Владимир ПУТИН",
    "В.ПУТИН"), or two and more together that are no abbreviations ("Посол СТЕЙНАР ГИЛ")."""
    words = list(_CAPS_WORD.finditer(line))
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and line[words[j].end() : words[j + 1].start()] == " ":
            j += 1
        run = words[i : j + 1]
        plain = not any(_abbreviation(w.group(0)) for w in run) and any(len(w.group(0)) >= 3 for w in run)
        several = len(run) >= 2 and any(_name_like(w.group(0)) for w in run)
        if plain and (several or _after_first_name(line, run[0].start())):
            runs.append((run[0].start(), run[-1].end()))
        i = j + 1
    return runs


def _after_first_name(line: str, start: int) -> bool:
    before = line[:start]
    if re.search(r"(?:^|[\s(])[А-ЯЁ]\.\s?$", before):
        return True  # "В.ПУТИН", "В. ПУТИН"
    m = re.search(r"([А-ЯЁ][а-яё]+)\s$", before)
    if m is None or m.group(1).lower() in _TITLES_SPELT_AS_NAMES:
        return False
    # "Владимир ПУТИН"; "Хамфрей ГЕЙСЕБ", "Кристиан Рабие БОТА": a foreign first name the dictionary does not know
    # (a known common word before capitals, "Посол МИД", is no first name)
    return any("Name" in p.tag and p.is_known for p in parses(m.group(1).lower())) or (
        len(m.group(1)) >= 3 and not any(p.is_known for p in parses(m.group(1).lower()))
    )


# a title that is also a first name: "Аким ВКО" is the head of a region, not Аким Вко
_TITLES_SPELT_AS_NAMES = frozenset(["аким"])


def _abbreviation(word: str) -> bool:
    """ "МИД", "ОДКБ", "США", "РФ", "ТАСС", "ВКО": an abbreviation or a body's name, by its letters or the
    dictionary."""
    if not _VOWELS & set(word) or (len(word) == 3 and not _VOWELS & set(word[:2])):
        return True
    found = parses(word.lower())
    # a guessed place ("СИЛВОЙ" read as a town in the instrumental) is no evidence, nor a guessed abbreviation of
    # a long word ("ЙОРАН"); a short one ("ОДКБ") is
    return any(
        (p.is_known or len(word) <= 4)
        and "Abbr" in p.tag.grammemes
        or p.is_known
        and {"Orgn", "Geox"} & p.tag.grammemes
        for p in found
    )


def _name_like(word: str) -> bool:
    """Unknown to the dictionary, or known as a name ("ПУТИН", "СТЕЙНАР"), not a common word ("ВАЖНО")."""
    found = parses(word.lower())
    return not any(p.is_known for p in found) or any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for p in found
    )


def _title(words: str) -> str:
    return re.sub(r"[А-ЯЁ]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), words)


# a line that ends a sentence (or a list's item, or announces one)
_ENDS_SENTENCE = re.compile(r"[.!?…:;][»\"”)]*\s*$")
_COLUMN_WIDTH = 45


def _unwrapped_column(text: str) -> str:
    """A text set in a narrow column (a magazine's or a PDF's page: short lines broken inside sentences, most of
    them going on in lower case) as running text: every line break inside a sentence turns to a space."""
    lines = text.split("\n")
    inside = [
        n
        for n in range(len(lines) - 1)
        if lines[n].strip()
        and lines[n + 1].strip()
        and len(lines[n].strip()) <= _COLUMN_WIDTH
        and not _ENDS_SENTENCE.search(lines[n])
    ]
    lower = sum(1 for n in inside if re.match(r"\s*[а-яё]", lines[n + 1]))
    if len(inside) < 6 or lower < 0.6 * len(inside):
        return text
    breaks = set(inside)
    return "".join(line + (" " if n in breaks else "\n") for n, line in enumerate(lines))[:-1]
