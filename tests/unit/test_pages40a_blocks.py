"""Pages and feeds (audit pages40 #1, #7, #8a): a list item's blocks each a line of their own, a tweet's credit
line ending the tweet in a feed entry, a quote's ``<cite>`` ending the quote ("… — name")."""

from __future__ import annotations

import pytest
from lxml import etree

from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_body import body_paragraphs
from newstui.parse.html_fragment import fragment_paragraphs

_LEAD = "أعلنت البلدية صباح اليوم خطة جديدة لتنظيم حركة المرور في وسط المدينة خلال موسم الأعياد المقبل."
_AFTER = "وقالت البلدية إن الخطة ستراجع بعد أسبوعين من تطبيقها وفق ملاحظات السكان والتجار في المنطقة."


def _page(story: str) -> tuple[str, ...]:
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة المرور الجديدة</title></head><body>'
        f"<article><h1>خطة المرور الجديدة</h1><p>{_LEAD}</p>{story}<p>{_AFTER}</p></article></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article.paragraphs


def _between(paragraphs: tuple[str, ...]) -> list[str]:
    """The paragraphs between the page's lead and its closing paragraph."""
    return list(paragraphs[paragraphs.index(_LEAD) + 1 : paragraphs.index(_AFTER)])


def _rss(content: str) -> tuple[str, ...]:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>صحيفة</title>'
        "<link>https://sahifa.example/</link><language>ar</language>"
        "<item><title>خطة المرور الجديدة</title><link>https://sahifa.example/n/1</link>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.paragraphs


class TestListItemBlocks:
    """#1: a list item made of blocks gives each block its line; the first takes the item's marker."""

    @pytest.mark.parametrize(
        ("item", "lines"),
        [
            ("<item>النقل<p>حافلات إضافية على الخطوط الرئيسية.</p></item>",
             ["• النقل", "حافلات إضافية على الخطوط الرئيسية."]),
            ('<item><head rend="h3">المواقف</head><p>منع الوقوف في الشارع التجاري.</p></item>',
             ["• المواقف", "منع الوقوف في الشارع التجاري."]),
            ("<item><p>إغلاق السوق القديم أمام السيارات.</p><p>ويبدأ التطبيق يوم السبت.</p></item>",
             ["• إغلاق السوق القديم أمام السيارات.", "ويبدأ التطبيق يوم السبت."]),
            ("<item><p>فتح ممر للمشاة.</p>قرب الساحة العامة</item>", ["• فتح ممر للمشاة.", "قرب الساحة العامة"]),
            ("<item>لافتات <hi>جديدة</hi> عند المداخل</item>", ["• لافتات جديدة عند المداخل"]),
            ("<item><p>فقرة واحدة داخل البند.</p></item>", ["• فقرة واحدة داخل البند."]),
        ],
    )  # fmt: skip
    def test_item_blocks_are_lines(self, item: str, lines: list[str]) -> None:
        """Before, the blocks were glued: "• النقلحافلات …", "… السيارات.ويبدأ …"."""
        body = etree.fromstring(f'<body><list rend="ul">{item}</list></body>')
        assert list(body_paragraphs(body)) == lines

    def test_nested_list_tail_is_its_own_line(self) -> None:
        body = etree.fromstring(
            '<body><list rend="ol"><item>المرحلة الأولى<list rend="ul"><item>الشارع الرئيسي</item></list>'
            "<p>وتستمر شهرا.</p></item></list></body>"
        )
        assert list(body_paragraphs(body)) == ["1. المرحلة الأولى", "وتستمر شهرا.", "◦ الشارع الرئيسي"]

    def test_ordered_list_of_blocks_on_a_page(self) -> None:
        story = (
            "<ol><li><strong>النقل</strong><p>حافلات إضافية على الخطوط الرئيسية في ساعات الذروة.</p></li>"
            "<li><h3>المواقف</h3><p>منع الوقوف في الشارع التجاري طوال النهار.</p></li>"
            "<li><p>إغلاق السوق القديم أمام السيارات.</p><p>ويبدأ التطبيق يوم السبت المقبل.</p></li></ol>"
        )
        assert _between(_page(story)) == [
            "1. النقل",
            "حافلات إضافية على الخطوط الرئيسية في ساعات الذروة.",
            "2. المواقف",
            "منع الوقوف في الشارع التجاري طوال النهار.",
            "3. إغلاق السوق القديم أمام السيارات.",
            "ويبدأ التطبيق يوم السبت المقبل.",
        ]

    def test_live_blog_updates_as_list_items_read_as_in_divs(self) -> None:
        """A live blog's updates as ``<li><time>…</time><h2><a>…</a></h2><p>…</p></li>``: the heading, then the
        stamped paragraph, as the same updates in ``<div>``s read (not "…الظهر12:30 — …" in one line)."""
        updates = [
            ("09:15", "#u2", "افتتاح الطريق الدائري", "افتتح المحافظ الطريق الدائري أمام السيارات صباح اليوم."),
            ("08:40", "#u1", "ازدحام عند المدخل الشمالي", "شهد المدخل الشمالي ازدحاما كبيرا مع بدء الدوام."),
        ]

        def update(tag: str, clock: str, anchor: str, heading: str, text: str) -> str:
            return (
                f'<{tag} class="live-post"><time datetime="2026-12-01T{clock}:00+03:00">{clock}</time>'
                f'<h2><a href="https://sahifa.example/live{anchor}">{heading}</a></h2><p>{text}</p></{tag}>'
            )

        in_items = _page('<ul class="timeline">' + "".join(update("li", *u) for u in updates) + "</ul>")
        in_divs = _page('<div class="timeline">' + "".join(update("div", *u) for u in updates) + "</div>")
        assert _between(in_items) == [
            "• افتتاح الطريق الدائري",
            "09:15 — افتتح المحافظ الطريق الدائري أمام السيارات صباح اليوم.",
            "• ازدحام عند المدخل الشمالي",
            "08:40 — شهد المدخل الشمالي ازدحاما كبيرا مع بدء الدوام.",
        ]
        assert [line.removeprefix("• ") for line in _between(in_items)] == _between(in_divs)


