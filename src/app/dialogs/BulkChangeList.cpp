// SPDX-License-Identifier: MIT
#include "BulkChangeList.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace assoc::app {

namespace {
QIcon iconFor(const QStyle *style, ChangeOutcome::Status status) {
    switch (status) {
    case ChangeOutcome::Status::Applied:
    case ChangeOutcome::Status::AlreadyInPlace:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ChangeOutcome::Status::Conflict:
    case ChangeOutcome::Status::Skipped:
    case ChangeOutcome::Status::Cancelled:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ChangeOutcome::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}
} // namespace

BulkChangeList::BulkChangeList(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_detail(new QLabel(this)) {
    m_view->setObjectName(QStringLiteral("itemList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Labels and their outcomes"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Changes made so far"));
    //: The progress of a bulk change: "2 of 3"
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(false);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Summary of the outcomes"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setVisible(false);

    // A row's outcome can be long (what someone else's change left, HubSpot's message): the
    // current row's is shown here in full.
    m_detail->setObjectName(QStringLiteral("outcomeDetail"));
    m_detail->setAccessibleName(tr("Outcome of the selected label"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_detail);
    setFocusProxy(m_view);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &BulkChangeList::showDetail);
}

void BulkChangeList::showDetail() {
    const QTreeWidgetItem *item = m_view->currentItem();
    const QString outcome = item ? item->text(outcomeColumn()) : QString();
    m_detail->setText(outcome.isEmpty() ? QString() : tr("%1: %2").arg(item->text(0), outcome));
    m_detail->setVisible(!outcome.isEmpty());
}

void BulkChangeList::setColumns(const QStringList &headers) {
    m_headers = headers;
    m_view->setHeaderLabels(QStringList(headers) << tr("Outcome"));
}

void BulkChangeList::setItems(const QList<QStringList> &rows) {
    m_view->clear();
    m_status.clear();
    for (const QStringList &cells : rows) {
        auto *item = new QTreeWidgetItem(m_view, cells);
        for (int c = 0; c < cells.size(); ++c)
            item->setToolTip(c, cells.at(c));
        m_status.append(std::nullopt);
    }
    if (m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    // Wide enough for what describes an item, within reason; the rest is in the tooltips.
    const int widest = fontMetrics().averageCharWidth() * 44;
    for (int c = 0; c < outcomeColumn(); ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), widest));
    }
    fitHeight();
}

void BulkChangeList::setItem(int index, const QStringList &cells) {
    QTreeWidgetItem *item = m_view->topLevelItem(index);
    if (!item)
        return;
    for (int c = 0; c < cells.size(); ++c) {
        item->setText(c, cells.at(c));
        item->setToolTip(c, cells.at(c));
    }
    if (item == m_view->currentItem())
        showDetail();
}

int BulkChangeList::count() const {
    return m_view->topLevelItemCount();
}

// Lists of a few labels need no scrolling; long ones scroll from about ten rows on.
void BulkChangeList::fitHeight() {
    const int rows = qBound(1, count(), 10);
    const int rowHeight = qMax(m_view->sizeHintForRow(0), fontMetrics().height() + 4);
    m_view->setMinimumHeight(m_view->header()->sizeHint().height() + rows * rowHeight +
                             2 * m_view->frameWidth() + 4);
}

void BulkChangeList::beginRun(int total) {
    m_summary.clear();
    m_summaryLabel->clear();
    m_summaryLabel->setVisible(false);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->setVisible(true);
}

void BulkChangeList::setProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BulkChangeList::setItemStarted(int index) {
    if (QTreeWidgetItem *item = m_view->topLevelItem(index)) {
        item->setText(outcomeColumn(), tr("Working…"));
        m_view->setCurrentItem(item);
        m_view->scrollToItem(item);
    }
}

void BulkChangeList::setOutcome(int index, ChangeOutcome::Status status, const QString &text) {
    QTreeWidgetItem *item = m_view->topLevelItem(index);
    if (!item)
        return;
    item->setText(outcomeColumn(), text);
    item->setToolTip(outcomeColumn(), text);
    item->setIcon(outcomeColumn(), iconFor(style(), status));
    m_status[index] = status;
    if (item == m_view->currentItem())
        showDetail();
}

void BulkChangeList::endRun() {
    m_progress->setVisible(false);
    int applied = 0, inPlace = 0, conflicts = 0, failed = 0, notDone = 0;
    for (const auto &s : std::as_const(m_status)) {
        if (!s)
            continue;
        switch (*s) {
        case ChangeOutcome::Status::Applied:
            ++applied;
            break;
        case ChangeOutcome::Status::AlreadyInPlace:
            ++inPlace;
            break;
        case ChangeOutcome::Status::Conflict:
            ++conflicts;
            break;
        case ChangeOutcome::Status::Failed:
            ++failed;
            break;
        case ChangeOutcome::Status::Skipped:
        case ChangeOutcome::Status::Cancelled:
            ++notDone;
            break;
        }
    }
    QStringList parts;
    if (applied)
        parts << tr("%n applied", nullptr, applied);
    if (inPlace)
        parts << tr("%n already in place", nullptr, inPlace);
    if (conflicts)
        parts << tr("%n left alone because someone changed it", nullptr, conflicts);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (notDone)
        parts << tr("%n not started", nullptr, notDone);
    m_summary = parts.join(QStringLiteral(", "));
    m_summaryLabel->setText(m_summary.isEmpty() ? QString() : m_summary + QLatin1Char('.'));
    m_summaryLabel->setVisible(!m_summary.isEmpty());
    // The first one not done is what the person reads next.
    for (int i = 0; i < m_status.size(); ++i) {
        if (m_status.at(i) && *m_status.at(i) != ChangeOutcome::Status::Applied &&
            *m_status.at(i) != ChangeOutcome::Status::AlreadyInPlace) {
            m_view->setCurrentItem(m_view->topLevelItem(i));
            break;
        }
    }
    showDetail();
}

std::optional<ChangeOutcome::Status> BulkChangeList::status(int index) const {
    return m_status.value(index);
}

QString BulkChangeList::outcomeText(int index) const {
    const QTreeWidgetItem *item = m_view->topLevelItem(index);
    return item ? item->text(outcomeColumn()) : QString();
}

} // namespace assoc::app
