// SPDX-License-Identifier: MIT
#pragma once

// Writes through a PortalSession the way the window's dialogs make them: a change approved
// against what the session shows now, plus what the person chose.

#include "TestSupport.h"
#include "models/PortalSession.h"

namespace assoc::test {

inline Call<ChangeOutcome> *createLabel(models::PortalSession &session, const ObjectTypePair &pair,
                                        const LabelCreateRequest &request,
                                        const WriteOrigin &origin = {}) {
    PlanChange c = session.changeOf(PlanChange::Kind::CreateLabel, pair,
                                    {AssociationCategory::UserDefined, 0});
    c.name = request.name;
    c.labelText = request.label;
    c.labelBefore.clear();
    c.inverseLabel = request.isPaired() ? request.inverseLabel : std::nullopt;
    return session.write(pair, c, origin);
}

inline Call<ChangeOutcome> *renameLabel(models::PortalSession &session, const ObjectTypePair &pair,
                                        const LabelKey &key, const QString &label,
                                        const std::optional<QString> &inverse = std::nullopt) {
    PlanChange c = session.changeOf(PlanChange::Kind::RenameLabel, pair, key);
    c.labelText = label;
    c.inverseLabel = inverse;
    return session.write(pair, c);
}

inline Call<ChangeOutcome> *deleteLabel(models::PortalSession &session, const ObjectTypePair &pair,
                                        const LabelKey &key) {
    return session.write(pair, session.changeOf(PlanChange::Kind::DeleteLabel, pair, key));
}

inline Call<ChangeOutcome> *setLimit(models::PortalSession &session, const ObjectTypePair &pair,
                                     const LabelKey &key, std::optional<int> limit) {
    PlanChange c = session.changeOf(
        limit ? PlanChange::Kind::SetLimit : PlanChange::Kind::RemoveLimit, pair, key);
    c.limitAfter = limit;
    return session.write(pair, c);
}

// The write ended and made its change (or found it made already).
inline bool written(const std::optional<ApiResult<ChangeOutcome>> &result) {
    return result && result->ok() && result->value().succeeded();
}

inline QByteArray whyNot(const std::optional<ApiResult<ChangeOutcome>> &result) {
    if (!result)
        return "the write did not end in time";
    if (!result->ok())
        return result->error().userMessage().toUtf8();
    const ChangeOutcome &o = result->value();
    return "status " + QByteArray::number(int(o.status)) + ": " + o.detail.toUtf8();
}

} // namespace assoc::test
