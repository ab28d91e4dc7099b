// SPDX-License-Identifier: MIT
#pragma once

#include "FakeAssociationType.h"
#include "FakeConfig.h"
#include "FakeLimit.h"
#include "FakeObjectType.h"
#include "FakeRecordUsage.h"
#include "StateError.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace assoc::fake {

// The portal's data and HubSpot's rules for changing it. Knows nothing about
// HTTP: handlers translate requests into these calls and StateErrors into bodies.
class FakePortalState {
public:
    void clear();

    qint64 portalId() const { return m_portalId; }
    void setPortalId(qint64 id) { m_portalId = id; }
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &zone) { m_timeZone = zone; }
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency) { m_currency = currency; }

    // Object types.
    void addObjectType(const FakeObjectType &type);
    const QList<FakeObjectType> &objectTypes() const { return m_objectTypes; }
    const FakeObjectType *objectType(const QString &id) const;
    // Accepts an id, or for standard objects a singular/plural name (every standard type's, or
    // only those the docs name); nullptr if unknown.
    const FakeObjectType *resolveObjectType(const QString &token, bool acceptFullyQualifiedName,
                                            bool namesForAllStandardTypes = true) const;
    // Types this portal's token may not read (the seed's; FakeConfig can add more).
    const QStringList &deniedObjectTypes() const { return m_deniedObjectTypes; }
    void denyObjectType(const QString &id) { m_deniedObjectTypes.append(id); }

    // Association types (labels), one entry per direction.
    void addAssociationType(const FakeAssociationType &type); // seeding only, no checks
    const QList<FakeAssociationType> &associationTypes() const { return m_types; }
    QList<FakeAssociationType> labels(const QString &fromId, const QString &toId) const;
    // Prefers USER_DEFINED when an id exists in several categories (ids collide across them).
    const FakeAssociationType *findType(const QString &fromId, const QString &toId, int typeId,
                                        const QString &category = {}) const;
    int userLabelCount(const QString &fromId, const QString &toId) const;
    int nextTypeId() const { return m_nextTypeId; }
    void setNextTypeId(int id) { m_nextTypeId = id; }

    std::optional<StateError> createLabel(const QString &fromId, const QString &toId,
                                          const QString &name, const QString &label,
                                          const QString &inverseLabel, const FakeConfig &config,
                                          QList<FakeAssociationType> *created = nullptr);
    // `inverseLabel` null = not given.
    std::optional<StateError> renameLabel(const QString &fromId, const QString &toId, int typeId,
                                          const QString &label, const QString &inverseLabel,
                                          const FakeConfig &config);
    std::optional<StateError> deleteLabel(const QString &fromId, const QString &toId, int typeId,
                                          const FakeConfig &config);

    // Limits.
    const QList<FakeLimit> &limits() const { return m_limits; }
    QList<FakeLimit> limits(const QString &fromId, const QString &toId) const;
    std::optional<int> limit(const QString &fromId, const QString &toId, const QString &category,
                             int typeId) const;
    void setLimit(const QString &fromId, const QString &toId, const QString &category, int typeId,
                  int maxToObjectIds); // seeding only, no checks
    std::optional<StateError> createLimit(const QString &fromId, const QString &toId,
                                          const QString &category, int typeId, int maxToObjectIds,
                                          const FakeConfig &config);
    std::optional<StateError> updateLimit(const QString &fromId, const QString &toId,
                                          const QString &category, int typeId, int maxToObjectIds,
                                          const FakeConfig &config);
    std::optional<StateError> checkPurge(const QString &fromId, const QString &toId,
                                         const QString &category, int typeId) const;
    void removeLimit(const QString &fromId, const QString &toId, const QString &category,
                     int typeId);

    // Synthetic record association counts for limits tracking.
    void addRecordUsage(const FakeRecordUsage &usage) { m_records.append(usage); }
    const QList<FakeRecordUsage> &recordUsages() const { return m_records; }
    QList<FakeRecordUsage> recordUsages(const QString &fromId, const QString &toId) const;
    // The per-record limit of a pair: its smallest user limit, else the default.
    int recordLimit(const QString &fromId, const QString &toId, const FakeConfig &config) const;

    QJsonObject toJson() const;

private:
    FakeAssociationType *findMutable(const QString &fromId, const QString &toId, int typeId);
    // The label a rename or delete names (either direction where the config allows): refused
    // when there is none, or when it is not the portal's own, as the answer says it "cannot be
    // `verb`".
    std::optional<StateError> findUserLabel(const QString &fromId, const QString &toId, int typeId,
                                            const FakeConfig &config, const QString &verb,
                                            FakeAssociationType **found);
    FakeAssociationType *inverseOf(const FakeAssociationType &type);
    std::optional<StateError> validateLimitInput(const QString &fromId, const QString &toId,
                                                 const QString &category, int typeId,
                                                 int maxToObjectIds,
                                                 const FakeConfig &config) const;
    std::optional<StateError> validateLabelText(const QString &field, const QString &text,
                                                const FakeConfig &config) const;
    void removeType(const FakeAssociationType &type);

    qint64 m_portalId = 7001234;
    QString m_timeZone = QStringLiteral("Europe/Berlin");
    QString m_currency = QStringLiteral("EUR");
    int m_nextTypeId = 100;
    QList<FakeObjectType> m_objectTypes;
    QStringList m_deniedObjectTypes;
    QList<FakeAssociationType> m_types;
    QList<FakeLimit> m_limits;
    QList<FakeRecordUsage> m_records;
};

} // namespace assoc::fake
