// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhit.h"

using namespace Qt::StringLiterals;

QString SearchHit::snippetHtml() const
{
    QString html;
    qsizetype position = 0;
    for (const Range &range : highlights) {
        if (range.start < position || range.start + range.length > snippet.size()) {
            continue;
        }
        html += snippet.mid(position, range.start - position).toHtmlEscaped();
        html += u"<b>"_s + snippet.mid(range.start, range.length).toHtmlEscaped() + u"</b>"_s;
        position = range.start + range.length;
    }
    html += snippet.mid(position).toHtmlEscaped();
    return html;
}
