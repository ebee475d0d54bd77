// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The language of the window; it switches at once and is remembered.
ColumnLayout {
    spacing: Theme.spacing

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Language")
    }
    Label {
        Layout.fillWidth: true
        visible: LanguageManager.setByEnvironment
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.")
    }
    Repeater {
        model: LanguageManager.availableLanguages
        delegate: RadioButton {
            required property var modelData
            objectName: "language-" + (modelData.code.length > 0 ? modelData.code : "system")
            text: modelData.code.length > 0 ? modelData.name : qsTr("Like the system (%1)").arg(Qt.locale().nativeLanguageName)
            checked: LanguageManager.language === modelData.code
            onClicked: {
                LanguageManager.language = modelData.code;
                if (!LanguageManager.setByEnvironment)
                    Backend.setSetting("ui/language", modelData.code);
            }
        }
    }
    Label {
        Layout.topMargin: Theme.spacing
        color: Theme.secondaryText
        text: qsTr("Dates and numbers follow: %1").arg(LocaleFormat.dateTime(LocaleFormat.now))
    }
}
