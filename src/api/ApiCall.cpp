// SPDX-License-Identifier: MIT
#include "ApiCall.h"

#include <QMetaObject>

namespace assoc {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent) {}

void ApiCall::cancel() {
    if (m_finished)
        return;
    if (auto handler = std::exchange(m_onCancel, nullptr))
        handler();
    fail(ApiError::canceled());
}

void ApiCall::fail(ApiError error) {
    if (m_finished)
        return;
    m_error = std::move(error);
    m_finished = true;
    deliver();
}

void ApiCall::succeed() {
    if (m_finished)
        return;
    m_finished = true;
    deliver();
}

void ApiCall::deliver() {
    m_onCancel = nullptr;
    // Always later, never inside the caller's stack: callers may connect after starting a call.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace assoc
