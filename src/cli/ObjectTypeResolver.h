// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/ObjectType.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace assoc {
class HubSpotClient;
}

namespace assoc::cli {

// Turns what the user typed for an object type — an id ("0-1", "2-7300101"), a standard name
// ("contacts", "contact") or a custom object's name or fully-qualified name ("vehicles",
// "p7001234_vehicles") — into an object type. Asks HubSpot for the custom types only when a
// name is not a standard one.
class ObjectTypeResolver : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        QList<ObjectType> types;          // one per input, in order, when all were found
        std::optional<ApiError> apiError; // listing the custom types failed
        QString unknown;                  // an input that names no object type of the portal
        QStringList known;                // the names that would have been accepted
        bool ok() const { return !apiError && unknown.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &)>;

    explicit ObjectTypeResolver(HubSpotClient *client, QObject *parent = nullptr);

    // Calls `done` exactly once, possibly before returning.
    void resolve(const QStringList &inputs, Done done);

    static bool looksLikeId(const QString &text);
    // Resolution without asking HubSpot; nullopt when the custom types are needed.
    static std::optional<ObjectType> resolveLocally(const QString &input);
    static std::optional<ObjectType> findCustom(const QString &input,
                                                const QList<ObjectType> &custom);

private:
    HubSpotClient *m_client;
};

} // namespace assoc::cli
