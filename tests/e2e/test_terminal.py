"""End-to-end runs of ``python -m newstui`` in a real terminal (tmux, private socket, 120x40)."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest
from e2e_support import Tmux, pane, reads_back, shaped_share

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).resolve().parents[1] / "app" / "fixtures"
SOUQ = FIXTURES / "souq.txt"
EMIRATES = FIXTURES / "emirates.txt"
FIRST_PARAGRAPH = next(line for line in SOUQ.read_text(encoding="utf-8").splitlines() if line.startswith("عاد سوق"))
PAGE_TITLE = "سوق الوراقين في الموصل يستعيد زبائنه بعد سنوات من الركود"
STORY_TITLE = "معرض للخط العربي يجمع فنانين من ثلاث مدن عراقية"


def article_shows(title: str):  # (a predicate factory)
    """A screen check: the article pane reads back ``title``."""

    def check(screen: list[str]) -> bool:
        try:
            return reads_back(title, pane(screen, "Article")[:3])
        except AssertionError:
            return False

    return check


def page_with_first_paragraph(screen: list[str]) -> bool:
    """The page's title and its whole first paragraph read back in the article pane.

    Waited for as one condition: a frame is written in several chunks, so a capture can hold the
    title rows of a frame whose lower rows are not drawn yet.
    """
    try:
        return article_shows(PAGE_TITLE)(screen) and reads_back(FIRST_PARAGRAPH, pane(screen, "Article"))
    except AssertionError:
        return False


class TestReader:
    """The reader in a real terminal: panes, RTL reading order, navigation, resize, quit."""

    def test_read_navigate_resize_quit(self, tmux: Tmux) -> None:
        """Three panes; the first paragraph reads right to left; 1/backspace/alt+arrows move; 84 columns re-wrap."""
        tmux.start(tmux.newstui(str(SOUQ)))
        tmux.wait_text("Articles 2")
        screen = tmux.wait_for(
            lambda s: page_with_first_paragraph(s) and s[0].count("╭") == 3, "three panes and the page"
        )
        assert all(f"╭─ {title} " in screen[0] for title in ("Articles", "Article", "Related"))
        article = pane(screen, "Article")
        assert shaped_share(article) > 0.9

        tmux.keys("1")
        tmux.wait_for(article_shows(STORY_TITLE), "the read-also story")
        tmux.keys("BSpace")
        tmux.wait_for(article_shows(PAGE_TITLE), "back to the page")
        tmux.keys("M-Right")
        tmux.wait_for(article_shows(STORY_TITLE), "forward to the story")
        tmux.keys("M-Left")
        tmux.wait_for(article_shows(PAGE_TITLE), "back again")

        tmux.resize(84, 40)
        screen = tmux.wait_for(lambda s: len(s[0]) <= 84 and s[0].count("╭") == 2, "the 84-column layout")
        screen = tmux.wait_for(lambda s: reads_back(FIRST_PARAGRAPH, pane(s, "Article")), "re-wrapped text")
        assert max(len(line) for line in screen) <= 84

        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"
        assert _helpers_running() == [], "the helper that read the file is gone"

    def test_columns_and_lines_set_in_the_environment_do_not_size_the_reader(self, tmux: Tmux) -> None:
        """COLUMNS and LINES are the --print width (an exported, stale COLUMNS too): the reader takes the
        terminal's own size, and follows it when the window is resized."""
        tmux.start("COLUMNS=40 LINES=10 " + tmux.newstui(str(SOUQ)), width=100, height=30)
        tmux.wait_for(
            lambda s: page_with_first_paragraph(s) and s[0].count("╭") == 3 and len(s[0].rstrip()) == 100,
            "three panes 100 columns wide",
        )
        tmux.wait_for(lambda s: sum(1 for line in s if line.strip()) >= 29, "30 rows drawn")
        tmux.resize(84, 30)
        tmux.wait_for(lambda s: len(s[0].rstrip()) == 84 and s[0].count("╭") == 2, "the 84-column layout")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_ctrl_z_suspends_to_the_shell_and_fg_draws_the_reader_again(self, tmux: Tmux) -> None:
        """ctrl+z stops the reader and gives the shell back; fg brings it back, its whole screen drawn again."""
        tmux.start("PS1='$ ' bash --norc --noprofile -i")
        tmux.wait_text("$")
        tmux.keys(tmux.newstui(str(SOUQ)), literal=True)
        tmux.keys("Enter")
        tmux.wait_for(page_with_first_paragraph, "the page")
        tmux.keys("C-z")
        tmux.wait_text("Stopped")
        tmux.keys("fg", literal=True)
        tmux.keys("Enter")
        tmux.wait_for(page_with_first_paragraph, "the page drawn again after fg")
        tmux.keys("q")
        tmux.wait_text("$")
        tmux.keys("exit", literal=True)
        tmux.keys("Enter")
        assert tmux.exit_status() == "EXIT=0"

    def test_a_locale_that_is_not_utf8_still_draws(self, tmux: Tmux) -> None:
        """LC_ALL=C with PYTHONUTF8=0 makes Python's own output ASCII: the reader still draws in UTF-8."""
        tmux.start("LC_ALL=C LANG=C PYTHONUTF8=0 " + tmux.newstui(str(SOUQ)))
        screen = tmux.wait_for(page_with_first_paragraph, "the page")
        assert not any("\\u" in line for line in screen)  # no backslash-escaped characters
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_bidi_switch_shows_logical_text(self, tmux: Tmux) -> None:
        """b hands logical, unshaped text to the terminal; b again shapes it back."""
        tmux.start(tmux.newstui(str(SOUQ)))
        tmux.wait_for(article_shows(PAGE_TITLE), "the page's title")
        tmux.keys("b")
        # The whole pane, not its first line alone: a capture can land between two writes of one redraw.
        tmux.wait_for(
            lambda s: any(PAGE_TITLE[:20] in line for line in s) and shaped_share(pane(s, "Article")) == 0,
            "logical, unshaped text in the whole article pane",
        )
        tmux.keys("b")
        tmux.wait_for(article_shows(PAGE_TITLE), "shaped text again")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_filter_by_typing_arabic(self, tmux: Tmux) -> None:
        """/ then "الامارات" (no hamza) leaves the one article spelled "الإمارات"; Esc shows all again.

        / and the word arrive in one burst: the box is mounted on the first / and takes every key after it.
        """
        tmux.start(tmux.newstui(str(SOUQ), str(EMIRATES)))
        tmux.wait_text("Articles 3")
        tmux.keys("/الامارات", literal=True)
        tmux.wait_text("1/3 · ")  # ("Articles" gives way in a narrow pane: the query keeps its room)
        tmux.keys("Escape")
        tmux.wait_text("Articles 3")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_piped_file(self, tmux: Tmux) -> None:
        """`cat FILE | newstui` reads the article from the pipe and still takes keys from the terminal."""
        tmux.start(tmux.newstui(stdin_from=SOUQ))
        tmux.wait_for(article_shows(PAGE_TITLE), "the piped article")
        tmux.keys("1")
        tmux.wait_for(article_shows(STORY_TITLE), "the read-also story")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    @pytest.mark.skipif(shutil.which("fold") is None, reason="no fold command")
    def test_piped_folded_file(self, tmux: Tmux) -> None:
        """`fold -s -w 70 FILE | newstui`: the hard-wrapped story shows its headline and its first paragraph
        whole, each line of the pane reading back right to left, not a paragraph per folded line."""
        tmux.start(f"fold -s -w 70 {shlex.quote(str(SOUQ))} | {tmux.newstui()}")
        tmux.wait_for(page_with_first_paragraph, "the folded article, its first paragraph whole")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_a_slow_pipe_shows_the_window_while_it_writes(self, tmux: Tmux) -> None:
        """`(sleep …; cat FILE) | newstui`: the window is up and takes keys while the writer is silent (it was
        blank until the pipe ended, keys typed meanwhile going to the shell); the story comes when written. The
        writer is silent until the test lets it write (not 3 s, which a loaded machine's start-up can outlast)."""
        gate = shlex.quote(str(tmux.workdir / "write-now"))
        writer = f"(for i in $(seq 1200); do [ -e {gate} ] && break; sleep 0.05; done; cat {shlex.quote(str(SOUQ))})"
        tmux.start(f"{writer} | {tmux.newstui('--private')}")
        tmux.wait_text("Loading…", timeout=30)
        tmux.keys("?")
        tmux.wait_text("Keys", timeout=30)  # the help screen: the keyboard is the reader's already
        tmux.keys("Escape")
        (tmux.workdir / "write-now").touch()
        tmux.wait_for(article_shows(PAGE_TITLE), "the piped article once written")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"

    def test_closed_stdin(self, tmux: Tmux) -> None:
        """With stdin closed (``<&-``) the reader opens the file and takes keys from the terminal."""
        tmux.start(tmux.newstui("--private", str(SOUQ)) + " <&-")
        tmux.wait_for(article_shows(PAGE_TITLE), "the article")
        tmux.keys("1")
        tmux.wait_for(article_shows(STORY_TITLE), "the read-also story")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"


