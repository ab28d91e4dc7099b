// SPDX-License-Identifier: MIT
#include "DialogConflict.h"

#include <QCoreApplication>

namespace assoc::app {

namespace {
// lupdate files these strings under "DialogConflict" too.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(DialogConflict)
};
} // namespace

ApiError dialogConflict(const ChangeOutcome &outcome) {
    ApiError error = outcome.error.value_or(ApiError::conflict(outcome.detail));
    error.message += QLatin1Char(' ') +
                     Texts::tr("Your input is kept: confirm again to make your change over what "
                               "is there now, or cancel to leave it.");
    return error;
}

} // namespace assoc::app
