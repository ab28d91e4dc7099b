// SPDX-License-Identifier: MIT
#include "LimitDialog.h"

#include "DialogSupport.h"
#include "LimitImpactPanel.h"
#include "core/Validation.h"
#include "ui_LimitDialog.h"

#include <QPushButton>
#include <QTimer>

namespace assoc::app {

using dialogs::messagesFor;
using dialogs::prepareFieldMessage;
using dialogs::setFieldMessage;

LimitDialog::LimitDialog(const LimitTarget &forward, const std::optional<LimitTarget> &inverse,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LimitDialog>())
    , m_hasInverse(inverse.has_value()) {
    m_ui->setupUi(this);

    Direction &f = m_dirs[0];
    f.group = m_ui->forwardGroup;
    f.current = m_ui->forwardCurrentLabel;
    f.noLimit = m_ui->forwardNoLimitRadio;
    f.atMost = m_ui->forwardLimitRadio;
    f.spin = m_ui->forwardSpin;
    f.error = m_ui->forwardError;
    f.impact = m_ui->forwardWarning;

    Direction &i = m_dirs[1];
    i.group = m_ui->inverseGroup;
    i.current = m_ui->inverseCurrentLabel;
    i.noLimit = m_ui->inverseNoLimitRadio;
    i.atMost = m_ui->inverseLimitRadio;
    i.spin = m_ui->inverseSpin;
    i.error = m_ui->inverseError;
    i.impact = m_ui->inverseWarning;

    setUpDirection(f, forward);
    if (inverse)
        setUpDirection(i, *inverse);
    else
        i.group->setVisible(false);

    setWindowTitle(tr("Limits of “%1”").arg(forward.label.displayText()));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save"));
    ok->setToolTip(tr("Save the limits in HubSpot."));
    ok->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LimitDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_busyState.setInputs({f.noLimit, f.atMost, f.spin, i.noLimit, i.atMost, i.spin});
    m_busyState.setIndicator(m_ui->busyBar);
    m_busyState.setUpdate([this] {
        if (isBusy())
            m_ui->errorPanel->clear();
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !isBusy());
    });

    revalidate();
    dialogs::fitHeightToContents(this);
    (f.target.current ? static_cast<QWidget *>(f.spin) : static_cast<QWidget *>(f.noLimit))
        ->setFocus();
}

LimitDialog::~LimitDialog() = default;

void LimitDialog::setUpDirection(Direction &d, const LimitTarget &target) {
    d.target = target;
    prepareFieldMessage(d.error);
    d.group->setTitle(tr("%1: %2").arg(target.pairName, target.label.displayText()));
    d.group->setAccessibleName(tr("Limit of %1").arg(target.pairName));
    d.spin->setAccessibleName(tr("Maximum number of records, %1").arg(target.pairName));
    d.impact->setSubject(target.pairName);
    showCurrent(d);
    d.spin->setValue(target.current.value_or(1));
    d.atMost->setChecked(target.current.has_value());
    d.noLimit->setChecked(!target.current.has_value());
    d.spin->setEnabled(target.current.has_value());
    d.impact->setVisible(false);

    d.debounce = new QTimer(this);
    d.debounce->setSingleShot(true);
    d.debounce->setInterval(ImpactDebounceMs);
    connect(d.debounce, &QTimer::timeout, this, [this, &d] {
        const std::optional<int> proposed = valueOf(d);
        if (!proposed || !tighter(d) || !Validation::checkLimit(*proposed).isEmpty())
            return;
        d.waiting = true;
        updateWarning(d);
        emit impactRequested(d.target.pair, *proposed);
    });
    connect(d.atMost, &QRadioButton::toggled, this, [this, &d](bool on) {
        d.spin->setEnabled(on && !isBusy());
        if (on)
            d.spin->setFocus();
        directionEdited(d);
    });
    connect(d.spin, &QSpinBox::valueChanged, this, [this, &d] { directionEdited(d); });
    // Typing digits that are not a value yet (empty text) also re-checks.
    connect(d.spin, &QSpinBox::textChanged, this, [this] { revalidate(); });
}

void LimitDialog::showCurrent(Direction &d) {
    d.current->setText(d.target.current
                           ? tr("Currently: at most %Ln record(s)", nullptr, *d.target.current)
                           : tr("Currently: no limit set (HubSpot's default applies)"));
}

void LimitDialog::setCurrent(bool inverse, std::optional<int> current) {
    if (inverse && !m_hasInverse)
        return;
    Direction &d = m_dirs[inverse ? 1 : 0];
    d.target.current = current;
    showCurrent(d);
    revalidate();
}

