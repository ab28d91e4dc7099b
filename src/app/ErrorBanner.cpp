// SPDX-License-Identifier: MIT
#include "ErrorBanner.h"

#include "AppIcons.h"
#include "PaletteColours.h"
#include "auth/Redactor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace assoc::app {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_detailsButton(new QPushButton(tr("De&tails"), this))
    , m_close(new QToolButton(this))
    , m_details(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colours::errorBackground(pal));
    setPalette(pal);
    setAccessibleName(tr("Error"));

    m_icon->setPixmap(AppIcons::icon(QStringLiteral("error")).pixmap(20, 20));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the error message"));
    m_close->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(140);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_message, 1);
    row->addWidget(m_retry);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QString action = m_retryAction;
        dismiss();
        emit retryRequested(action);
    });
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const ApiError &error, const QString &retryAction) {
    QString text = error.userMessage();
    if (!error.correlationId.isEmpty() && !text.contains(error.correlationId))
        text += QLatin1Char(' ') + tr("(correlation ID %1)").arg(error.correlationId);
    // HubSpot's words may echo what was sent; nothing secret reaches the window.
    m_message->setText(auth::Redactor::forDisplay(text));
    m_details->setPlainText(auth::Redactor::forDisplay(error.details()));
    m_retryAction = retryAction;
    m_retry->setVisible(!retryAction.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

void ErrorBanner::dismiss() {
    m_retryAction.clear();
    hide();
}

QString ErrorBanner::message() const {
    return m_message->text();
}

bool ErrorBanner::isDetailsShown() const {
    return !m_details->isHidden();
}

} // namespace assoc::app
