// SPDX-License-Identifier: MIT
#include "SecretOperation.h"

namespace assoc::auth {

SecretOperation::SecretOperation(QObject *parent)
    : QObject(parent) {}

void SecretOperation::finish(SecretResult result) {
    if (m_result)
        return;
    m_result = std::move(result);
    // Queued, so a caller that connects right after creating the operation never misses it.
    QMetaObject::invokeMethod(this, &SecretOperation::deliver, Qt::QueuedConnection);
}

void SecretOperation::deliver() {
    emit finished(*m_result);
    deleteLater();
}

} // namespace assoc::auth
