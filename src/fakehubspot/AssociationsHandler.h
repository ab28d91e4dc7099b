// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeRequest.h"
#include "FakeResponse.h"
#include "ObjectTypeResolver.h"

#include <QJsonObject>
#include <optional>

namespace assoc::fake {

// The nine association-schema operations under every path prefix HubSpot
// serves them, with each version's success codes and field set.
class AssociationsHandler {
public:
    enum class ApiVersion { V4, V4New, V2026_03, V2026_09 };

    AssociationsHandler(FakePortalState &state, const FakeConfig &config);

    // True for paths under one of the prefixes: these are burst-exempt schema operations.
    static bool isSchemaOperation(const QString &path);
    static std::optional<ApiVersion> versionOf(const QString &path, QStringList *rest = nullptr);

    // nullopt = not an association path (the router answers 404).
    std::optional<FakeResponse> handle(const FakeRequest &request);

private:
    enum class BatchOp { Create, Update, Purge };

    std::optional<FakeResponse> resolvePair(const FakeRequest &request, const QString &from,
                                            const QString &to, QString *fromId,
                                            QString *toId) const;
    std::optional<FakeResponse> parseBody(const FakeRequest &request, QJsonObject *body) const;
    // What every write starts from: its pair resolved, its body parsed.
    struct WriteInput {
        QString fromId;
        QString toId;
        QJsonObject body;
    };
    // Both of the above, in that order.
    std::optional<FakeResponse> readWrite(const FakeRequest &request, const QString &from,
                                          const QString &to, WriteInput *in) const;

    FakeResponse listLabels(const FakeRequest &request, const QString &from, const QString &to);
    FakeResponse createLabel(const FakeRequest &request, const QString &from, const QString &to);
    FakeResponse renameLabel(const FakeRequest &request, const QString &from, const QString &to);
    FakeResponse deleteLabel(const FakeRequest &request, const QString &from, const QString &to,
                             const QString &typeIdText);
    FakeResponse allConfigurations(const FakeRequest &request);
    FakeResponse pairConfigurations(const FakeRequest &request, const QString &from,
                                    const QString &to);
    FakeResponse batch(const FakeRequest &request, const QString &from, const QString &to,
                       BatchOp op);
    FakeResponse purge(const FakeRequest &request, const QString &fromId, const QString &toId,
                       const QJsonArray &inputs);

    using TypeJson = QJsonObject (AssociationsHandler::*)(const FakeAssociationType &) const;
    // The pair's labels, each as `json` words it: a read's answer.
    FakeResponse eachLabelOfPair(const FakeRequest &request, const QString &from, const QString &to,
                                 TypeJson json) const;
    QJsonObject labelJson(const FakeAssociationType &type) const;
    QJsonObject configurationJson(const FakeAssociationType &type) const;
    bool twoHundredCodes() const;
    bool isV4() const { return m_version == ApiVersion::V4 || m_version == ApiVersion::V4New; }

    FakePortalState &m_state;
    const FakeConfig &m_config;
    ObjectTypeResolver m_types;
    ApiVersion m_version = ApiVersion::V4; // of the request being handled
};

} // namespace assoc::fake
