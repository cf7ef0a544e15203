""" "Делегаты" stand for the visiting side, as "гости" do: a meeting of the delegates with officials left unnamed is
the delegation head's (sentences written for the test)."""

from tests.extract.readings import participants
from tests.extract.test_frames import extract


def test_the_delegates_met_unnamed_officials(extractor):
    a = extract(
        extractor,
        "Делегация Монголии во главе с заместителем министра иностранных дел Батбаяром Ганболдом завершила визит "
        "в Аргентину. Делегаты встретились с представителями аргентинского МИД и министерства сельского "
        "хозяйства.",
    )
    assert participants(a) == [["батбаяр ганболд"]]
