"""Class codes: the key a teacher's report is built on."""

import pytest

from teaching.classcode import ClassCodeError, code_in_text, normalize_class_code


@pytest.mark.parametrize("text,code", [
    ("my class code is HIST7", "HIST7"), ("class code: hist-7a", "HIST-7A"), ("our code is GEO9B.", "GEO9B"),
    ("I'm in class Y9HIST", "Y9HIST"), ("hello there", None),
])
def test_class_code_in_text(text, code):
    assert code_in_text(text) == code


@pytest.mark.parametrize("text,words", [
    ("my class code is $$$", "'$$$' is not a valid class code"),
    ("my class code is 7", "'7' is not a valid class code"),
    ("my class code is", "didn't catch the code"),
    ("class code is averyveryverylongcode", "not a valid class code"),
])
def test_bad_class_codes_get_one_clear_line(text, words):
    with pytest.raises(ClassCodeError) as info:
        code_in_text(text)
    assert words in str(info.value) and "HIST7" in str(info.value) and "\n" not in str(info.value)


def test_normalize():
    assert normalize_class_code(" hist7 ") == "HIST7"
    with pytest.raises(ClassCodeError):
        normalize_class_code("7HIST")
