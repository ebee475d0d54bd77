// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import Confab.Models

// Colours, fonts and sizes shared by the views, following the appearance settings (light, dark
// or the system's scheme; font size; chat width). With "system" the colours derive from the
// application palette, which the platform theme sets and which Qt's markdown renderer also uses
// (link colours); "light" and "dark" use fixed palettes. The Fusion style of Qt 6.8 starts its
// Controls palette from the application palette; that of Qt 6.4 has a fixed light palette of
// its own, so the window sets its controls' palette from #palette (see Main.qml).
QtObject {
    id: theme

    readonly property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    /// "system", "light" or "dark", from the settings.
    readonly property string colorScheme: Backend.colorScheme
    readonly property bool dark: colorScheme === "dark" || (colorScheme === "system" && systemPalette.window.hslLightness < 0.5)
    readonly property bool followsSystem: colorScheme === "system"

    readonly property QtObject lightPalette: QtObject {
        readonly property color window: "#efefef"
        readonly property color windowText: "#232629"
        readonly property color base: "#ffffff"
        readonly property color alternateBase: "#f7f7f7"
        readonly property color text: "#232629"
        readonly property color button: "#e8e8e8"
        readonly property color buttonText: "#232629"
        readonly property color highlight: "#3daee9"
        readonly property color highlightedText: "#ffffff"
        readonly property color placeholderText: "#7f8285"
        readonly property color light: "#ffffff"
        readonly property color midlight: "#f2f2f2"
        readonly property color mid: "#c4c4c4"
        readonly property color dark: "#9f9f9f"
        readonly property color shadow: "#474747"
        readonly property color link: "#2980b9"
    }

    readonly property QtObject darkPalette: QtObject {
        readonly property color window: "#323237"
        readonly property color windowText: "#e6e6e6"
        readonly property color base: "#1d1d20"
        readonly property color alternateBase: "#2a2a2e"
        readonly property color text: "#e6e6e6"
        readonly property color button: "#3a3a40"
        readonly property color buttonText: "#e6e6e6"
        readonly property color highlight: "#3daee9"
        readonly property color highlightedText: "#ffffff"
        readonly property color placeholderText: "#909090"
        readonly property color light: "#505058"
        readonly property color midlight: "#45454c"
        readonly property color mid: "#28282c"
        readonly property color dark: "#18181a"
        readonly property color shadow: "#000000"
        readonly property color link: "#6cb6ff"
    }

    /// The colours in use; the same names as SystemPalette.
    readonly property QtObject palette: QtObject {
        readonly property color window: theme.followsSystem ? theme.systemPalette.window : theme.forced.window
        readonly property color windowText: theme.followsSystem ? theme.systemPalette.windowText : theme.forced.windowText
        readonly property color base: theme.followsSystem ? theme.systemPalette.base : theme.forced.base
        readonly property color alternateBase: theme.followsSystem ? theme.systemPalette.alternateBase : theme.forced.alternateBase
        readonly property color text: theme.followsSystem ? theme.systemPalette.text : theme.forced.text
        readonly property color button: theme.followsSystem ? theme.systemPalette.button : theme.forced.button
        readonly property color buttonText: theme.followsSystem ? theme.systemPalette.buttonText : theme.forced.buttonText
        readonly property color highlight: theme.followsSystem ? theme.systemPalette.highlight : theme.forced.highlight
        readonly property color highlightedText: theme.followsSystem ? theme.systemPalette.highlightedText : theme.forced.highlightedText
        readonly property color placeholderText: theme.followsSystem ? theme.systemPalette.placeholderText : theme.forced.placeholderText
        readonly property color light: theme.followsSystem ? theme.systemPalette.light : theme.forced.light
        readonly property color midlight: theme.followsSystem ? theme.systemPalette.midlight : theme.forced.midlight
        readonly property color mid: theme.followsSystem ? theme.systemPalette.mid : theme.forced.mid
        readonly property color dark: theme.followsSystem ? theme.systemPalette.dark : theme.forced.dark
        readonly property color shadow: theme.followsSystem ? theme.systemPalette.shadow : theme.forced.shadow
    }
    readonly property QtObject forced: dark ? darkPalette : lightPalette

    readonly property color text: palette.text
    readonly property color secondaryText: Qt.rgba(text.r, text.g, text.b, 0.7)
    readonly property color base: palette.base
    readonly property color selection: palette.highlight
    readonly property color selectedText: palette.highlightedText
    readonly property color accent: palette.highlight
    readonly property color border: Qt.tint(palette.window, dark ? Qt.rgba(1, 1, 1, 0.18) : Qt.rgba(0, 0, 0, 0.16))
    readonly property color codeBackground: Qt.tint(palette.base, dark ? Qt.rgba(1, 1, 1, 0.05) : Qt.rgba(0, 0, 0, 0.03))
    readonly property color codeHeader: Qt.tint(palette.base, dark ? Qt.rgba(1, 1, 1, 0.10) : Qt.rgba(0, 0, 0, 0.07))
    /// Panels that stand out from the window (forms, cards): fields and their borders stay visible on them.
    readonly property color raised: dark ? Qt.lighter(palette.window, 1.28) : palette.base
    readonly property color sidebarBackground: Qt.tint(palette.window, dark ? Qt.rgba(0, 0, 0, 0.15) : Qt.rgba(0, 0, 0, 0.02))
    readonly property color hover: Qt.rgba(accent.r, accent.g, accent.b, 0.12)
    readonly property color warningBackground: dark ? "#4d3b12" : "#fff4d6"
    readonly property color errorText: dark ? "#ff8a80" : "#c62828"
    readonly property color successText: dark ? "#81c784" : "#2e7d32"

    readonly property string monospaceFamily: "monospace"

    /// The base font size in points (0 in the settings: the system's).
    readonly property real fontSize: Backend.fontSize > 0 ? Backend.fontSize : systemFont.pointSize
    readonly property font systemFont: Qt.application.font
    /// The widest a conversation's column grows, in pixels.
    readonly property int chatWidth: Backend.chatWidth

    readonly property int spacing: 8
    readonly property int radius: 4
}
