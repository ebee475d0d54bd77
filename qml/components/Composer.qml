// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

Frame {
    id: composer

    signal sendRequested(string text)

    RowLayout {
        anchors.fill: parent
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(input.implicitHeight, 160)

            TextArea {
                id: input
                placeholderText: qsTr("Message Confab… (Enter to send, Shift+Enter for a new line)")
                wrapMode: TextEdit.Wrap
                focus: true
            }
        }

        Button {
            text: qsTr("Send")
            enabled: input.text.trim().length > 0
            highlighted: true
            onClicked: {
                composer.sendRequested(input.text);
                input.clear();
            }
        }
    }
}
