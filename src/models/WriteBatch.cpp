// SPDX-License-Identifier: MIT
#include "WriteBatch.h"

#include "PortalSession.h"

#include <algorithm>

namespace assoc::models {

WriteBatch::WriteBatch(PortalSession *session, const QList<Item> &items, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_items(items)
    , m_outcomes(items.size()) {}

bool WriteBatch::allSucceeded() const {
    return std::all_of(m_outcomes.begin(), m_outcomes.end(),
                       [](const auto &o) { return o && o->succeeded(); });
}

void WriteBatch::start(bool stopAtFirstFailure) {
    if (m_running)
        return;
    m_running = true;
    m_stopAtFirstFailure = stopAtFirstFailure;
    // A session that goes away takes its pending write with it: what is left ends here.
    if (m_session)
        connect(m_session, &QObject::destroyed, this, [this] {
            endRemaining(tr("ended without an answer: the portal was disconnected"));
        });
    emit progress(0, total());
    next();
}

void WriteBatch::cancel() {
    // The write in flight finishes; next() ends the rest once it has.
    m_cancelled = true;
}

void WriteBatch::next() {
    if (m_next >= total()) {
        m_running = false;
        emit finished();
        return;
    }
    if (m_cancelled)
        return endRemaining(tr("cancelled before it was sent"));
    if (!m_session)
        return endRemaining(tr("not sent: the portal was disconnected"));
    const int index = m_next;
    emit itemStarted(index);
    const Item &item = m_items.at(index);
    m_session->write(item.pair, item.change)
        ->then(this, [this, index](const ApiResult<ChangeOutcome> &r) {
            ChangeOutcome o;
            if (r) {
                o = r.value();
            } else {
                o.changeId = m_items.at(index).change.id();
                o.change = m_items.at(index).change;
                o.status = r.error().kind == ApiError::Kind::Canceled
                               ? ChangeOutcome::Status::Cancelled
                               : ChangeOutcome::Status::Failed;
                o.error = r.error();
                o.detail = r.error().userMessage();
            }
            conclude(index, o);
            if (m_stopAtFirstFailure && !o.succeeded())
                m_cancelled = true;
            next();
        });
}

void WriteBatch::conclude(int index, const ChangeOutcome &outcome) {
    m_outcomes[index] = outcome;
    m_next = index + 1;
    emit itemFinished(index, outcome);
    emit progress(m_next, total());
}

void WriteBatch::endRemaining(const QString &why) {
    if (!m_running)
        return;
    for (int i = m_next; i < total(); ++i) {
        if (m_outcomes.at(i))
            continue;
        ChangeOutcome o;
        o.changeId = m_items.at(i).change.id();
        o.change = m_items.at(i).change;
        o.status = ChangeOutcome::Status::Cancelled;
        o.detail = why;
        conclude(i, o);
    }
    m_running = false;
    emit finished();
}

} // namespace assoc::models
