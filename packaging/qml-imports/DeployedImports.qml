// SPDX-License-Identifier: GPL-3.0-or-later
// Never loaded. windeployqt and macdeployqt copy the QML modules that the files they scan import;
// main.cpp chooses the Fusion style in C++, which no view imports, so it is named here.
// Add any other module the app loads without an import in qml/.
import QtQuick
import QtQuick.Controls.Fusion

Item {}