def _helpers_running() -> list[str]:
    """Command lines of URL helper processes alive now that this test run started (this run starts them one
    at a time). A helper is this run's when it inherited the run's own state folder: another test run on the
    machine (another pytest, an xdist worker) has its own."""
    ours = f"XDG_STATE_HOME={os.environ['XDG_STATE_HOME']}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            status = (entry / "stat").read_text()
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if "newstui.sources.prefetch" in cmdline and status.split(") ", 1)[-1][:1] != "Z" and ours in environ:
            found.append(cmdline)
    return found


class TestUrl:
    """A URL on the command line, served from 127.0.0.1, in a real terminal."""

    def test_url_opens_and_quitting_leaves_no_helper(self, tmux: Tmux) -> None:
        """The page is read through the helper process while another URL hangs; q leaves nothing running,
        and the status is 1: the URL that hung was not loaded (it is named on stderr)."""
        import http.server
        import threading

        stop = threading.Event()

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(FIXTURES), **kwargs)  # type: ignore[arg-type]

            def log_message(self, format: str, *args: object) -> None:  # (base signature)
                pass

            def do_GET(self) -> None:  # (http.server naming)
                if self.path == "/hang":
                    stop.wait(30)
                    return
                super().do_GET()

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}"
            tmux.start(tmux.newstui(f"{base}/hang", f"{base}/souq.txt", "--timeout", "60"))
            tmux.wait_for(page_with_first_paragraph, "the page fetched over HTTP")
            assert len(_helpers_running()) == 1, "the helper still waits for the hanging URL"
            tmux.keys("q")
            assert tmux.exit_status() == "EXIT=1"
            assert _helpers_running() == []
        finally:
            stop.set()
            server.shutdown()
            server.server_close()

    def test_a_list_of_feeds_opens_every_feed(self, tmux: Tmux, tmp_path: Path) -> None:
        """`newstui feeds.opml`: both feeds it names are fetched from 127.0.0.1 and listed in its order, the
        first entry open and reading back right to left; `n` goes on to the next entry."""
        import http.server
        import threading

        first = ["حافلات جديدة تربط القرى بالمدينة", "المكتبة العامة تمدد ساعات العمل"]
        second = ["Ferry timetable changes for the winter"]
        for name, titles in (("ar.xml", first), ("en.xml", second)):
            items = "".join(
                f"<item><title>{t}</title><link>https://{name}.example/{n}</link><description>{t}.</description></item>"
                for n, t in enumerate(titles)
            )
            feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>{items}'
            (tmp_path / name).write_text(feed + "</channel></rss>", encoding="utf-8")

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

            def log_message(self, format: str, *args: object) -> None:  # (base signature)
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}"
            outlines = "".join(f'<outline type="rss" text="{n}" xmlUrl="{base}/{n}"/>' for n in ("ar.xml", "en.xml"))
            listing = tmp_path / "feeds.opml"
            listing.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>', encoding="utf-8")
            tmux.start(tmux.newstui("--private", str(listing)))
            tmux.wait_text("Articles 3")
            tmux.wait_for(article_shows(first[0]), "the first feed's first entry")
            tmux.keys("n")
            tmux.wait_for(article_shows(first[1]), "its second entry")
            tmux.keys("n")
            tmux.wait_text(second[0])
            tmux.keys("q")
            assert tmux.exit_status() == "EXIT=0"
        finally:
            server.shutdown()
            server.server_close()


