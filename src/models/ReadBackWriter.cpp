// SPDX-License-Identifier: MIT
#include "ReadBackWriter.h"

#include <QPointer>
#include <memory>

namespace assoc::models {

ReadBackWriter::ReadBackWriter(HubSpotClient *client, ReadBack readBack, QObject *parent)
    : QObject(parent)
    , m_writer(new ChangeWriter(client, this))
    , m_readBack(std::move(readBack)) {}

void ReadBackWriter::setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId) {
    m_writer->setJournal(journal, profile, portalId);
    m_journalProfile = profile;
}

Call<ChangeOutcome> *ReadBackWriter::write(const ObjectTypePair &pair, const PlanChange &change,
                                           const WriteOrigin &origin, qint64 portalId) {
    if (portalId != 0)
        m_writer->setPortalId(portalId);
    auto *outer = new Call<ChangeOutcome>(this);
    auto *write = m_writer->write(pair, change, origin);
    QPointer<Call<ChangeOutcome>> guard(write);
    outer->setCancelHandler([guard] {
        if (guard)
            guard->cancel();
    });
    write->then(this, [this, outer, pair](const ApiResult<ChangeOutcome> &r) {
        if (!r) {
            outer->fail(r.error());
            return;
        }
        const ChangeOutcome outcome = r.value();
        if (outcome.status == ChangeOutcome::Status::Cancelled) {
            outer->resolve(outcome);
            return;
        }
        const QList<ObjectTypePair> pairs = pair.isSameObject()
                                                ? QList<ObjectTypePair>{pair}
                                                : QList<ObjectTypePair>{pair, pair.reversed()};
        auto remaining = std::make_shared<int>(int(pairs.size()));
        const bool labelsChanged = outcome.change.kind == PlanChange::Kind::CreateLabel ||
                                   outcome.change.kind == PlanChange::Kind::RenameLabel ||
                                   outcome.change.kind == PlanChange::Kind::DeleteLabel;
        for (const ObjectTypePair &p : pairs) {
            m_readBack(p, [outer, remaining, outcome](const std::optional<ApiError> &) {
                if (--*remaining == 0)
                    outer->resolve(outcome);
            });
            if (labelsChanged)
                emit this->labelsChanged(p);
        }
    });
    return outer;
}

} // namespace assoc::models
