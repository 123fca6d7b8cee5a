"""A feed's ``content:encoded`` with a WordPress Jetpack share box under the post (pages42 #12c): the box's
"شارك هذا:" and its network links are no paragraphs; a story line naming the networks stays.

Original fragments written for these tests (their text is our own).
"""

from __future__ import annotations

from newstui.parse.html_fragment import fragment_paragraphs

_STORY = (
    "<p>افتتحت المدينة جسرا جديدا للمشاة فوق الوادي يربط الحي القديم بالسوق المركزي.</p>"
    "<p>وقال المهندس المشرف إن الجسر نشر صوره على تويتر وفيسبوك قبل الافتتاح بأسبوع.</p>"
)


def test_jetpack_share_box_is_left_out() -> None:
    fragment = (
        _STORY + '<div class="sharedaddy sd-sharing-enabled"><h3>شارك هذا:</h3><ul><li><a href="?share=twitter">'
        'تويتر</a></li><li><a href="?share=facebook">فيسبوك</a></li></ul></div>'
    )
    assert fragment_paragraphs(fragment) == [
        "افتتحت المدينة جسرا جديدا للمشاة فوق الوادي يربط الحي القديم بالسوق المركزي.",
        "وقال المهندس المشرف إن الجسر نشر صوره على تويتر وفيسبوك قبل الافتتاح بأسبوع.",
    ]


def test_jetpack_related_posts_box_is_left_out() -> None:
    fragment = _STORY + '<div id="jp-relatedposts" class="jp-relatedposts"><h3>ذات صلة</h3></div>'
    assert len(fragment_paragraphs(fragment)) == 2
