"""``--json`` / ``--print`` resolve a related link written as a bare file name as the reader follows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newstui
from newstui.corpus import resolve_links
from newstui.link_match import file_link_id
from newstui.model import Article, Link

VALLEY = os.path.join(os.sep, "news", "valley")
RIVER = os.path.join(os.sep, "news", "river")


def _story(number: int, folder: str, *links: Link) -> Article:
    """A story of file ``<number>_story.txt`` in ``folder`` (its own headline), with ``links``."""
    origin = os.path.join(folder, f"{number}_story.txt")
    title = f"خبر رقم {number} عن مشروع {'الوادي' if folder == VALLEY else 'النهر'} الجديد"
    return Article(id=f"{os.path.basename(folder)}-{number}", title=title, origin=origin, related=links)


CASES = [
    ("same-folder", [_story(1, VALLEY, Link("2_story.txt")), _story(2, VALLEY)], "valley-2"),
    ("spaces-around", [_story(1, VALLEY, Link(" 2_story.txt ")), _story(2, VALLEY)], "valley-2"),
    ("named-by-url", [_story(1, VALLEY, Link("التقرير الكامل", url="2_story.txt")), _story(2, VALLEY)], "valley-2"),
    ("loaded-after-its-link", [_story(2, VALLEY), _story(1, VALLEY, Link("2_story.txt"))], "valley-2"),
    ("not-loaded", [_story(1, VALLEY, Link("3_story.txt")), _story(2, VALLEY)], None),
    ("other-folder", [_story(1, VALLEY, Link("2_story.txt")), _story(2, RIVER)], None),
    ("own-file", [_story(1, VALLEY, Link("1_story.txt")), _story(2, VALLEY)], None),
    ("a-path", [_story(1, VALLEY, Link("../valley/2_story.txt")), _story(2, VALLEY)], None),
    ("not-a-story-file", [_story(1, VALLEY, Link("2_story.pdf")), _story(2, VALLEY)], None),
]


@pytest.mark.parametrize(("articles", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_resolve_links_file_name(articles: list[Article], expected: str | None) -> None:
    """The target ``resolve_links`` gives is the story the reader opens (``file_link_id``), never the linker."""
    resolved = resolve_links(articles)
    linker = next(article for article in resolved if article.related)
    link = linker.related[0]
    assert link.target == expected
    reader = file_link_id(link, linker.origin, resolved)
    assert link.target == (reader if reader != linker.id else None)


def test_first_story_of_a_file_and_other_targets_kept() -> None:
    """A file of two stories leads to its first; a link resolved by title keeps its target."""
    first = Article(id="two-0", title="خبران في ملف واحد: الأول", origin=os.path.join(VALLEY, "2_story.txt"))
    second = Article(id="two-1", title="خبران في ملف واحد: الثاني", origin=os.path.join(VALLEY, "2_story.txt"))
    linker = _story(1, VALLEY, Link("2_story.txt"), Link(second.title), Link("2_story.txt", target="two-1"))
    resolved = resolve_links([linker, first, second])
    assert [link.target for link in resolved[0].related] == ["two-0", "two-1", "two-1"]


STORY = """صحيفة الوادي – محليات

{title}

قالت البلدية اليوم إن العمل في المشروع سيبدأ الأسبوع المقبل بعد موافقة المجلس على الخطة.

وأضافت أن المرحلة الأولى ستنتهي قبل نهاية العام الحالي.

مقالات ذات صلة

{links}
"""


def _write(folder: Path, name: str, title: str, *links: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    listed = "\n".join(f"  • {link}" for link in links)
    (folder / name).write_text(STORY.format(title=title, links=listed), encoding="utf-8")


def _json(*sources: Path) -> dict[str, Any]:
    """``newstui --json`` (the copy these tests import) on ``sources``."""
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80", "PYTHONPATH": str(Path(newstui.__file__).parents[1])}
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", *map(str, sources)],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def _targets(data: dict[str, Any], name: str) -> dict[str, str | None]:
    """The targets of the links of the story of file ``name``, by link title, as origins of the stories."""
    origins = {article["id"]: os.path.basename(article["origin"]) for article in data["articles"]}
    story = next(article for article in data["articles"] if os.path.basename(article["origin"]) == name)
    return {link["title"]: origins.get(link["target"]) for link in story["related"]}


def test_cli_json_folder(tmp_path: Path) -> None:
    """A folder: the bare name of a file of it leads to that file's story; a missing file's name to none."""
    news = tmp_path / "news"
    _write(news, "01_story.txt", "البلدية تعلن موعد افتتاح الجسر الجديد فوق النهر", "02_story.txt", "09_story.txt")
    _write(news, "02_story.txt", "افتتاح سوق جديد للمزارعين في ضواحي العاصمة", "01_story.txt")
    data = _json(news)
    assert _targets(data, "01_story.txt") == {"02_story.txt": "02_story.txt", "09_story.txt": None}
    assert _targets(data, "02_story.txt") == {"01_story.txt": "01_story.txt"}


def test_cli_json_file_not_loaded_and_other_folder(tmp_path: Path) -> None:
    """A file of the folder not given is not loaded: no target; nor for a same-named file of another folder."""
    news, other = tmp_path / "news", tmp_path / "other"
    _write(news, "01_story.txt", "البلدية تعلن موعد افتتاح الجسر الجديد فوق النهر", "02_story.txt")
    _write(news, "02_story.txt", "افتتاح سوق جديد للمزارعين في ضواحي العاصمة")
    _write(other, "02_story.txt", "المنتخب الوطني للشباب يتأهل إلى النهائيات")
    data = _json(news / "01_story.txt", other / "02_story.txt")
    assert len(data["articles"]) == 2
    assert _targets(data, "01_story.txt") == {"02_story.txt": None}
