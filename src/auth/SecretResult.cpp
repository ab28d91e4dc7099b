// SPDX-License-Identifier: MIT
#include "SecretResult.h"

namespace assoc::auth {

SecretResult SecretResult::success(const QString &value) {
    SecretResult r;
    r.status = Status::Ok;
    r.value = value;
    return r;
}

SecretResult SecretResult::missing() {
    SecretResult r;
    r.status = Status::NotFound;
    return r;
}

SecretResult SecretResult::failure(const QString &message) {
    SecretResult r;
    r.status = Status::Error;
    r.errorMessage = message;
    return r;
}

} // namespace assoc::auth
