// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#ifdef CONFAB_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>
#endif

using namespace Qt::StringLiterals;

#ifdef CONFAB_SYNTAX_HIGHLIGHTING

namespace {

namespace KSH = KSyntaxHighlighting;

KSH::Repository &repository()
{
    static KSH::Repository repository;
    return repository;
}

KSH::Definition definitionFor(const QString &language)
{
    if (language.isEmpty()) {
        return {};
    }
    static QHash<QString, KSH::Definition> cache;
    const QString key = language.toLower();
    if (const auto found = cache.constFind(key); found != cache.cend()) {
        return *found;
    }
    // Words that models write after a fence but that are neither a definition's name nor
    // a file extension it claims.
    static const QHash<QString, QString> aliases{
        {u"shell"_s, u"Bash"_s},    {u"console"_s, u"Bash"_s},
        {u"zsh"_s, u"Zsh"_s},       {u"sh"_s, u"Bash"_s},
        {u"js"_s, u"JavaScript"_s}, {u"ts"_s, u"TypeScript"_s},
        {u"py"_s, u"Python"_s},     {u"python3"_s, u"Python"_s},
        {u"c++"_s, u"C++"_s},       {u"cpp"_s, u"C++"_s},
        {u"golang"_s, u"Go"_s},     {u"rs"_s, u"Rust"_s},
        {u"yml"_s, u"YAML"_s},      {u"dockerfile"_s, u"Dockerfile"_s},
        {u"jsonc"_s, u"JSON"_s},    {u"html"_s, u"HTML"_s},
        {u"xml"_s, u"XML"_s},       {u"md"_s, u"Markdown"_s},
        {u"tex"_s, u"LaTeX"_s},     {u"latex"_s, u"LaTeX"_s},
    };
    KSH::Definition definition = repository().definitionForName(aliases.value(key, language));
    if (!definition.isValid()) {
        definition = repository().definitionForFileName(u"file."_s + key);
    }
    cache.insert(key, definition);
    return definition;
}

/** Appends one `<span>` per run of a format to an HTML string. */
class HtmlHighlighter : public KSH::AbstractHighlighter
{
public:
    QString run(QStringView code)
    {
        m_html = u"<div style=\"white-space:pre-wrap\">"_s;
        m_html.reserve(code.size() * 3);
        KSH::State state;
        qsizetype start = 0;
        bool first = true;
        for (;;) {
            qsizetype end = code.indexOf(u'\n', start);
            const bool last = end < 0;
            if (last) {
                end = code.size();
            }
            if (!first) {
                m_html += u"<br>"_s;
            }
            first = false;
            m_line = code.mid(start, end - start);
            m_done = 0;
            state = highlightLine(m_line, state);
            if (m_done < m_line.size()) {
                m_html += m_line.mid(m_done).toString().toHtmlEscaped();
            }
            if (last) {
                break;
            }
            start = end + 1;
        }
        m_html += u"</div>"_s;
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (offset > m_done) {
            m_html += m_line.mid(m_done, offset - m_done).toString().toHtmlEscaped();
        }
        const QString text = m_line.mid(offset, length).toString().toHtmlEscaped();
        m_done = offset + length;
        const KSH::Theme current = theme();
        if (format.isDefaultTextStyle(current)) {
            m_html += text;
            return;
        }
        QString style;
        if (format.hasTextColor(current)) {
            style += u"color:"_s + format.textColor(current).name() + u';';
        }
        if (format.isBold(current)) {
            style += u"font-weight:bold;"_s;
        }
        if (format.isItalic(current)) {
            style += u"font-style:italic;"_s;
        }
        if (style.isEmpty()) {
            m_html += text;
        } else {
            m_html += u"<span style=\""_s + style + u"\">"_s + text + u"</span>"_s;
        }
    }

private:
    QString m_html;
    QStringView m_line;
    qsizetype m_done = 0;
};

} // namespace

bool CodeHighlighter::isAvailable()
{
    return true;
}

QString CodeHighlighter::definitionName(const QString &language)
{
    const KSH::Definition definition = definitionFor(language);
    return definition.isValid() ? definition.name() : QString();
}

QString CodeHighlighter::toHtml(QStringView code, const QString &language, bool dark)
{
    const KSH::Definition definition = definitionFor(language);
    if (!definition.isValid()) {
        return {};
    }
    HtmlHighlighter highlighter;
    highlighter.setDefinition(definition);
    highlighter.setTheme(repository().defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme));
    return highlighter.run(code);
}

#else

bool CodeHighlighter::isAvailable()
{
    return false;
}

QString CodeHighlighter::definitionName(const QString &)
{
    return {};
}

QString CodeHighlighter::toHtml(QStringView, const QString &, bool)
{
    return {};
}

#endif
