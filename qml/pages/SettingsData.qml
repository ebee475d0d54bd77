// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Confab
import Confab.Models

// Where the history lives; export every conversation, import an export.
ColumnLayout {
    id: root

    property string message: ""
    property bool messageIsError: false

    spacing: Theme.spacing

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Data")
    }

    Label {
        text: qsTr("Data folder")
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            objectName: "dataFolder"
            Layout.fillWidth: true
            readOnly: true
            text: Backend.dataDir
        }
        Button {
            objectName: "openDataFolder"
            text: qsTr("Open")
            onClicked: {
                if (!Backend.openDataFolder()) {
                    root.message = qsTr("No file manager could open %1.").arg(Backend.dataDir);
                    root.messageIsError = true;
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("History: %1\nSettings: %2\nStart Confab with --data-dir to use another folder.").arg(Backend.databasePath).arg(Backend.configPath)
    }

    RowLayout {
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        Button {
            objectName: "exportButton"
            text: qsTr("Export all conversations…")
            onClicked: exportDialog.open()
        }
        Button {
            objectName: "importButton"
            text: qsTr("Import…")
            onClicked: importDialog.open()
        }
    }
    Label {
        objectName: "dataMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: root.messageIsError ? Theme.errorText : Theme.successText
        text: root.message
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export all conversations")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Confab export (*.json)")]
        onAccepted: {
            const error = Backend.exportAll(selectedFile);
            root.messageIsError = error.length > 0;
            root.message = error.length > 0 ? error : qsTr("Exported to %1.").arg(selectedFile.toString().replace("file://", ""));
        }
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import conversations")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Confab export (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            const result = Backend.importFile(selectedFile);
            root.messageIsError = !result.ok;
            root.message = result.message;
        }
    }
}
