// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageopenreport.h"

#include <QCoreApplication>

QString StorageOpenReport::userMessage() const
{
    if (recovered()) {
        return QCoreApplication::translate("StorageOpenReport",
                                           "%1 The old file was kept as %2. Confab started with an empty history.")
            .arg(movedAsideReason.message, movedAsidePath);
    }
    if (interruptedMessages > 0) {
        return QCoreApplication::translate("StorageOpenReport",
                                           "Confab was closed while writing %n reply(s); what was received is kept and "
                                           "marked as interrupted.",
                                           nullptr, interruptedMessages);
    }
    return {};
}
