// SPDX-License-Identifier: MIT
#include "ControlHandler.h"

#include "FakeHubSpotServer.h"
#include "HubSpotErrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace assoc::fake {

ControlHandler::ControlHandler(FakeHubSpotServer &server)
    : m_server(server) {}

bool ControlHandler::isControlPath(const QString &path) {
    return path.startsWith(u"/__fake/"_s);
}

FakeResponse ControlHandler::handle(const FakeRequest &request) {
    const QString what = request.path.mid(8); // after "/__fake/"
    const bool get = request.method == u"GET";
    const bool post = request.method == u"POST";
    QJsonObject body;
    if (post && !request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return HubSpotErrors::invalidJson(request, error.errorString());
        body = doc.object();
    }
    if (what == u"state" && get)
        return FakeResponse::json(200, m_server.state().toJson());
    if (what == u"config" && (get || post)) {
        const QStringList unknown = m_server.config().apply(body);
        if (!unknown.isEmpty())
            return HubSpotErrors::error(request, 400, u"VALIDATION_ERROR"_s,
                                        u"unknown config keys: %1"_s.arg(unknown.join(u", "_s)));
        return FakeResponse::json(200, m_server.config().toJson());
    }
    if (what == u"faults" && (get || post)) {
        const QString error = m_server.faults().applyJson(body);
        if (!error.isEmpty())
            return HubSpotErrors::validation(request, error);
        return FakeResponse::json(200, m_server.faults().toJson());
    }
    if (what == u"log" && get)
        return FakeResponse::json(200, {{u"entries"_s, m_server.log().toJson()}});
    if ((what == u"log/clear" && post) || (what == u"log" && request.method == u"DELETE")) {
        m_server.log().clear();
        return FakeResponse::noContent();
    }
    if (what == u"reset" && post) {
        const QString seedName = body.value(u"seed"_s).toString();
        if (!seedName.isEmpty()) {
            const auto kind = FakeHubSpotServer::seedFromString(seedName);
            if (!kind)
                return HubSpotErrors::validation(request, u"unknown seed '%1'"_s.arg(seedName));
            m_server.reseed(*kind, body.value(u"types"_s).toInt(kFullLargePortal));
        }
        m_server.reset(body.value(u"resetConfig"_s).toBool(false));
        return FakeResponse::json(200, {{u"portalId"_s, m_server.state().portalId()}});
    }
    if (what == u"oauth/refresh-token" && post)
        return FakeResponse::json(200, {{u"refresh_token"_s, m_server.issueRefreshToken()},
                                        {u"client_id"_s, m_server.oauthClientId()},
                                        {u"client_secret"_s, m_server.oauthClientSecret()}});
    if (what == u"oauth/expire-access-tokens" && post) {
        m_server.expireAllAccessTokens();
        return FakeResponse::noContent();
    }
    return HubSpotErrors::notFound(request);
}

} // namespace assoc::fake