const LimitTarget &LimitDialog::target(bool inverse) const {
    return m_dirs[inverse && m_hasInverse ? 1 : 0].target;
}

std::optional<int> LimitDialog::valueOf(const Direction &d) const {
    if (!d.atMost->isChecked())
        return std::nullopt;
    return d.spin->value();
}

bool LimitDialog::tighter(const Direction &d) const {
    const std::optional<int> proposed = valueOf(d);
    return proposed && (!d.target.current || *proposed < *d.target.current);
}

std::optional<int> LimitDialog::value(bool inverse) const {
    if (inverse && !m_hasInverse)
        return std::nullopt;
    return valueOf(m_dirs[inverse ? 1 : 0]);
}

bool LimitDialog::changed(bool inverse) const {
    if (inverse && !m_hasInverse)
        return false;
    const Direction &d = m_dirs[inverse ? 1 : 0];
    return valueOf(d) != d.target.current;
}

bool LimitDialog::isTighter(bool inverse) const {
    if (inverse && !m_hasInverse)
        return false;
    return tighter(m_dirs[inverse ? 1 : 0]);
}

void LimitDialog::directionEdited(Direction &d) {
    revalidate();
    const std::optional<int> proposed = valueOf(d);
    if (tighter(d) && Validation::checkLimit(*proposed).isEmpty())
        d.debounce->start(); // restarts: one request once the user pauses
    else
        d.debounce->stop();
    updateWarning(d);
}

void LimitDialog::updateWarning(Direction &d) {
    const std::optional<int> proposed = valueOf(d);
    const bool show = tighter(d) && Validation::checkLimit(*proposed).isEmpty();
    if (d.impact->isVisibleTo(this) != show) {
        d.impact->setVisible(show);
        dialogs::fitHeightToContents(this);
    }
    if (!show)
        return;
    d.impact->setChecking(d.waiting || d.debounce->isActive());
    d.impact->setHeadline(
        d.target.current
            ? tr("Lowering the limit from %L1 to %Ln record(s) affects records that already "
                 "have many associations.",
                 nullptr, *proposed)
                  .arg(*d.target.current)
            : tr("A limit of %Ln record(s) affects records that already have many associations.",
                 nullptr, *proposed));
}

void LimitDialog::setImpact(const ObjectTypePair &pair, const RecordLimitReport &report) {
    for (int k = 0; k < (m_hasInverse ? 2 : 1); ++k) {
        Direction &d = m_dirs[k];
        if (d.target.pair != pair)
            continue;
        d.waiting = false;
        d.impact->setReport(report);
        updateWarning(d);
    }
}

void LimitDialog::setImpactUnavailable(const ObjectTypePair &pair, const QString &reason) {
    for (int k = 0; k < (m_hasInverse ? 2 : 1); ++k) {
        Direction &d = m_dirs[k];
        if (d.target.pair != pair)
            continue;
        d.waiting = false;
        d.impact->setUnavailable(reason);
        updateWarning(d);
    }
}

void LimitDialog::revalidate() {
    bool valid = true;
    bool anyChange = false;
    for (int k = 0; k < (m_hasInverse ? 2 : 1); ++k) {
        Direction &d = m_dirs[k];
        QString message;
        if (d.atMost->isChecked()) {
            if (!d.spin->hasAcceptableInput())
                message = messagesFor(Validation::checkLimit(0), ValidationIssue::Limit);
            else
                message =
                    messagesFor(Validation::checkLimit(d.spin->value()), ValidationIssue::Limit);
        }
        if (setFieldMessage(d.error, message))
            valid = false;
        anyChange = anyChange || valueOf(d) != d.target.current;
    }
    m_valid = valid && anyChange;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !isBusy());
}

void LimitDialog::submit() {
    if (isBusy())
        return;
    revalidate();
    if (m_valid)
        emit submitRequested();
}

void LimitDialog::setImpactDelay(int ms) {
    for (Direction &d : m_dirs) {
        if (d.debounce)
            d.debounce->setInterval(ms);
    }
}

int LimitDialog::impactDelay() const {
    return m_dirs[0].debounce->interval();
}

void LimitDialog::setBusy(bool busy) {
    m_busyState.setBusy(busy);
}

void LimitDialog::showServerError(const ApiError &error) {
    setBusy(false);
    m_ui->errorPanel->showError(error);
}

} // namespace assoc::app
