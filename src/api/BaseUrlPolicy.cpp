// SPDX-License-Identifier: MIT
#include "BaseUrlPolicy.h"

#include <QHostAddress>

namespace assoc {

QString BaseUrlPolicy::problem(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty() || (!https && scheme != QLatin1String("http")))
        return tr("Enter an address starting with https:// and a host name, for example "
                  "https://api.hubapi.com.");
    if (!url.userInfo().isEmpty())
        return tr("The address must not contain a user name or password (user:password@). "
                  "Remove them: credentials belong in the sign-in fields, never in an address.");
    if (!https && !isLoopbackHost(url.host()))
        return tr("Plain http:// would send your credentials unencrypted. Use https://; http:// "
                  "is accepted only for this computer (localhost, 127.0.0.1, ::1).");
    return {};
}

bool BaseUrlPolicy::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace assoc
