// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsfile.h"

#include <algorithm>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// %1 ... %99 and %L1 (arguments for QString::arg), %n and %Ln (the count of a plural).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found << u"%"_s + it.next().captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const TsFile::Message &message)
{
    QString text = message.source;
    text.replace(u'\n', u"\\n"_s);
    return u"%1 \"%2\""_s.arg(message.context, text);
}

} // namespace

bool TsFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    m_messages.clear();
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            m_language = xml.attributes().value(u"language"_s).toString();
            m_sourceLanguage = xml.attributes().value(u"sourcelanguage"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type"_s).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform") {
                                message.forms << xml.readElementText();
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                    } else {
                        message.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            m_messages << message;
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (m_language.isEmpty()) {
        *error = u"%1 names no language (<TS language=\"...\">)"_s.arg(path);
        return false;
    }
    return true;
}

QStringList TsFile::problems(int pluralForms) const
{
    const bool sourceLanguage = m_language == m_sourceLanguage || m_language.startsWith(m_sourceLanguage + u'_');
    QStringList result;
    for (const Message &message : m_messages) {
        if (message.type == u"vanished" || message.type == u"obsolete") {
            result << u"%1: %2 is no longer in the sources (%3)"_s.arg(m_language, describe(message), message.type);
            continue;
        }
        const bool empty =
            std::all_of(message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.isEmpty(); });
        if (sourceLanguage && !message.numerus && empty) {
            continue; // the source text is the translation
        }
        if (message.type == u"unfinished") {
            result << u"%1: %2 is not translated (unfinished)"_s.arg(m_language, describe(message));
            continue;
        }
        if (message.numerus && message.forms.size() != pluralForms) {
            result << u"%1: %2 has %3 plural forms, the language has %4"_s.arg(m_language, describe(message))
                          .arg(message.forms.size())
                          .arg(pluralForms);
        }
        const QStringList expected = placeholders(message.source);
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            const QString &form = message.forms[i];
            if (form.isEmpty()) {
                result << u"%1: %2 has an empty translation"_s.arg(m_language, describe(message));
                continue;
            }
            QStringList got = placeholders(form);
            // A singular form may spell the number out ("one minute"); the other forms keep %n.
            const bool mayOmitCount = message.numerus && i + 1 < message.forms.size();
            if (mayOmitCount && !got.contains(u"%n"_s) && expected.contains(u"%n"_s)) {
                got << u"%n"_s;
                got.sort();
            }
            if (got != expected) {
                result << u"%1: %2 has placeholders [%3] in \"%4\", the source has [%5]"_s.arg(
                    m_language, describe(message), got.join(u", "_s), form, expected.join(u", "_s));
            }
            if (message.source.endsWith(u'\n') != form.endsWith(u'\n')) {
                result << u"%1: %2: the source and \"%3\" differ in the final line break"_s.arg(m_language, describe(message),
                                                                                                form);
            }
        }
    }
    return result;
}
