// SPDX-License-Identifier: MIT
#include "LimitImpactPanel.h"

#include "auth/Redactor.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace assoc::app {

LimitImpactPanel::LimitImpactPanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_samples(new QListWidget(this)) {
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("impactLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_samples->setObjectName(QStringLiteral("impactSamples"));
    m_samples->setToolTip(tr("Some of the records at or near the limit."));
    m_samples->setMaximumHeight(110);
    m_samples->setSelectionMode(QAbstractItemView::NoSelection);
    m_samples->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_samples);
    setSubject({});
}

void LimitImpactPanel::setSubject(const QString &subject) {
    if (subject.isEmpty()) {
        setAccessibleName(tr("Records affected"));
        m_text->setAccessibleName(tr("Records at or near the limit"));
        m_samples->setAccessibleName(tr("Sample records"));
        return;
    }
    setAccessibleName(tr("Records affected, %1").arg(subject));
    m_text->setAccessibleName(tr("Records at or near the limit, %1").arg(subject));
    m_samples->setAccessibleName(tr("Sample records, %1").arg(subject));
}

void LimitImpactPanel::setHeadline(const QString &headline) {
    m_headline = headline;
    render();
}

void LimitImpactPanel::setChecking(bool checking) {
    m_checking = checking;
    render();
}

void LimitImpactPanel::setReport(const RecordLimitReport &report) {
    m_report = report;
    m_unavailable.clear();
    m_checking = false;
    render();
}

void LimitImpactPanel::setUnavailable(const QString &reason) {
    m_report.reset();
    // The reason is an error's text, which may quote a request: it passes the redactor.
    m_unavailable = reason.isEmpty() ? tr("no reason given") : auth::Redactor::forDisplay(reason);
    m_checking = false;
    render();
}

QString LimitImpactPanel::text() const {
    return m_text->text();
}

void LimitImpactPanel::render() {
    QString text = m_headline;
    m_samples->clear();
    if (m_report) {
        const RecordLimitReport &r = *m_report;
        text += QLatin1Char('\n') +
                tr("%1, %2.").arg(tr("%Ln record(s) at the limit", nullptr, r.totalRecordsAtLimit),
                                  tr("%Ln near it", nullptr, r.totalRecordsNearLimit));
        if (r.limit > 0)
            text += QLatin1Char(' ') +
                    tr("(Measured against a limit of %Ln record(s).)", nullptr, int(r.limit));
        int shown = 0;
        const auto name = [](const RecordSample &s) {
            return s.label.isEmpty() ? tr("(no name)") : s.label;
        };
        for (const RecordSample &s : r.atLimitSamples) {
            if (shown++ >= MaxSamples)
                break;
            m_samples->addItem(tr("Record %1 · %2 (at the limit)").arg(s.objectId).arg(name(s)));
        }
        for (const RecordSample &s : r.nearLimitSamples) {
            if (shown++ >= MaxSamples)
                break;
            m_samples->addItem(
                tr("Record %1 · %2 (%Ln association(s), near the limit)", nullptr, int(s.usage))
                    .arg(s.objectId)
                    .arg(name(s)));
        }
    } else if (!m_unavailable.isEmpty()) {
        text += QLatin1Char('\n') +
                tr("Could not check which records are at the limit: %1").arg(m_unavailable);
    } else if (m_checking) {
        text += QLatin1Char('\n') + tr("Checking which records are at or near the limit…");
    }
    m_text->setText(text);
    m_samples->setVisible(m_samples->count() > 0);
}

} // namespace assoc::app
