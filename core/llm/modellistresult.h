// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmerror.h"
#include "modelinfo.h"

#include <QList>

/** @brief The answer of LlmClient::listModels(): the models sorted by id, or an error. */
struct ModelListResult
{
    QList<ModelInfo> models;
    LlmError error;

    bool ok() const
    {
        return !error.isError();
    }
};
