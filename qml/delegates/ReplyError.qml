// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Confab

// A failed reply: why, in the provider's words, and Retry.
Rectangle {
    id: box
    objectName: "errorBox"

    property string error
    /** Another reply streams: Retry waits. */
    property bool busy: false

    signal retryRequested

    height: visible ? row.implicitHeight + 16 : 0
    radius: Theme.radius
    color: Qt.tint(Theme.base, Qt.rgba(0.85, 0.2, 0.15, Theme.dark ? 0.3 : 0.12))
    border.color: Qt.rgba(0.85, 0.2, 0.15, 0.6)

    Row {
        id: row
        x: 10
        y: 8
        width: parent.width - 20
        spacing: 10

        Text {
            objectName: "errorText"
            width: parent.width - retryButton.width - 10
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            color: Theme.text
            text: box.error.length > 0 ? box.error : qsTr("The reply failed.")
        }
        Button {
            id: retryButton
            objectName: "retryButton"
            text: qsTr("Retry")
            enabled: !box.busy
            onClicked: box.retryRequested()
        }
    }
}