class TestFolder:
    """A folder on the command line in a real terminal."""

    def test_folder_opens_with_its_first_article_and_lists_every_file(self, tmux: Tmux, tmp_path: Path) -> None:
        """The first file's article shows, the list fills with every file, q leaves no helper running."""
        for number, source in enumerate((SOUQ, EMIRATES, FIXTURES / "english.txt"), 1):
            (tmp_path / f"{number:02d}-{source.name}").write_bytes(source.read_bytes())
        tmux.start(tmux.newstui(str(tmp_path)))
        tmux.wait_for(page_with_first_paragraph, "the folder's first article")
        tmux.wait_text("Articles 4")  # three files, and the first one's read-also story
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"
        assert _helpers_running() == []

    def test_a_folder_listed_again_comes_from_its_index_and_shows_a_changed_file(
        self, tmux: Tmux, tmp_path: Path
    ) -> None:
        """The reader keeps a big folder's index in the cache folder (not with --private) and reads a changed file."""
        import os
        import time

        folder = tmp_path / "news"
        folder.mkdir()
        for number in range(220):
            text = f"Story {number:03d} about the harbour\n\nThe council said the plan {number} starts in spring.\n"
            (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")
        time.sleep(2.2)  # files written just before a load are not remembered by it (folder_cache.SETTLE_NS)
        cache = tmp_path / "cache"
        env = f"XDG_CACHE_HOME={shlex.quote(str(cache))} "

        tmux.start(env + tmux.newstui("--private", str(folder)))
        tmux.wait_text("Articles 220")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"
        assert not cache.exists(), "--private keeps no folder index"

        tmux.start(env + tmux.newstui(str(folder)))
        tmux.wait_text("Articles 220")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"
        (index,) = (cache / "newstui" / "folders").glob("*.idx")
        assert index.read_text(encoding="utf-8").endswith("\tend\t220\n")

        changed = folder / "005.txt"
        before = changed.stat()
        # The same size, the change early in the title (the list cuts it at the pane's width).
        changed.write_text(changed.read_text(encoding="utf-8").replace("about", "above"), encoding="utf-8")
        os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and time as before: ctime tells
        assert (changed.stat().st_size, changed.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
        tmux.start(env + tmux.newstui(str(folder)))
        tmux.wait_text("Articles 220")
        tmux.wait_text("Story 005 above the")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"


class TestConfigFile:
    """A bare ``newstui`` opens the config file's folder; r then finds the file added since."""

    def test_config_sources_and_reload(self, tmux: Tmux, tmp_path: Path) -> None:
        home = tmp_path / "config"
        news = home / "newstui" / "news"
        news.mkdir(parents=True)
        (news / "01-souq.txt").write_bytes(SOUQ.read_bytes())
        (home / "newstui" / "config.toml").write_text('sources = ["news"]\n', encoding="utf-8")
        command = f"XDG_CONFIG_HOME={shlex.quote(str(home))} {tmux.newstui()}"
        tmux.start(command)
        tmux.wait_for(page_with_first_paragraph, "the config file's folder, opened by a bare newstui")

        def loaded(screen: list[str]) -> bool:
            """The file and its read-also story listed, loading done (no "· loading")."""
            return any(
                "Articles 2 ·" in line and "loading" not in line and ("unread" in line or "all read" in line)
                for line in screen
            )

        tmux.wait_for(loaded, "the folder loaded")
        (news / "02-emirates.txt").write_bytes(EMIRATES.read_bytes())
        tmux.keys("r")

        def new_story_on_top(screen: list[str]) -> bool:
            """The list counts three and its first row is the new story's title (cut to fit)."""
            try:
                return reads_back("الإمارات تطلق مسابقة", pane(screen, "Articles 3")[:1])
            except AssertionError:
                return False

        screen = tmux.wait_for(new_story_on_top, "the new file's story on top of the list")
        assert article_shows(PAGE_TITLE)(screen), "the story being read stays open"
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"


class TestHostileText:
    """Escape sequences and markup in an article neither reach the terminal nor get interpreted."""

    def test_escapes_and_markup(self, tmux: Tmux, tmp_path: Path) -> None:
        """An OSC title change stays out of the terminal and "[bold red]" is shown as written."""
        hostile = tmp_path / "hostile.txt"
        hostile.write_text(
            "Wire \x1b]0;PWNED\x07Service – World\n\n"
            "Headline with [bold red]markup[/] and \x1b]2;PWNED-TOO\x1b\\ a title escape\n\n"
            "The body has \x1b[2J a clear-screen, \x1b]52;c;cHduZWQ=\x07 a clipboard write"
            " and [@click=app.quit]x[/].\n",
            encoding="utf-8",
        )
        tmux.start(tmux.newstui(str(hostile)))
        before = tmux.pane_title()
        screen = tmux.wait_text("[bold red]markup[/]")
        assert any("[@click=app.quit]x[/]" in line for line in screen)
        assert tmux.pane_title() == before and "PWNED" not in before
        tmux.keys("Enter")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"


class TestReaderTools:
    """h, d, f and g in a real terminal: harakat hidden and back, the direction switched, a find, an address."""

    # An original story written for this test, with harakat.
    STORY = (
        "دَرْسٌ جَدِيدٌ فِي القَاعَةِ الكُبْرَى\n\n"
        "قَالَ المُعَلِّمُ إِنَّ الدَّرْسَ سَيَبْدَأُ غَدًا فِي القَاعَةِ الكُبْرَى صَبَاحًا.\n\n"
        "وَيَحْضُرُ الطُّلَّابُ مِنْ كُلِّ الصُّفُوفِ.\n"
    )

    def test_harakat_find_and_open(self, tmux: Tmux, tmp_path: Path) -> None:
        from newstui.text.harakat import HARAKAT

        def marks(screen: list[str]) -> int:
            """Harakat in the article pane (-1 before the pane is drawn)."""
            try:
                return sum(char in HARAKAT for char in "\n".join(pane(screen, "Article")))
            except AssertionError:
                return -1

        story = tmp_path / "lesson.txt"
        story.write_text(self.STORY, encoding="utf-8")
        tmux.start(tmux.newstui(str(story)))
        tmux.wait_for(lambda s: marks(s) > 10, "the story with its harakat")
        tmux.keys("h")
        tmux.wait_for(lambda s: marks(s) == 0 and shaped_share(pane(s, "Article")) > 0.9, "harakat hidden")
        tmux.keys("h")
        tmux.wait_for(lambda s: marks(s) > 10, "harakat shown again")

        def flush_left(screen: list[str]) -> bool:
            """Every text row of the article starts at its left margin (rows under a notification left out)."""
            rows = [row for row in pane(screen, "Article") if row.strip() and "▌" not in row]
            return len(rows) >= 3 and all(row[1] != " " for row in rows)

        # Every paragraph of the story is Arabic: right to left would draw it as it is, so d passes over it.
        tmux.keys("d")
        tmux.wait_text("Direction: left to right")
        tmux.wait_for(flush_left, "the story drawn left to right")
        tmux.keys("d")
        tmux.wait_text("each paragraph's own (right to left)")
        tmux.wait_for(lambda s: not flush_left(s) and marks(s) > 10, "each paragraph's own direction again")

        tmux.keys("f")
        tmux.wait_text("find in the article")
        tmux.keys("القاعة", literal=True)  # typed without harakat: they are ignored
        tmux.wait_text("Article · 1/2")
        tmux.keys("Enter")
        tmux.wait_text("Article · 2/2")
        tmux.keys("Escape")
        tmux.wait_for(lambda s: "╭─ Article ─" in s[0], "the find closed")

        tmux.keys("g")
        tmux.wait_text("Enter opens")
        tmux.keys(str(SOUQ), literal=True)
        tmux.keys("Enter")
        tmux.wait_for(article_shows(PAGE_TITLE), "the file opened from the Open box")
        tmux.keys("BSpace")
        tmux.wait_for(lambda s: marks(s) > 10, "back to the story")
        tmux.keys("q")
        assert tmux.exit_status() == "EXIT=0"


def test_failed_sources_are_told_again_after_the_reader_and_the_status_is_1(tmux: Tmux) -> None:
    """A source that failed is a notification in the reader; when it closes, the same line is on the terminal
    and the status is 1, as --print gives (0 only when every source loaded)."""
    missing = tmux.workdir / "missing.txt"
    errors = tmux.workdir / "errors.txt"
    tmux.start(f"{tmux.newstui(str(SOUQ), str(missing))} 2> {shlex.quote(str(errors))}")
    tmux.wait_for(article_shows(PAGE_TITLE), "the story that loaded")
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=1"
    assert errors.read_text(encoding="utf-8").endswith(f"newstui: {missing}: no such file\n")


def test_a_failure_newstui_did_not_expect_is_one_line_and_status_70(tmux: Tmux) -> None:
    """A bug met in the reader (here a key's action made to raise) closes it with the one line --print gives
    and status 70; no traceback reaches the terminal or stderr (NEWSTUI_DEBUG=1 would show it)."""
    import sys

    script = tmux.workdir / "broken_key.py"
    script.write_text(
        "import sys\n"
        "from newstui import cli\n"
        "from newstui.ui.screens.reader import ReaderScreen\n"
        "def broken(self):\n"
        "    raise RuntimeError('a bug met on d')\n"
        "ReaderScreen.action_cycle_direction = broken\n"
        "sys.exit(cli.main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    errors = tmux.workdir / "errors.txt"
    command = shlex.join([sys.executable, str(script), str(SOUQ)])
    tmux.start(f"env -u NEWSTUI_DEBUG {command} 2> {shlex.quote(str(errors))}")
    tmux.wait_for(article_shows(PAGE_TITLE), "the story")
    tmux.keys("d")
    assert tmux.exit_status() == "EXIT=70"
    assert errors.read_text(encoding="utf-8") == (
        "newstui: unexpected error: RuntimeError: a bug met on d (NEWSTUI_DEBUG=1 shows where)\n"
    )


def test_sources_that_cannot_be_opened_are_told_without_the_reader(tmux: Tmux) -> None:
    """Every source a path that cannot be opened: the one line each, status 2, as --print; no reader.
    An empty file opens it and it closes by itself, saying why."""
    missing = tmux.workdir / "missing.txt"
    errors = tmux.workdir / "errors.txt"
    tmux.start(f"{tmux.newstui(str(missing))} 2> {shlex.quote(str(errors))}")
    assert tmux.exit_status() == "EXIT=2"
    assert errors.read_text(encoding="utf-8") == f"newstui: {missing}: no such file\n"
    empty = tmux.workdir / "empty.txt"
    empty.write_bytes(b"")
    tmux.start(f"{tmux.newstui(str(empty))} 2> {shlex.quote(str(errors))}")
    assert tmux.exit_status() == "EXIT=2"
    assert errors.read_text(encoding="utf-8").endswith(f"newstui: {empty}: empty file\n")


def test_a_reader_whose_address_failed_says_why_and_the_status_is_2(tmux: Tmux) -> None:
    """An address that failed keeps the reader up (``r`` may load it later): the article pane keeps the
    reason after the notice fades, and the status is 2, as --print gives when nothing could be shown."""
    refused = "http://127.0.0.1:9/news.xml"
    errors = tmux.workdir / "errors.txt"
    tmux.start(f"{tmux.newstui(refused)} 2> {shlex.quote(str(errors))}")

    def told(screen: list[str]) -> str:
        try:
            return "".join(row.strip() for row in pane(screen, "Article")[:6]).replace(" ", "")
        except AssertionError:
            return ""

    # The reason, wrapped over the pane's rows, stays after the notice has gone.
    tmux.wait_for(lambda s: "Noarticlecouldbeloaded.http://127.0.0.1:9/news.xml:" in told(s), "the reason in the pane")
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=2"
    assert errors.read_text(encoding="utf-8").startswith(f"newstui: {refused}: ")


def test_a_story_typed_at_the_terminal_after_a_hint(tmux: Tmux) -> None:
    """`newstui -` at a terminal says it reads what is typed (the screen would stay blank), and ctrl+d opens it."""
    tmux.start(tmux.newstui("--private", "-"))
    tmux.wait_text("reading the story from the terminal; end it with ctrl+d")
    tmux.keys("Harbour lights repaired", literal=True)
    tmux.keys("Enter")
    tmux.keys("The lights were repaired before the storm.", literal=True)
    tmux.keys("Enter", "C-d")
    tmux.wait_text("Articles 1")
    tmux.wait_text("Harbour lights repaired")
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=0"
