// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

StorageError::StorageError(Code code_, const QString &detail_, const QString &path_)
    : code(code_)
    , message(defaultMessage(code_))
    , detail(detail_)
    , path(path_)
{ }

QString StorageError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return u"none"_s;
    case Code::DataFolder:
        return u"data_folder"_s;
    case Code::InUse:
        return u"in_use"_s;
    case Code::NotADatabase:
        return u"not_a_database"_s;
    case Code::Corrupt:
        return u"corrupt"_s;
    case Code::NewerSchema:
        return u"newer_schema"_s;
    case Code::ReadOnly:
        return u"read_only"_s;
    case Code::DiskFull:
        return u"disk_full"_s;
    case Code::Busy:
        return u"busy"_s;
    case Code::Io:
        return u"io"_s;
    case Code::NotFound:
        return u"not_found"_s;
    case Code::InvalidArgument:
        return u"invalid_argument"_s;
    case Code::InvalidImport:
        return u"invalid_import"_s;
    case Code::Closed:
        return u"closed"_s;
    case Code::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

QString StorageError::defaultMessage(Code code)
{
    switch (code) {
    case Code::None:
        return {};
    case Code::DataFolder:
        return tr("The data folder cannot be created or written.");
    case Code::InUse:
        return tr("The history database is in use by another running copy of Confab.");
    case Code::NotADatabase:
        return tr("The history file is not a database.");
    case Code::Corrupt:
        return tr("The history database is damaged.");
    case Code::NewerSchema:
        return tr("The history database was written by a newer version of Confab. Please update Confab.");
    case Code::ReadOnly:
        return tr("The history database cannot be written (it is read-only).");
    case Code::DiskFull:
        return tr("The disk is full: the history cannot be saved. Nothing shown is lost; free some space.");
    case Code::Busy:
        return tr("The history database is busy.");
    case Code::Io:
        return tr("The history database could not be read or written (input/output error).");
    case Code::NotFound:
        return tr("The conversation or message does not exist.");
    case Code::InvalidArgument:
        return tr("The request cannot be carried out.");
    case Code::InvalidImport:
        return tr("The file cannot be imported: nothing was imported.");
    case Code::Closed:
        return tr("The history database is closed.");
    case Code::Internal:
        return tr("The history database reported an error.");
    }
    return {};
}

QString StorageError::toString() const
{
    QString text = codeName(code) + u": "_s + message;
    if (!detail.isEmpty()) {
        text += u" ("_s + detail + u')';
    }
    if (!path.isEmpty()) {
        text += u" ["_s + path + u']';
    }
    return text;
}

QDebug operator<<(QDebug debug, const StorageError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "StorageError(" << error.toString() << ')';
    return debug;
}
