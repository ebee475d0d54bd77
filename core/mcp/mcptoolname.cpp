// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptoolname.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

QString shortHash(const QString &text, int salt = 0)
{
    QByteArray bytes = text.toUtf8();
    if (salt > 0) {
        bytes += '#' + QByteArray::number(salt);
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(6));
}

QString fit(const QString &name, const QString &whole, int salt = 0)
{
    if (name.size() <= McpToolName::MaxLength && salt == 0) {
        return name;
    }
    const QString suffix = u'_' + shortHash(whole, salt);
    return name.left(McpToolName::MaxLength - suffix.size()) + suffix;
}

} // namespace

QString McpToolName::sanitized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        out += ok ? c : u'_';
    }
    return out.isEmpty() ? u"_"_s : out;
}

QString McpToolName::exposed(const QString &server, const QString &tool)
{
    const QString whole = server + Separator + tool;
    return fit(sanitized(server) + Separator + sanitized(tool), whole);
}

QString McpToolName::unique(const QString &name, const QStringList &taken)
{
    if (!taken.contains(name)) {
        return name;
    }
    for (int salt = 1;; ++salt) {
        const QString candidate = fit(name, name, salt);
        if (!taken.contains(candidate)) {
            return candidate;
        }
    }
}

bool McpToolName::isValid(const QString &name)
{
    return !name.isEmpty() && name.size() <= MaxLength && sanitized(name) == name;
}
