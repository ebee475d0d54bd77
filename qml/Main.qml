// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Models

ApplicationWindow {
    id: window

    /// The conversation shown; 0 is a new chat.
    property int conversationId: 0
    /// The message a search result asked to show, until the chat page has it.
    property int targetMessageId: 0
    property bool settingsOpen: false
    property bool startupNoticeDismissed: false
    /// The first-run page is shown: no provider yet (set at start, and again if the last one goes).
    property bool onboarding: false

    width: 1100
    height: 720
    minimumWidth: 560
    minimumHeight: 400
    visible: true
    title: conversationTitle.length > 0 ? qsTr("%1 — Confab").arg(conversationTitle) : qsTr("Confab")
    property string conversationTitle: ""

    font.pointSize: Theme.fontSize
    color: Theme.palette.window
    // Qt 6.4's Fusion keeps a light palette of its own: give the controls the theme's.
    palette.window: Theme.palette.window
    palette.windowText: Theme.palette.windowText
    palette.base: Theme.palette.base
    palette.alternateBase: Theme.palette.alternateBase
    palette.text: Theme.palette.text
    palette.button: Theme.palette.button
    palette.buttonText: Theme.palette.buttonText
    palette.highlight: Theme.palette.highlight
    palette.highlightedText: Theme.palette.highlightedText
    palette.placeholderText: Theme.palette.placeholderText
    palette.light: Theme.palette.light
    palette.midlight: Theme.palette.midlight
    palette.mid: Theme.palette.mid
    palette.dark: Theme.palette.dark
    palette.shadow: Theme.palette.shadow
    palette.toolTipBase: Theme.palette.base
    palette.toolTipText: Theme.palette.text

    function newChat() {
        settingsOpen = false;
        conversationId = 0;
        targetMessageId = 0;
        chatLoader.forceActiveFocus();
    }

    function openConversation(id, messageId) {
        settingsOpen = false;
        conversationId = id;
        targetMessageId = messageId || 0;
        showTargetMessage();
    }

    function showTargetMessage() {
        const page = chatLoader.item;
        if (targetMessageId > 0 && page && typeof page.showMessage === "function") {
            page.showMessage(targetMessageId);
            targetMessageId = 0;
        }
    }

    function openSettings(pageName) {
        settingsOpen = true;
        if (pageName)
            settingsLoader.pageName = pageName;
    }

    // ---- Window state: restored at start, saved when the window closes. ----
    Component.onCompleted: {
        onboarding = !Backend.hasProvider;
        const w = Backend.setting("window/width", 0);
        const h = Backend.setting("window/height", 0);
        if (w > 0 && h > 0) {
            width = Math.max(minimumWidth, w);
            height = Math.max(minimumHeight, h);
        }
        const x0 = Backend.setting("window/x", -100000);
        const y0 = Backend.setting("window/y", -100000);
        if (x0 > -100000 && y0 > -100000 && x0 < Screen.desktopAvailableWidth - 80 && y0 < Screen.desktopAvailableHeight - 80) {
            x = x0;
            y = y0;
        }
        if (Backend.setting("window/maximized", false) === true || Backend.setting("window/maximized", false) === "true")
            visibility = Window.Maximized;
        const last = parseInt(Backend.setting("window/lastConversation", 0));
        if (last > 0 && Backend.hasConversation(last))
            conversationId = last;
    }

    onClosing: saveState()

    Connections {
        target: Backend
        function onProviderChanged() {
            if (!Backend.hasProvider)
                window.onboarding = true;
        }
    }

    function saveState() {
        const maximized = visibility === Window.Maximized;
        Backend.setSetting("window/maximized", maximized);
        if (!maximized && visibility !== Window.FullScreen) {
            Backend.setSetting("window/width", width);
            Backend.setSetting("window/height", height);
            Backend.setSetting("window/x", x);
            Backend.setSetting("window/y", y);
        }
        Backend.setSetting("window/lastConversation", conversationId);
        if (sidebarLoader.item)
            Backend.setSetting("window/sidebarWidth", sidebarLoader.item.width);
    }

    // ---- Keyboard shortcuts (listed in Settings > Keyboard shortcuts). ----
    Shortcut {
        sequence: "Ctrl+N"
        enabled: !window.onboarding
        onActivated: window.newChat()
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: !window.onboarding
        onActivated: {
            window.settingsOpen = false;
            sidebarLoader.visible = true;
            if (sidebarLoader.item)
                sidebarLoader.item.focusSearch();
        }
    }
    Shortcut {
        sequence: "Ctrl+,"
        enabled: !window.onboarding
        onActivated: window.settingsOpen ? window.settingsOpen = false : window.openSettings()
    }
    Shortcut {
        sequence: "Ctrl+B"
        enabled: !window.onboarding
        onActivated: sidebarLoader.visible = !sidebarLoader.visible
    }
    Shortcut {
        sequence: "F2"
        enabled: !window.onboarding && window.conversationId > 0 && sidebarLoader.item !== null
        onActivated: sidebarLoader.item.renameConversation(window.conversationId)
    }
    Shortcut {
        sequence: "Ctrl+Shift+,"
        enabled: !window.onboarding
        onActivated: conversationSettings.open()
    }
    Shortcut {
        sequence: "Escape"
        enabled: window.settingsOpen
        onActivated: window.settingsOpen = false
    }
    Shortcut {
        sequence: StandardKey.Quit
        onActivated: window.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "startupNotice"
            Layout.fillWidth: true
            visible: Backend.startupNotice.length > 0 && !window.startupNoticeDismissed
            text: Backend.startupNotice
            onDismissed: window.startupNoticeDismissed = true
        }

        Banner {
            objectName: "storageErrorBanner"
            Layout.fillWidth: true
            visible: Backend.storageError.length > 0
            error: true
            text: Backend.storageError
            onDismissed: Backend.clearStorageError()
        }

        Loader {
            id: onboardingLoader
            objectName: "onboardingLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: window.onboarding
            visible: active
            sourceComponent: OnboardingPage {
                onFinished: {
                    window.onboarding = false;
                    window.newChat();
                }
            }
        }

        SplitView {
            id: split
            objectName: "mainView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !window.onboarding
            orientation: Qt.Horizontal

            Loader {
                id: sidebarLoader
                SplitView.preferredWidth: Backend.setting("window/sidebarWidth", 280)
                SplitView.minimumWidth: 200
                SplitView.maximumWidth: 520
                active: !window.onboarding
                sourceComponent: Sidebar {
                    currentConversationId: window.conversationId
                    onNewChatRequested: window.newChat()
                    onConversationActivated: (id, messageId) => window.openConversation(id, messageId)
                    onSettingsRequested: window.openSettings()
                    onConversationSettingsRequested: id => {
                        window.openConversation(id, 0);
                        conversationSettings.open();
                    }
                    onCurrentRemoved: window.newChat()
                    onCurrentTitleChanged: title => window.conversationTitle = title
                }
            }

            StackLayout {
                SplitView.fillWidth: true
                currentIndex: window.settingsOpen ? 1 : 0

                Loader {
                    id: chatLoader
                    objectName: "chatLoader"
                    active: !window.onboarding
                    source: "pages/ChatPage.qml"
                    onLoaded: window.showTargetMessage()
                }

                Loader {
                    id: settingsLoader
                    property string pageName: ""
                    active: window.settingsOpen
                    sourceComponent: SettingsPage {
                        initialPage: settingsLoader.pageName
                        onCloseRequested: window.settingsOpen = false
                    }
                }
            }
        }
    }

    // The chat page (issue 7) takes `conversationId` (0 = a new chat) and says
    // `conversationCreated(id)` when its first message created one.
    Binding {
        target: chatLoader.item
        property: "conversationId"
        value: window.conversationId
        when: chatLoader.item !== null && chatLoader.item.hasOwnProperty("conversationId")
    }
    Connections {
        target: chatLoader.item
        ignoreUnknownSignals: true
        function onConversationCreated(id) {
            window.conversationId = id;
        }
    }

    ConversationSettingsDialog {
        id: conversationSettings
        conversationId: window.conversationId
        onConversationCreated: id => window.conversationId = id
    }
}
