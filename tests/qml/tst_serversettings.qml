// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Models

// The local server's page: invalid port, address and origins are refused with a sentence.
TestCase {
    id: testCase

    name: "SettingsServer"
    width: 760
    height: 1000
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        Item {
            width: 740
            height: 980
            property alias loader: loader
            Loader {
                id: loader
                width: parent.width
                source: "qrc:/Confab/pages/SettingsServer.qml"
            }
        }
    }

    function enter(field, text) {
        mouseClick(field);
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
        keyClick(Qt.Key_Tab); // editing finished
    }

    function test_validation() {
        const holder = createTemporaryObject(pageComponent, testCase);
        tryVerify(() => holder.loader.status === Loader.Ready);
        const page = holder.loader.item;
        enter(findChild(page, "serverPort"), "99999");
        const portError = findChild(page, "portError");
        verify(portError.visible);
        verify(portError.text.indexOf("65535") >= 0, portError.text);
        enter(findChild(page, "serverPort"), "80");
        verify(portError.text.indexOf("1024") >= 0, portError.text);
        enter(findChild(page, "serverPort"), "8765");
        verify(!portError.visible);

        enter(findChild(page, "serverBind"), "localhost-ish");
        verify(findChild(page, "bindError").visible);

        const origins = findChild(page, "serverOrigins");
        mouseClick(origins);
        origins.text = "*";
        origins.editingFinished();
        verify(findChild(page, "originsError").text.indexOf("every web page") >= 0);
        origins.text = "http://localhost:5173/app";
        origins.editingFinished();
        verify(findChild(page, "originsError").text.indexOf("is not an origin") >= 0);
        origins.text = "http://localhost:5173\nhttps://example.org";
        origins.editingFinished();
        verify(!findChild(page, "originsError").visible);

        // Without a server (a window that has none), the token row says so instead of showing one.
        verify(findChild(page, "tokenRow"));
        verify(!findChild(page, "rotateToken").enabled);
        compare(findChild(page, "serverToken").text, "");
    }
}
