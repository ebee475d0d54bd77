// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Confab
import Confab.Models

// The provider form's validation messages: shown once the user leaves a field or tries to save,
// in plain words, and gone when the field is right.
TestCase {
    id: testCase

    name: "ProviderForm"
    width: 700
    height: 900
    visible: true
    when: windowShown

    Component {
        id: formComponent
        ProviderForm {
            width: 640
        }
    }

    function typeInto(field, text) {
        mouseClick(field);
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_badUrl() {
        const form = createTemporaryObject(formComponent, testCase);
        form.editor.loadPreset("custom");
        const url = findChild(form, "urlField");
        const error = findChild(form, "urlError");
        verify(!error.visible);
        typeInto(url, "localhost:11434");
        verify(!error.visible, "no message while typing");
        mouseClick(findChild(form, "nameField")); // leave the field
        verify(error.visible);
        verify(error.text.indexOf("http://") >= 0, error.text);
        typeInto(url, "http://127.0.0.1:11434/v1");
        mouseClick(findChild(form, "nameField"));
        verify(!error.visible);
        compare(form.editor.baseUrl, "http://127.0.0.1:11434/v1");
    }

    function test_emptyKey() {
        const form = createTemporaryObject(formComponent, testCase);
        form.editor.loadPreset("openai");
        const key = findChild(form, "keyField");
        const error = findChild(form, "keyError");
        verify(!error.visible);
        compare(key.echoMode, TextInput.Password);
        mouseClick(findChild(form, "saveButton"));
        verify(error.visible, "saving without a key says why");
        verify(error.text.indexOf("API key") >= 0, error.text);
        typeInto(key, "sk-proj-abcdef123456");
        verify(!error.visible);
        typeInto(key, "sk with spaces");
        mouseClick(findChild(form, "nameField"));
        verify(error.visible);
        verify(error.text.indexOf("spaces") >= 0, error.text);
    }

    function test_localServerNeedsNoKey() {
        const form = createTemporaryObject(formComponent, testCase);
        form.editor.loadPreset("ollama");
        mouseClick(findChild(form, "saveButton"));
        verify(!findChild(form, "keyError").visible);
        verify(!findChild(form, "urlError").visible);
        // No model yet: that is what is missing.
        verify(findChild(form, "modelError").visible);
    }

    function test_headers() {
        const form = createTemporaryObject(formComponent, testCase);
        form.editor.loadPreset("openrouter");
        mouseClick(findChild(form, "advancedToggle"));
        const headers = findChild(form, "headersField");
        verify(headers.visible);
        const error = findChild(form, "headersError");
        typeInto(headers, "X-Title Confab");
        mouseClick(findChild(form, "nameField"));
        verify(error.visible);
        verify(error.text.indexOf("Line 1") === 0, error.text);
        // The reasoning switches of the preset are there to edit.
        verify(findChild(form, "reasoningOnField").text.indexOf("\"enabled\":true") >= 0);
    }
}
