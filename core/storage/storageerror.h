// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDebug>
#include <QMetaType>
#include <QObject>
#include <QString>

/**
 * @brief A typed storage failure: what went wrong, a translated sentence for the user and the technical detail.
 *
 * `message` is for people (translated), `detail` for logs (the SQLite text and what was being done), `path`
 * names the file involved when there is one. codeName() gives stable names for logs and the wire
 * (`disk_full`, `read_only`, ...). A default-constructed error has code `None`.
 */
class StorageError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(StorageError)
    Q_PROPERTY(Code code MEMBER code)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(QString path MEMBER path)

public:
    enum class Code {
        None,
        DataFolder, ///< the data folder cannot be created or written
        InUse, ///< another running process has this database open
        NotADatabase, ///< the file is not an SQLite database
        Corrupt, ///< the database is damaged
        NewerSchema, ///< written by a newer Confab; refused without modification
        ReadOnly, ///< the database cannot be written
        DiskFull, ///< the disk (or the database's size limit) is full
        Busy, ///< locked by another connection for longer than the busy timeout, or already being written
        Io, ///< an input/output error
        NotFound, ///< no such conversation, message or file
        InvalidArgument, ///< a request that cannot be carried out (a parent in another conversation, ...)
        InvalidImport, ///< a malformed import file; nothing was imported
        Closed, ///< the storage this object belonged to was closed
        Internal, ///< any other database error
    };
    Q_ENUM(Code)

    StorageError() = default;
    /** An error of @p code with the standard translated message for that code. */
    StorageError(Code code, const QString &detail = {}, const QString &path = {});

    bool isError() const
    {
        return code != Code::None;
    }
    /** The stable snake_case name of @p code (`none`, `disk_full`, ...). */
    static QString codeName(Code code);
    /** The standard translated sentence for @p code. */
    static QString defaultMessage(Code code);
    /** One line for logs: code name, message, detail and path. */
    QString toString() const;

    bool operator==(const StorageError &other) const = default;

    Code code = Code::None;
    QString message;
    QString detail;
    QString path;
};

QDebug operator<<(QDebug debug, const StorageError &error);
