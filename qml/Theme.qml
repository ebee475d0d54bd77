// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Colours, fonts and sizes shared by the views. The colours derive from the application palette,
// which the platform theme sets (light or dark) and which Qt's markdown renderer also uses (link
// colours). The Fusion style of Qt 6.8 starts its Controls palette from the same one; that of
// Qt 6.4 has a fixed light palette of its own, so a window that wants its controls to follow a
// dark theme there sets their palette from this one.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    readonly property bool dark: palette.window.hslLightness < 0.5

    readonly property color text: palette.text
    readonly property color secondaryText: Qt.rgba(text.r, text.g, text.b, 0.7)
    readonly property color base: palette.base
    readonly property color selection: palette.highlight
    readonly property color selectedText: palette.highlightedText
    readonly property color accent: palette.highlight
    readonly property color border: Qt.tint(palette.window, dark ? Qt.rgba(1, 1, 1, 0.18) : Qt.rgba(0, 0, 0, 0.16))
    readonly property color codeBackground: Qt.tint(palette.base, dark ? Qt.rgba(1, 1, 1, 0.05) : Qt.rgba(0, 0, 0, 0.03))
    readonly property color codeHeader: Qt.tint(palette.base, dark ? Qt.rgba(1, 1, 1, 0.10) : Qt.rgba(0, 0, 0, 0.07))

    readonly property string monospaceFamily: "monospace"

    readonly property int spacing: 8
    readonly property int radius: 4
}
