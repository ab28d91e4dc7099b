// SPDX-License-Identifier: MIT
#include "AppIcons.h"

// A resource file compiled into a static library must be registered by hand.
static void initAppResources() {
    Q_INIT_RESOURCE(resources);
}

namespace assoc::app {

QIcon AppIcons::icon(const QString &name) {
    static const bool initialised = [] {
        initAppResources();
        return true;
    }();
    Q_UNUSED(initialised);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace assoc::app
