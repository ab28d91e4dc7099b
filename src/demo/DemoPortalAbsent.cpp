// SPDX-License-Identifier: MIT
// DemoPortal in a build configured with ASSOC_DEMO=OFF: no fake portal, no Qt HttpServer; --demo
// explains why it cannot start.
#include "DemoPortal.h"

namespace assoc::demo {

DemoPortal::DemoPortal(QObject *parent)
    : QObject(parent) {}

DemoPortal::~DemoPortal() = default;

bool DemoPortal::start(QString *error) {
    if (error)
        *error = tr("This build has no demo portal.");
    return false;
}

ClientConfig DemoPortal::config() const {
    return {};
}

} // namespace assoc::demo
