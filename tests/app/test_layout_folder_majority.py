"""--layout auto with a folder the helper starts: the first frame's pane order goes by most of its first files."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import SIZE, reader, settle

from newstui.model import LoadResult
from newstui.settings import Settings
from newstui.sources import LoadOptions
from newstui.sources.prefetch import folder_head
from newstui.terminal import BidiSetup

# Original stories written for these tests.
ARABIC = (
    "نشرة المدينة – محليات\n\nافتتاح جسر المشاة فوق الوادي {n}\n\n"
    "افتتحت البلدية صباح اليوم جسرا جديدا للمشاة فوق الوادي بعد عام من العمل.\n"
)
ENGLISH = (
    "Valley Courier – Local\n\nA footbridge opens over the valley {n}\n\n"
    "The council opened a new footbridge over the valley this morning after a year of work.\n"
)


class FolderHelper:
    """The helper process as the first frame sees it, for folders only: it has the folder's first article
    (``prefetch.folder_head``, as the real helper gives it) at once, and the worker lists the rest."""

    def __init__(self, folders: tuple[str, ...]) -> None:
        self.folders = frozenset(folders)
        self.files: frozenset[str] = frozenset()
        self.done = True
        self.heads = {folder: folder_head(folder, LoadOptions()) for folder in folders}

    def wait(self, timeout: float) -> bool:
        return True

    def result_now(self, ref: str) -> LoadResult | None:
        return self.heads.get(ref)

    def shaped_words(self) -> dict[str, str]:
        return {}

    async def take(self, ref: str) -> LoadResult | None:
        return None

    def close(self) -> None:
        pass


def _folder(root: Path, texts: list[str]) -> str:
    """A folder of stories named so that the first text is the folder's first file (00_…, 01_…)."""
    root.mkdir()
    for number, text in enumerate(texts):
        (root / f"{number:02d}_story.txt").write_text(text.format(n=number), encoding="utf-8")
    return str(root)


@pytest.mark.parametrize("helped", [True, False], ids=["helper", "no-helper"])
@pytest.mark.parametrize(
    ("first", "rest", "mirrored"),
    [(ENGLISH, ARABIC, True), (ARABIC, ENGLISH, False)],
    ids=["english-first-of-arabic", "arabic-first-of-english"],
)
async def test_a_folder_is_judged_by_most_of_its_first_files(
    tmp_path: Path, first: str, rest: str, mirrored: bool, helped: bool
) -> None:
    """The folder's first article is ready for the first frame (from the helper; without one, the loading
    worker's first story lands first), but one English story first among five Arabic ones does not turn the
    panes left to right (nor one Arabic story first among four English ones mirror them); the layout stays so
    once the folder has loaded and its first story is open."""
    from newstui.ui.app import create_app

    folder = _folder(tmp_path / "news", [first, rest, rest, rest, rest])
    helper = FolderHelper((folder,))
    assert helper.heads[folder] is not None and helper.heads[folder].origin.endswith("00_story.txt")
    settings = Settings(refs=(folder,), bidi=BidiSetup(mode="app"), layout="auto")
    app = create_app(settings, prefetch=helper if helped else None)  # type: ignore[arg-type]
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert screen.has_class("-mirrored") is mirrored
        await settle(pilot)
        assert len(screen.corpus.articles) == 5
        assert screen.current is not None and screen.current.title.endswith("0"), "the folder's first story"
        assert screen.has_class("-mirrored") is mirrored
