// SPDX-License-Identifier: MIT
#include "BulkLimitDialog.h"

#include "BulkChangeList.h"
#include "DialogSupport.h"
#include "LimitImpactPanel.h"
#include "core/SchemaPlan.h"
#include "core/Validation.h"
#include "ui_BulkLimitDialog.h"

#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <algorithm>

namespace assoc::app {

using dialogs::messagesFor;
using dialogs::prepareFieldMessage;
using dialogs::setFieldMessage;

BulkLimitDialog::BulkLimitDialog(Purpose purpose, const QList<LimitTarget> &targets,
                                 QWidget *parent)
    : BulkChangeDialog(parent)
    , m_ui(std::make_unique<Ui::BulkLimitDialog>())
    , m_purpose(purpose)
    , m_targets(targets)
    , m_debounce(new QTimer(this)) {
    m_ui->setupUi(this);
    setUpBulk(m_ui->changeList, m_ui->buttons, m_ui->errorPanel);
    setInputs({m_ui->limitSpin});
    prepareFieldMessage(m_ui->limitError);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(ImpactDebounceMs);

    const int n = int(targets.size());
    const QString pairName = targets.isEmpty() ? QString() : targets.first().pairName;
    m_ui->changeList->setColumns({tr("Label"), tr("typeId"), tr("Current limit")});
    QList<QStringList> rows;
    for (const LimitTarget &t : targets)
        rows.append(cellsOf(t));
    m_ui->changeList->setItems(rows);
    m_ui->impactPanel->setSubject(pairName);

    QPushButton *ok = confirmButton();
    if (purpose == Purpose::RemoveLimit) {
        setWindowTitle(tr("Remove the Limit of %n Label(s)", nullptr, n));
        m_ui->introLabel->setText(tr("Remove the limit of %n label(s) of %1? HubSpot's default "
                                     "for the portal applies to them again.",
                                     nullptr, n)
                                      .arg(pairName));
        m_ui->limitChoice->setVisible(false);
        m_ui->impactPanel->setHeadline(tr("Records at or near the limit now can be associated "
                                          "with more records once it is removed."));
        m_waiting = true;
        m_ui->impactPanel->setChecking(true);
        ok->setText(tr("&Remove Limit(s)", nullptr, n));
        ok->setToolTip(tr("Remove the limit(s) in HubSpot.", nullptr, n));
        // A confirmation: Enter alone changes nothing.
        ok->setAutoDefault(false);
        cancelButton()->setDefault(true);
        cancelButton()->setFocus();
    } else {
        setWindowTitle(tr("Limit of %n Label(s)", nullptr, n));
        m_ui->introLabel->setText(
            tr("Give each of these %n label(s) of %1 the same limit: how many records one "
               "record may be associated with through it.",
               nullptr, n)
                .arg(pairName));
        // All alike: start from their limit; else from the smallest one.
        std::optional<int> start;
        for (const LimitTarget &t : targets) {
            if (t.current && (!start || *t.current < *start))
                start = t.current;
        }
        m_ui->limitSpin->setValue(start.value_or(1));
        m_ui->impactPanel->setVisible(false);
        ok->setText(tr("Set &Limit"));
        ok->setToolTip(tr("Save the limit of each label in HubSpot."));
        ok->setDefault(true);
        connect(m_ui->limitSpin, &QSpinBox::valueChanged, this, &BulkLimitDialog::valueEdited);
        // Typing digits that are not a value yet (empty text) also re-checks.
        connect(m_ui->limitSpin, &QSpinBox::textChanged, this, &BulkLimitDialog::valueEdited);
        connect(m_debounce, &QTimer::timeout, this, [this] {
            const std::optional<int> proposed = value();
            if (!proposed || !isTighter() || !canSubmit() || m_targets.isEmpty())
                return;
            m_waiting = true;
            updateImpact();
            emit impactRequested(m_targets.first().pair, *proposed);
        });
        m_ui->limitSpin->setFocus();
        m_ui->limitSpin->selectAll();
        valueEdited();
    }
    updateConfirm();
}

BulkLimitDialog::~BulkLimitDialog() = default;

QStringList BulkLimitDialog::cellsOf(const LimitTarget &t) const {
    return {PlanChange::quotedLabel(t.label.label.value_or(QString())),
            QString::number(t.label.typeId), PlanChange::limitText(t.current)};
}

void BulkLimitDialog::setTarget(int index, const LimitTarget &target) {
    if (index < 0 || index >= m_targets.size())
        return;
    m_targets[index] = target;
    m_ui->changeList->setItem(index, cellsOf(target));
    if (m_purpose == Purpose::SetLimit)
        updateImpact();
    updateConfirm();
}

std::optional<int> BulkLimitDialog::value() const {
    if (m_purpose == Purpose::RemoveLimit)
        return std::nullopt;
    return m_ui->limitSpin->value();
}

bool BulkLimitDialog::isTighter() const {
    const std::optional<int> proposed = value();
    return proposed && std::any_of(m_targets.begin(), m_targets.end(), [&](const LimitTarget &t) {
               return !t.current || *proposed < *t.current;
           });
}

bool BulkLimitDialog::canSubmit() const {
    if (m_purpose == Purpose::RemoveLimit)
        return !m_targets.isEmpty();
    if (!m_ui->limitSpin->hasAcceptableInput() ||
        !Validation::checkLimit(m_ui->limitSpin->value()).isEmpty())
        return false;
    const int proposed = m_ui->limitSpin->value();
    return std::any_of(m_targets.begin(), m_targets.end(),
                       [proposed](const LimitTarget &t) { return t.current != proposed; });
}

void BulkLimitDialog::valueEdited() {
    const QSpinBox *spin = m_ui->limitSpin;
    setFieldMessage(
        m_ui->limitError,
        messagesFor(Validation::checkLimit(spin->hasAcceptableInput() ? spin->value() : 0),
                    ValidationIssue::Limit));
    updateConfirm();
    if (isTighter() && canSubmit())
        m_debounce->start(); // restarts: one request once the person pauses
    else
        m_debounce->stop();
    updateImpact();
}

void BulkLimitDialog::updateImpact() {
    const bool show = isTighter() && canSubmit();
    m_ui->impactPanel->setVisible(show);
    if (!show)
        return;
    const int proposed = *value();
    // One current limit for all: say from what to what.
    const std::optional<int> common = m_targets.first().current;
    const bool alike = std::all_of(m_targets.begin(), m_targets.end(),
                                   [&common](const LimitTarget &t) { return t.current == common; });
    m_ui->impactPanel->setChecking(m_waiting || m_debounce->isActive());
    m_ui->impactPanel->setHeadline(
        alike && common
            ? tr("Lowering the limit from %L1 to %Ln record(s) affects records that already "
                 "have many associations.",
                 nullptr, proposed)
                  .arg(*common)
            : tr("A limit of %Ln record(s) affects records that already have many associations.",
                 nullptr, proposed));
}

void BulkLimitDialog::setImpact(const ObjectTypePair &pair, const RecordLimitReport &report) {
    if (m_targets.isEmpty() || m_targets.first().pair != pair)
        return;
    m_waiting = false;
    m_ui->impactPanel->setReport(report);
    if (m_purpose == Purpose::SetLimit)
        updateImpact();
}

void BulkLimitDialog::setImpactUnavailable(const ObjectTypePair &pair, const QString &reason) {
    if (m_targets.isEmpty() || m_targets.first().pair != pair)
        return;
    m_waiting = false;
    m_ui->impactPanel->setUnavailable(reason);
    if (m_purpose == Purpose::SetLimit)
        updateImpact();
}

void BulkLimitDialog::setImpactDelay(int ms) {
    m_debounce->setInterval(ms);
}

int BulkLimitDialog::impactDelay() const {
    return m_debounce->interval();
}

} // namespace assoc::app
