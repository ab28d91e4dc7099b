// SPDX-License-Identifier: MIT
#pragma once

#include "BulkChangeDialog.h"
#include "LimitTarget.h"
#include "core/LimitsTracking.h"
#include "core/ObjectTypePair.h"

#include <QList>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class BulkLimitDialog;
}

namespace assoc::app {

// Gives several labels of a pair the same limit, or removes the limits of one or several: lists
// them with their current limits and, before a tighter limit or a removal is applied, the
// records at or near the limit (its owner fetches them: impactRequested, or at once for a
// removal). Each label's outcome is then shown in the list. LimitDialog edits one label's limits
// in both directions; this one acts on the selected direction of each label.
class BulkLimitDialog : public BulkChangeDialog {
    Q_OBJECT
public:
    enum class Purpose { SetLimit, RemoveLimit };

    BulkLimitDialog(Purpose purpose, const QList<LimitTarget> &targets, QWidget *parent = nullptr);
    ~BulkLimitDialog() override;

    Purpose purpose() const { return m_purpose; }
    const QList<LimitTarget> &targets() const { return m_targets; }
    // What the portal holds now for target `index`, after a run that left it undone.
    void setTarget(int index, const LimitTarget &target);
    // The limit to set; nullopt when removing.
    std::optional<int> value() const;
    // Whether the limit to set is stricter than the current one of any target (or than none).
    bool isTighter() const;

    void setImpact(const ObjectTypePair &pair, const RecordLimitReport &report);
    void setImpactUnavailable(const ObjectTypePair &pair, const QString &reason);

    // How long the person must pause on a tighter limit before its impact is asked for.
    static constexpr int ImpactDebounceMs = 300;
    void setImpactDelay(int ms);
    int impactDelay() const;

signals:
    // A tighter limit was chosen (debounced), so the owner can fetch the impact.
    void impactRequested(const assoc::ObjectTypePair &pair, int proposedLimit);

protected:
    bool canSubmit() const override;

private:
    QStringList cellsOf(const LimitTarget &target) const;
    void valueEdited();
    void updateImpact();

    std::unique_ptr<Ui::BulkLimitDialog> m_ui;
    Purpose m_purpose;
    QList<LimitTarget> m_targets;
    QTimer *m_debounce;
    bool m_waiting = false;
};

} // namespace assoc::app
