// SPDX-License-Identifier: MIT
#pragma once

#include "SecretResult.h"

#include <QObject>
#include <optional>

namespace assoc::auth {

// One keychain operation (or a sequence of them) in progress. It ends exactly once — success,
// not found, or an error with a message — always after the call that created it has returned,
// and deletes itself after `finished` has been delivered.
class SecretOperation : public QObject {
    Q_OBJECT
public:
    explicit SecretOperation(QObject *parent = nullptr);

    bool isFinished() const { return m_result.has_value(); }
    // Valid once finished.
    const SecretResult &result() const { return *m_result; }

    // Ends the operation; later calls are ignored. Delivery is queued.
    void finish(SecretResult result);

    // Runs `handler(result)` when the operation ends, unless `context` is gone by then.
    template <typename F> SecretOperation *then(QObject *context, F &&handler) {
        connect(this, &SecretOperation::finished, context, std::forward<F>(handler));
        return this;
    }

signals:
    void finished(const assoc::auth::SecretResult &result);

private:
    void deliver();
    std::optional<SecretResult> m_result;
};

} // namespace assoc::auth
