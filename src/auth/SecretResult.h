// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace assoc::auth {

// How one secret operation ended. `value` is set only for a successful read; it is a secret
// and must never be logged (the Redactor knows it).
struct SecretResult {
    enum class Status { Ok, NotFound, Error };
    Status status = Status::Ok;
    QString value;
    QString errorMessage; // for the user: what failed and why

    bool ok() const { return status == Status::Ok; }
    bool notFound() const { return status == Status::NotFound; }
    bool failed() const { return status == Status::Error; }

    static SecretResult success(const QString &value = {});
    static SecretResult missing();
    static SecretResult failure(const QString &message);
};

} // namespace assoc::auth

Q_DECLARE_METATYPE(assoc::auth::SecretResult)
