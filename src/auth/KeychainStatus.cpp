// SPDX-License-Identifier: MIT
#include "KeychainStatus.h"

#include <QCoreApplication>

namespace assoc::auth {

QString KeychainStatus::message() const {
    return isUnavailable() ? unavailableMessage(reason) : QString();
}

KeychainStatus KeychainStatus::available() {
    KeychainStatus s;
    s.state = State::Available;
    return s;
}

KeychainStatus KeychainStatus::unavailable(const QString &reason) {
    KeychainStatus s;
    s.state = State::Unavailable;
    s.reason = reason.trimmed();
    if (s.reason.endsWith(QLatin1Char('.')))
        s.reason.chop(1);
    if (s.reason.isEmpty())
        s.reason = QCoreApplication::translate("KeychainStatus", "no reason given");
    return s;
}

QString KeychainStatus::unavailableMessage(const QString &reason) {
    return QCoreApplication::translate(
               "KeychainStatus", "The system keychain is not available (%1). Secrets can be kept "
                                 "for this session only; they will not be saved.")
        .arg(reason);
}

} // namespace assoc::auth
