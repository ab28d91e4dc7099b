// SPDX-License-Identifier: MIT
#pragma once

#include "core/LimitsTracking.h"

#include <QFrame>
#include <optional>

class QLabel;
class QListWidget;

namespace assoc::app {

// What a limit change means for records that already have many associations: a headline about
// the change, then, from the limits-tracking report its dialog's owner fetches, how many records
// are at or near the limit and a few of them. Used by LimitDialog (per direction) and
// BulkLimitDialog as a promoted widget.
class LimitImpactPanel : public QFrame {
    Q_OBJECT
public:
    explicit LimitImpactPanel(QWidget *parent = nullptr);

    // Which direction or labels the panel is about, for its accessible names.
    void setSubject(const QString &subject);
    void setHeadline(const QString &headline);
    // Shown while no report has arrived (and none was refused).
    void setChecking(bool checking);
    void setReport(const RecordLimitReport &report);
    void setUnavailable(const QString &reason);
    bool hasReport() const { return m_report.has_value(); }

    QString text() const;
    QListWidget *samples() const { return m_samples; }

    static constexpr int MaxSamples = 5;

private:
    void render();

    QLabel *m_text;
    QListWidget *m_samples;
    QString m_headline;
    std::optional<RecordLimitReport> m_report;
    QString m_unavailable;
    bool m_checking = false;
};

} // namespace assoc::app
