// SPDX-License-Identifier: MIT
#include "ErrorPanel.h"

#include "app/PaletteColours.h"
#include "auth/Redactor.h"

#include <QAccessible>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace assoc::app {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Error"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->setAccessibleName(tr("Error message"));
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, colours::errorText(pal));
    m_message->setPalette(pal);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("Det&ails"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_detailsButton->setToolTip(tr("Everything known about the failure, for a support request."));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(120);
    m_details->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorPanel::setDetailsExpanded);
    clear();
}

void ErrorPanel::showError(const ApiError &error) {
    // HubSpot's words may echo what was sent; nothing secret reaches the dialog.
    m_message->setText(auth::Redactor::forDisplay(error.userMessage()));
    const QString details = auth::Redactor::forDisplay(error.details());
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    setDetailsExpanded(false);
    setVisible(true);
    QAccessibleEvent event(m_message, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorPanel::showMessage(const QString &message) {
    // Our own messages quote file errors and HubSpot's texts too.
    m_message->setText(auth::Redactor::forDisplay(message));
    m_details->clear();
    m_detailsButton->setVisible(false);
    setDetailsExpanded(false);
    setVisible(true);
}

void ErrorPanel::clear() {
    m_message->clear();
    m_details->clear();
    setDetailsExpanded(false);
    setVisible(false);
}

QString ErrorPanel::message() const {
    return m_message->text();
}

QString ErrorPanel::detailsText() const {
    return m_details->toPlainText();
}

bool ErrorPanel::isDetailsExpanded() const {
    return m_detailsButton->isChecked();
}

void ErrorPanel::setDetailsExpanded(bool expanded) {
    if (m_detailsButton->isChecked() != expanded)
        m_detailsButton->setChecked(expanded); // re-enters through toggled
    m_detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

} // namespace assoc::app
