// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab
import Confab.Models

// How a reply was made: tokens, time to the first token, tokens per second, the model.
Text {
    id: footer
    objectName: "usageFooter"

    required property int completionTokens
    required property int promptTokens
    required property bool estimated
    required property int timeToFirstTokenMs
    required property real tokensPerSecond
    required property string modelName

    readonly property bool known: completionTokens >= 0

    visible: known
    color: Theme.secondaryText
    font.pointSize: Math.max(7, Qt.application.font.pointSize - 1)
    elide: Text.ElideRight
    text: {
        const parts = [];
        if (footer.completionTokens >= 0) {
            const count = LocaleFormat.number(footer.completionTokens);
            parts.push(footer.estimated ? qsTr("~%1 tokens").arg(count) : qsTr("%1 tokens").arg(count));
        }
        if (footer.timeToFirstTokenMs >= 0)
            parts.push(qsTr("first token after %1 s").arg(LocaleFormat.number(footer.timeToFirstTokenMs / 1000, 2)));
        if (footer.tokensPerSecond > 0)
            parts.push(qsTr("%1 tokens/s").arg(LocaleFormat.number(footer.tokensPerSecond, 1)));
        if (footer.modelName.length > 0)
            parts.push(footer.modelName);
        return parts.join(" · ");
    }
}
