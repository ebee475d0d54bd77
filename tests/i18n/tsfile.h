// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * @brief A Qt Linguist .ts file, read for checking: every message and its translation state.
 */
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; ///< "" (finished), "unfinished", "vanished" or "obsolete"
        QStringList forms; ///< the translation; one form per plural form when numerus
    };

    /** Reads @p path; on failure returns false and says why in @p error. */
    bool load(const QString &path, QString *error);

    QString language() const
    {
        return m_language;
    }
    QString sourceLanguage() const
    {
        return m_sourceLanguage;
    }
    const QList<Message> &messages() const
    {
        return m_messages;
    }

    /**
     * What keeps this file from being complete, one line per problem: entries that are
     * unfinished, vanished or obsolete, and translations that drop or add a placeholder (%1,
     * %n), a final line break, or have the wrong number of plural forms.
     * @p pluralForms is the number of plural forms of the file's language. A file in the source
     * language may leave entries without plural forms untranslated (they show the source text).
     */
    QStringList problems(int pluralForms) const;

private:
    QString m_language;
    QString m_sourceLanguage;
    QList<Message> m_messages;
};