class TestFeedTweetCredit:
    """#7: an embedded tweet in a feed entry's content ends with its credit line, as on a page."""

    _TWEET = (
        '<p>نشر المحافظ تغريدة عن الخطة.</p><blockquote class="twitter-tweet"><p lang="ar" dir="rtl">'
        "الطرق ستكون أسهل خلال العيد</p>{dash} المحافظ (@muhafiz_city) "
        '<a href="https://twitter.com/muhafiz_city/status/1">December 1, 2026</a></blockquote>'
        "<p>ورحب السكان بالخطة.</p>"
    )
    _JOINED = [
        "نشر المحافظ تغريدة عن الخطة.",
        "الطرق ستكون أسهل خلال العيد — المحافظ (@muhafiz_city) December 1, 2026",
        "ورحب السكان بالخطة.",
    ]

    @pytest.mark.parametrize("dash", ["&mdash;", "—"])
    def test_fragment_tweet_credit_ends_the_tweet(self, dash: str) -> None:
        """With the entity (lxml's path) and with the character itself (which the string fast path would take)."""
        assert fragment_paragraphs(self._TWEET.format(dash=dash)) == self._JOINED

    def test_feed_entry_tweet_credit_ends_the_tweet(self) -> None:
        assert list(_rss(self._TWEET.format(dash="&mdash;"))) == self._JOINED

    def test_word_tweet_in_plain_paragraphs_reads_as_before(self) -> None:
        """A summary that merely says "tweet" takes lxml's path and gives what the fast path gave."""
        summary = "<p>A tweet by the <b>mayor</b> about the plan.</p><ul><li>one</li><li>two</li></ul>"
        assert fragment_paragraphs(summary) == ["A tweet by the mayor about the plan.", "• one", "• two"]


class TestQuoteCredit:
    """#8a: a quote's ``<cite>`` ends the quote's last paragraph ("… — name"), not a paragraph of its own."""

    @pytest.mark.parametrize(
        ("quote", "joined"),
        [
            ("<blockquote><p>سنعيد الحياة إلى وسط المدينة.</p><cite>رئيس البلدية</cite></blockquote>",
             ["سنعيد الحياة إلى وسط المدينة. — رئيس البلدية"]),
            ('<blockquote class="wp-block-quote"><p>الخطة مؤقتة.</p><p>وسنسمع رأي <b>السكان</b>.</p>'
             "<cite>— نائب رئيس البلدية</cite></blockquote>",
             ["الخطة مؤقتة.", "وسنسمع رأي السكان. — نائب رئيس البلدية"]),
            ('<blockquote><p>المدينة للمشاة أولا.</p><footer class="blockquote-footer"><cite>مهندسة التخطيط</cite>'
             "</footer></blockquote>",
             ["المدينة للمشاة أولا. — مهندسة التخطيط"]),
            ('<figure class="wp-block-pullquote"><blockquote><p>لن نغلق أي متجر.</p><cite>مدير السوق</cite>'
             "</blockquote></figure>",
             ["لن نغلق أي متجر. — مدير السوق"]),
        ],
    )  # fmt: skip
    def test_cite_ends_the_quote_on_a_page(self, quote: str, joined: list[str]) -> None:
        assert _between(_page(quote)) == joined

    def test_cite_inside_a_sentence_stays_in_place(self) -> None:
        quote = "<blockquote><p>كما جاء في <cite>دليل المدينة</cite> قبل عامين.</p></blockquote>"
        assert _between(_page(quote)) == ["كما جاء في دليل المدينة قبل عامين."]

    def test_long_cite_is_no_credit(self) -> None:
        long_cite = "من تقرير " + "طويل " * 30 + "عن المدينة"
        quote = f"<blockquote><p>الخطة مؤقتة.</p><cite>{long_cite}</cite></blockquote>"
        assert _between(_page(quote)) == ["الخطة مؤقتة.", " ".join(long_cite.split())]

    def test_cite_ends_the_quote_in_a_feed_entry(self) -> None:
        content = (
            "<p>قالت البلدية.</p><blockquote><p>سنعيد الحياة إلى وسط المدينة.</p><cite>رئيس البلدية</cite></blockquote>"
        )
        assert fragment_paragraphs(content) == ["قالت البلدية.", "سنعيد الحياة إلى وسط المدينة. — رئيس البلدية"]
        assert list(_rss(content)) == ["قالت البلدية.", "سنعيد الحياة إلى وسط المدينة. — رئيس البلدية"]
