// SPDX-License-Identifier: MIT
#pragma once

#include "DialogBusyState.h"
#include "LimitTarget.h"
#include "api/ApiError.h"
#include "core/LimitsTracking.h"
#include "core/ObjectTypePair.h"

#include <QDialog>
#include <QPointer>
#include <array>
#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace Ui {
class LimitDialog;
}

namespace assoc::app {

class LimitImpactPanel;

// Sets the user limit of a label, per direction: "No limit" or "At most N records". When the
// proposed limit is tighter than the current one, it asks its owner (impactRequested) for the
// records already at or near the limit and shows them. Never talks to HubSpot itself.
class LimitDialog : public QDialog {
    Q_OBJECT
public:
    LimitDialog(const LimitTarget &forward, const std::optional<LimitTarget> &inverse,
                QWidget *parent = nullptr);
    ~LimitDialog() override;

    const LimitTarget &target(bool inverse = false) const;
    bool hasInverse() const { return m_hasInverse; }

    std::optional<int> value(bool inverse = false) const; // nullopt = "No limit"
    bool changed(bool inverse = false) const;
    // Whether the proposed value is stricter than the current one (or than none).
    bool isTighter(bool inverse = false) const;
    bool isInputValid() const { return m_valid; }

    // Records already at or near the limit for that direction (limits-tracking API).
    void setImpact(const ObjectTypePair &pair, const RecordLimitReport &report);
    void setImpactUnavailable(const ObjectTypePair &pair, const QString &reason);
    void showServerError(const ApiError &error);
    // The limit the portal holds now, after someone else changed it: shown as the current one,
    // the value the person chose is kept.
    void setCurrent(bool inverse, std::optional<int> current);
    void setBusy(bool busy);
    bool isBusy() const { return m_busyState.isBusy(); }

    // How long the person must pause on a tighter limit before its impact is asked for.
    static constexpr int ImpactDebounceMs = 300;
    void setImpactDelay(int ms);
    int impactDelay() const;

signals:
    void submitRequested();
    // The user picked a tighter limit than the current one (debounced), so the owner can fetch
    // the impact.
    void impactRequested(const assoc::ObjectTypePair &pair, int proposedLimit);

private:
    struct Direction {
        LimitTarget target;
        QGroupBox *group = nullptr;
        QLabel *current = nullptr;
        QRadioButton *noLimit = nullptr;
        QRadioButton *atMost = nullptr;
        QSpinBox *spin = nullptr;
        QLabel *error = nullptr;
        LimitImpactPanel *impact = nullptr;
        QTimer *debounce = nullptr;
        bool waiting = false;
    };

    void setUpDirection(Direction &d, const LimitTarget &target);
    void showCurrent(Direction &d);
    void directionEdited(Direction &d);
    void updateWarning(Direction &d);
    void revalidate();
    void submit();
    std::optional<int> valueOf(const Direction &d) const;
    bool tighter(const Direction &d) const;

    std::unique_ptr<Ui::LimitDialog> m_ui;
    std::array<Direction, 2> m_dirs;
    bool m_hasInverse = false;
    bool m_valid = false;
    DialogBusyState m_busyState{this};
};

} // namespace assoc::app
